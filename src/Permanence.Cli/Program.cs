using Permanence.Cli;

return await CliApp.RunAsync(args);
