using Permanence.Data;

namespace Permanence.Web.Infrastructure;

public static class AuditFlush
{
    /// <summary>
    /// Writes the audit entries for personal records read during the request: before the response
    /// starts (so nothing is shown unaudited), and again at the end for anything loaded while
    /// streaming.
    /// </summary>
    public static IApplicationBuilder UseReadAudit(this IApplicationBuilder app) =>
        app.Use(
            async (context, next) =>
            {
                var db = context.RequestServices.GetRequiredService<PermanenceDbContext>();
                context.Response.OnStarting(() => db.FlushReadAuditAsync(context.RequestAborted));
                await next(context);
                await db.FlushReadAuditAsync(CancellationToken.None);
            }
        );
}
