using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Permanence.Data;
using Permanence.Data.Scoping;

namespace Permanence.TestCommon;

/// <summary>
/// The whole application over real HTTP, on a new database seeded with the small demo region.
/// The clock is fixed so that the demo data and every date rule are reproducible.
/// </summary>
public class PermanenceFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public DatabaseOptions Database { get; } = TestDatabase.CreateEmpty();

    public FakeTimeProvider Clock { get; } = new(Now);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Permanence", Database.ConnectionString);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:Scale", "Small");
        // Tests sign in hundreds of times from one address; the rate limit has its own tests.
        builder.UseSetting("RateLimiting:SignIn:PermitLimit", "100000");
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>A context that sees everything, for arranging and checking tests.</summary>
    public PermanenceDbContext SystemContext()
    {
        EnsureStarted();
        return new(Database.BuildOptions(), new SystemDataScope("test"), Clock);
    }

    /// <summary>Starts the application (which migrates and seeds the database) if it has not started.</summary>
    public void EnsureStarted() => _ = Services;

    /// <summary>A context as a given member of staff sees it.</summary>
    public PermanenceDbContext ContextFor(IDataScope scope)
    {
        EnsureStarted();
        return new(Database.BuildOptions(), scope, Clock);
    }
}
