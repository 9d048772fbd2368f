using Permanence.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Demo;
using Permanence.Data.Scoping;

namespace Permanence.Web.Infrastructure.Database;

public sealed class DemoSettings
{
    /// <summary>On by default for SQLite only; PostgreSQL needs Demo__Enabled=true.</summary>
    public bool Enabled { get; set; }

    public DemoScale Scale { get; set; } = DemoScale.Region;

    public int Seed { get; set; } = 2026;
}

public static class DatabaseStartup
{
    public static DatabaseOptions ReadDatabaseOptions(IConfiguration configuration) =>
        DatabaseOptions.Create(configuration["Database:Provider"], configuration.GetConnectionString("Permanence"));

    public static DemoSettings ReadDemoSettings(IConfiguration configuration, DatabaseOptions database)
    {
        var settings = new DemoSettings { Enabled = database.Provider == DatabaseProvider.Sqlite };
        configuration.GetSection("Demo").Bind(settings);
        return settings;
    }

    /// <summary>Applies pending migrations, then seeds the demo region into an empty database in demo mode.</summary>
    public static async Task PrepareAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken = default)
    {
        var options = services.GetRequiredService<DatabaseOptions>();
        var demo = services.GetRequiredService<DemoSettings>();
        var clock = services.GetRequiredService<TimeProvider>();
        await using var db = new PermanenceDbContext(options.BuildOptions(), new SystemDataScope("system", "start-up"), clock);
        await db.Database.MigrateAsync(cancellationToken);
        if (demo.Enabled && !await db.Organisations.AnyAsync(cancellationToken))
        {
            var today = clock.Today();
            var result = await new DemoGenerator(db, demo.Scale, demo.Seed, today).SeedAsync(cancellationToken);
            logger.LogInformation(
                "Seeded the demo region: {Organisations} organisations, {Users} users, {Children} children, {Households} adopter households",
                result.Organisations,
                result.Users,
                result.Children,
                result.AdopterHouseholds
            );
        }
    }
}
