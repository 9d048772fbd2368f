using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Scoping;

namespace Permanence.Cli;

internal static class DatabaseCommands
{
    public static Command Create()
    {
        var database = new DatabaseArguments();
        var migrate = new Command("migrate", "Apply pending schema migrations.");
        database.AddTo(migrate);
        migrate.SetAction(async (result, cancellationToken) =>
        {
            try
            {
                var options = database.Read(result);
                await using var db = new PermanenceDbContext(options.BuildOptions(), new SystemDataScope("cli", "cli db migrate"), TimeProvider.System);
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                await db.Database.MigrateAsync(cancellationToken);
                Console.WriteLine(pending.Count == 0 ? "The database is up to date." : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}");
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.Data.Common.DbException)
            {
                Console.Error.WriteLine($"Error: {e.Message}");
                return 2;
            }
        });
        var db = new Command("db", "Database administration.");
        db.Subcommands.Add(migrate);
        return db;
    }
}
