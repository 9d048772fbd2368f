namespace Permanence.Web.Infrastructure;

public static class SecurityHeaders
{
    /// <summary>
    /// Strict headers on every response. No inline script or style is allowed; the OpenID Connect
    /// authority (if any) is added to form-action because the sign-in form redirects to it.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, string? oidcAuthority)
    {
        var formAction = oidcAuthority is null ? "'self'" : $"'self' {new Uri(oidcAuthority).GetLeftPart(UriPartial.Authority)}";
        var csp =
            $"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
            + $"connect-src 'self'; form-action {formAction}; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
        return app.Use(
            (context, next) =>
            {
                var headers = context.Response.Headers;
                headers["Content-Security-Policy"] = csp;
                headers["X-Content-Type-Options"] = "nosniff";
                headers["X-Frame-Options"] = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                if (!context.Request.Path.StartsWithSegments("/assets") && !context.Request.Path.StartsWithSegments("/lib"))
                {
                    // Pages and API responses hold personal data: never cache them.
                    headers.CacheControl = "no-store";
                }

                return next(context);
            }
        );
    }
}
