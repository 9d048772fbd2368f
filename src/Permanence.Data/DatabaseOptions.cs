using Microsoft.EntityFrameworkCore;
using Permanence.Data.Auditing;

namespace Permanence.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Which database to use. SQLite (a file) is the embedded default; PostgreSQL is the production
/// database. Each has its own migrations assembly because their SQL differs.
/// </summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    public const string SqliteMigrationsAssembly = "Permanence.Data.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Permanence.Data.Migrations.Postgres";
    public const string DefaultSqliteConnection = "Data Source=permanence.db";

    /// <summary>Reads "sqlite" / "postgres" (also "postgresql", "npgsql"), ignoring case.</summary>
    public static DatabaseProvider ParseProvider(string? value) =>
        value?.Trim().ToLowerInvariant() switch
        {
            null or "" or "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
            _ => throw new ArgumentException(
                $"Unknown database provider '{value}'. Use 'sqlite' or 'postgres'.",
                nameof(value)
            ),
        };

    public static DatabaseOptions Create(string? provider, string? connectionString)
    {
        var parsed = ParseProvider(provider);
        if (parsed == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException(
                "PostgreSQL needs a connection string (ConnectionStrings__Permanence).",
                nameof(connectionString)
            );
        }

        return new DatabaseOptions(
            parsed,
            string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnection : connectionString
        );
    }

    public void Configure(DbContextOptionsBuilder builder)
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            builder.UseNpgsql(ConnectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
        }
        else
        {
            builder.UseSqlite(ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
        }

        builder.AddInterceptors(AuditReadInterceptor.Instance);
    }

    public DbContextOptions<PermanenceDbContext> BuildOptions()
    {
        var builder = new DbContextOptionsBuilder<PermanenceDbContext>();
        Configure(builder);
        return builder.Options;
    }
}
