using System.CommandLine;
using Permanence.Data;
using Permanence.Data.Scoping;

namespace Permanence.Cli;

/// <summary>The --database and --connection options every database command takes.</summary>
internal sealed class DatabaseArguments
{
    public Option<string> Database { get; } = new("--database")
    {
        Description = "sqlite (default) or postgres",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("Database__Provider") ?? "sqlite",
    };

    public Option<string?> Connection { get; } = new("--connection")
    {
        Description = "The connection string (default: ConnectionStrings__Permanence, or permanence.db for SQLite)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ConnectionStrings__Permanence"),
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Database);
        command.Options.Add(Connection);
    }

    public DatabaseOptions Read(ParseResult result) =>
        DatabaseOptions.Create(result.GetValue(Database), result.GetValue(Connection));

    /// <summary>
    /// Runs <paramref name="work"/> on the chosen database as the system; a bad option or a
    /// database that cannot be reached prints the reason and exits 2.
    /// </summary>
    public async Task<int> RunAsync(ParseResult result, string context, Func<PermanenceDbContext, Task<int>> work)
    {
        try
        {
            await using var db = new PermanenceDbContext(Read(result).BuildOptions(), new SystemDataScope("cli", context), TimeProvider.System);
            return await work(db);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.Data.Common.DbException)
        {
            Console.Error.WriteLine($"Error: {e.Message}");
            return 2;
        }
    }
}
