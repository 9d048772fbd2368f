using Microsoft.EntityFrameworkCore.Design;
using Permanence.Data.Scoping;

namespace Permanence.Data.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the model for SQLite.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PermanenceDbContext>
{
    public PermanenceDbContext CreateDbContext(string[] args) =>
        new(
            new DatabaseOptions(DatabaseProvider.Sqlite, "Data Source=design-time.db").BuildOptions(),
            new SystemDataScope("design-time"),
            TimeProvider.System
        );
}
