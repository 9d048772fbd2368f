using Microsoft.EntityFrameworkCore.Design;
using Permanence.Data.Scoping;

namespace Permanence.Data.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the model for PostgreSQL (no server needed).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PermanenceDbContext>
{
    public PermanenceDbContext CreateDbContext(string[] args) =>
        new(
            new DatabaseOptions(DatabaseProvider.Postgres, "Host=localhost;Database=design_time").BuildOptions(),
            new SystemDataScope("design-time"),
            TimeProvider.System
        );
}
