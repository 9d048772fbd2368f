using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Permanence.Web.Api;

public static class ApiEndpoints
{
    /// <summary>
    /// The JSON API. It accepts bearer tokens only (never the page cookie), so no cross-site form
    /// can call it; the token endpoint is the one anonymous route.
    /// </summary>
    public static void MapPermanenceApi(this IEndpointRouteBuilder app)
    {
        app.MapTokenEndpoint();
        var api = app
            .MapGroup("/api")
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = IdentityConstants.BearerScheme })
            .WithTags("Permanence");
        api.MapDashboardEndpoints();
        api.MapChildrenEndpoints();
        api.MapOrganisationEndpoints();
        api.MapUserEndpoints();
        api.MapAuditEndpoints();
    }
}

/// <summary>A page of results.</summary>
public sealed record Paged<T>(int Page, int PageSize, int Total, IReadOnlyList<T> Items);
