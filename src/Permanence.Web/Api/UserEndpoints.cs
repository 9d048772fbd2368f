using System.Security.Claims;
using Permanence.Application.Admin.Users;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Operations;

namespace Permanence.Web.Api;

public static class UserEndpoints
{
    public static void MapUserEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").RequireAuthorization(Policies.Administer);
        group.MapGet("/", async (UserOperations accounts, ClaimsPrincipal admin) => Results.Ok(await accounts.ListAsync(admin)))
            .WithSummary("Users of the organisations you administer.");
        group.MapPost("/", async (AddUser input, UserOperations accounts, ClaimsPrincipal admin) =>
                (await accounts.AddAsync(input, admin)).ToHttpResult(created => Results.Created($"/api/users/{created.Id}", created)))
            .WithSummary("Add a user to an organisation you administer.");
        group.MapPut("/{id}", async (string id, UserChange change, UserOperations accounts, ClaimsPrincipal admin) =>
                (await accounts.ChangeAsync(id, new ChangeUser(change.DisplayName, change.Roles, change.Unlock ?? false, change.Disable ?? false), admin)).ToHttpResult(changed => Results.Ok(changed)))
            .WithSummary("Change a user's name and roles, unlock the account, or disable it when the person leaves.");
    }

    /// <summary>A change to a user: the full set of roles they should have.</summary>
    public sealed record UserChange(string? DisplayName, string[]? Roles, bool? Unlock, bool? Disable);
}
