using Permanence.Data.Scoping;

namespace Permanence.Web.Infrastructure.Auth;

/// <summary>The data scope of the signed-in user of the current request; nobody when signed out.</summary>
public sealed class HttpDataScope(IHttpContextAccessor accessor) : IDataScope
{
    private System.Security.Claims.ClaimsPrincipal? User =>
        accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public bool IsSystem => false;

    public string? UserId => User?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;

    public string ActorName => User?.Identity?.Name ?? "anonymous";

    public int? OrganisationId => User?.GetOrganisationId();

    public int? RegionId => User?.GetRegionId();

    public bool RegionWide => User?.IsRegionWide() ?? false;

    public string? Context
    {
        get
        {
            var http = accessor.HttpContext;
            if (http is null)
            {
                return null;
            }

            var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value;
            return $"{http.Request.Method} /{route?.TrimStart('/')}";
        }
    }
}
