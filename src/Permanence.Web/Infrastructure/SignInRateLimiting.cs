using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Permanence.Web.Infrastructure;

/// <summary>
/// Sign-in attempts (the sign-in form and POST /api/token) are limited per client address, so
/// nobody can try password after password across many accounts; each account also locks after
/// five failures. A refusal is 429 with Retry-After, shown as a GOV.UK page or a Problem Details.
/// </summary>
public static class SignInRateLimiting
{
    public const string Policy = "sign-in";

    public sealed class Options
    {
        public const string Section = "RateLimiting:SignIn";

        /// <summary>Attempts allowed from one address in each window.</summary>
        public int PermitLimit { get; set; } = 10;

        public int WindowSeconds { get; set; } = 60;
    }

    public static IServiceCollection AddSignInRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(Options.Section).Get<Options>() ?? new Options();
        if (options.PermitLimit < 1 || options.WindowSeconds < 1)
        {
            throw new InvalidOperationException($"{Options.Section}: PermitLimit and WindowSeconds must be at least 1.");
        }

        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(options.WindowSeconds);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask; // the status code pages write the page or the problem
            };
            o.AddPolicy(
                Policy,
                http => HttpMethods.IsPost(http.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = options.PermitLimit,
                            Window = TimeSpan.FromSeconds(options.WindowSeconds),
                            QueueLimit = 0,
                        }
                    )
                    : RateLimitPartition.GetNoLimiter("read")
            );
        });
    }
}
