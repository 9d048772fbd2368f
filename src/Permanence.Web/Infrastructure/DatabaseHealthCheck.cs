using Microsoft.Extensions.Diagnostics.HealthChecks;
using Permanence.Data;

namespace Permanence.Web.Infrastructure;

public sealed class DatabaseHealthCheck(PermanenceDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The database answers.")
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
