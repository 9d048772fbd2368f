using System.CommandLine;
using Permanence.Data;

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
}
