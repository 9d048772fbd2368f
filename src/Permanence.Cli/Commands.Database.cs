using System.CommandLine;
using Microsoft.EntityFrameworkCore;

namespace Permanence.Cli;

internal static class DatabaseCommands
{
    public static Command Create()
    {
        var database = new DatabaseArguments();
        var migrate = new Command("migrate", "Apply pending schema migrations.");
        database.AddTo(migrate);
        migrate.SetAction((result, cancellationToken) =>
            database.RunAsync(result, "cli db migrate", async db =>
            {
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                await db.Database.MigrateAsync(cancellationToken);
                Console.WriteLine(pending.Count == 0 ? "The database is up to date." : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}");
                return 0;
            }));
        var db = new Command("db", "Database administration.");
        db.Subcommands.Add(migrate);
        return db;
    }
}
