using System.CommandLine;
using Permanence.Cli;

var root = new RootCommand("Permanence: children's permanence, adopters and performance figures for a region.");
root.Subcommands.Add(DemoCommands.Create());
root.Subcommands.Add(DatabaseCommands.Create());
root.Subcommands.Add(Ssda903Commands.Create());
return await root.Parse(args).InvokeAsync();
