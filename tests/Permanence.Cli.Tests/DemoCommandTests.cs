using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Permanence.Cli;
using Permanence.Data;
using Permanence.Data.Scoping;
using Permanence.TestCommon;

[assembly: CollectionBehavior(DisableTestParallelization = true)] // the tests capture Console

namespace Permanence.Cli.Tests;

public class DemoCommandTests
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var (oldOut, oldError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = await CliApp.RunAsync(args);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    [Fact]
    public async Task DemoSeed_SmallScale_SeedsTheRegion_AndRefusesToSeedTwice()
    {
        var database = TestDatabase.CreateEmpty();
        var args = new[] { "demo", "seed", "--scale", "small", "--database", database.Provider.ToString(), "--connection", database.ConnectionString, "--today", "2026-11-23" };
        var (exit, output, _) = await RunAsync(args);
        Assert.Equal(0, exit);
        Assert.Contains("8 organisations, 72 users", output, StringComparison.Ordinal);

        await using (var db = new PermanenceDbContext(database.BuildOptions(), new SystemDataScope(), new FakeTimeProvider()))
        {
            Assert.True(await db.Children.CountAsync() > 100);
        }

        var again = await RunAsync(args);
        Assert.Equal(2, again.Exit);
        Assert.Contains("already has organisations", again.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--database", "oracle", "Unknown database provider 'oracle'")]
    [InlineData("--today", "23/11/2026", "--today must be a date written as yyyy-mm-dd")]
    public async Task DemoSeed_BadOption_ExitsWith2AndSaysWhy(string option, string value, string message)
    {
        var database = TestDatabase.CreateEmpty();
        var args = new List<string> { "demo", "seed", "--scale", "small", "--connection", database.ConnectionString };
        if (option != "--database")
        {
            args.AddRange(["--database", database.Provider.ToString()]);
        }

        args.AddRange([option, value]);
        var (exit, _, error) = await RunAsync([.. args]);
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("demo", "seed", "--scale", "huge")]
    [InlineData("no-such-command")]
    public async Task UsageMistake_ExitsWith2AndPointsToHelp(params string[] args)
    {
        var (exit, _, error) = await RunAsync(args);
        Assert.Equal(2, exit);
        Assert.Contains("--help", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DbMigrate_OnAnEmptyDatabase_AppliesEveryMigration_ThenSaysUpToDate()
    {
        var database = TestDatabase.CreateEmpty();
        var args = new[] { "db", "migrate", "--database", database.Provider.ToString(), "--connection", database.ConnectionString };
        var first = await RunAsync(args);
        Assert.Equal(0, first.Exit);
        Assert.Contains("Applied", first.Output, StringComparison.Ordinal);
        var second = await RunAsync(args);
        Assert.Contains("up to date", second.Output, StringComparison.Ordinal);
    }
}
