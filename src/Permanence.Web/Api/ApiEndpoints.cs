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
            .AddEndpointFilter(RequireCurrentSecurityStamp)
            .WithTags("Permanence");
        api.MapDashboardEndpoints();
        api.MapChildrenEndpoints();
        api.MapJourneyEndpoints();
        api.MapOrganisationEndpoints();
        api.MapUserEndpoints();
        api.MapAuditEndpoints();
        api.MapReturnEndpoints();
        api.MapAdopterEndpoints();
        api.MapFunnelEndpoints();
        api.MapPanelEndpoints();
        api.MapCalendarEndpoints();
        api.MapTrackerEndpoints();
        api.MapScorecardEndpoints();
        api.MapMatchingEndpoints();
        api.MapMatchLinkEndpoints();
    }

    /// <summary>
    /// A token outlives nothing it was issued for: once an administrator disables the account or
    /// changes its roles (both renew the security stamp), the token stops working at once rather
    /// than at its expiry.
    /// </summary>
    private static async ValueTask<object?> RequireCurrentSecurityStamp(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<Permanence.Data.Model.Identity.ApplicationUser>>();
        var user = await signIn.ValidateSecurityStampAsync(context.HttpContext.User);
        if (user is null || await signIn.UserManager.IsLockedOutAsync(user))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "The token is no longer valid",
                detail: "The account was changed or disabled after the token was issued. Get a new token."
            );
        }

        return await next(context);
    }
}

/// <summary>A page of results.</summary>
public sealed record Paged<T>(int Page, int PageSize, int Total, IReadOnlyList<T> Items);
