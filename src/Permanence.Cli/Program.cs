using Permanence.Cli;

return await CliApp.Create().Parse(args).InvokeAsync();
