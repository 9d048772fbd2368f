using System.CommandLine;

namespace Permanence.Cli;

/// <summary>The `permanence` command and its subcommands (a class, so tests can run it in-process).</summary>
public static class CliApp
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Permanence: children's permanence, adopters and performance figures for a region.");
        root.Subcommands.Add(DemoCommands.Create());
        root.Subcommands.Add(DatabaseCommands.Create());
        root.Subcommands.Add(Ssda903Commands.Create());
        return root;
    }
}
