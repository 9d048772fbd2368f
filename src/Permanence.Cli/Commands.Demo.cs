using Permanence.Domain.Calendar;
using System.CommandLine;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Permanence.Data.Demo;

namespace Permanence.Cli;

internal static class DemoCommands
{
    public static Command Create()
    {
        var database = new DatabaseArguments();
        var scale = new Option<DemoScale>("--scale")
        {
            Description = "small (tests), region (the demo: hundreds of children per LA) or national (about 80,000 children, for benchmarks)",
            DefaultValueFactory = _ => DemoScale.Region,
        };
        var seed = new Option<int>("--seed") { Description = "The random seed: the same seed gives the same data", DefaultValueFactory = _ => 2026 };
        var today = new Option<string?>("--today") { Description = "The date the data is made as at (yyyy-mm-dd); default today" };

        var command = new Command("seed", "Make the demo region (and, at national scale, 29 more) in an empty database. Applies migrations first.");
        database.AddTo(command);
        command.Options.Add(scale);
        command.Options.Add(seed);
        command.Options.Add(today);
        command.SetAction((result, cancellationToken) =>
        {
            DateOnly asAt;
            if (result.GetValue(today) is not { } t)
            {
                asAt = TimeProvider.System.Today();
            }
            else if (!DateOnly.TryParseExact(t, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out asAt))
            {
                Console.Error.WriteLine("Error: --today must be a date written as yyyy-mm-dd.");
                return Task.FromResult(2);
            }

            return database.RunAsync(result, "cli demo seed", async db =>
            {
                await db.Database.MigrateAsync(cancellationToken);
                var timer = Stopwatch.StartNew();
                var made = await new DemoGenerator(db, result.GetValue(scale), result.GetValue(seed), asAt).SeedAsync(cancellationToken);
                Console.WriteLine(
                    $"Seeded {made.Regions} region(s): {made.Organisations} organisations, {made.Users} users, {made.Children} children, {made.AdopterHouseholds} adopter households in {timer.Elapsed.TotalSeconds:0.0} s."
                );
                Console.WriteLine($"Demo sign-ins: <role>@<LA code or short name>.demo, password {DemoRegion.Password}");
                return 0;
            });
        });
        var demo = new Command("demo", "Demo data.");
        demo.Subcommands.Add(command);
        return demo;
    }
}
