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

    /// <summary>Runs a command line; usage mistakes exit 2 like unreadable input (1 means "validation found errors").</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var parsed = Create().Parse(args);
        if (parsed.Errors.Count > 0 && !args.Any(a => a is "--help" or "-h" or "-?"))
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine($"Error: {error.Message}");
            }

            Console.Error.WriteLine("Run with --help to see the commands and options.");
            return 2;
        }

        return await parsed.InvokeAsync();
    }
}
