using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Permanence.Data;
using Permanence.Data.Model.Identity;
using Permanence.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Permanence.Web.Pages.Admin;
using Permanence.Web.Pages.Admin.Users;

namespace Permanence.Web.Api;

public static class UserEndpoints
{
    public static void MapUserEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").RequireAuthorization(Policies.Administer);
        group.MapGet("/", async (PermanenceDbContext db, ClaimsPrincipal user, TimeProvider clock) =>
                Results.Ok(await UserCommands.ListAsync(db, user, clock)))
            .WithSummary("Users of the organisations you administer.");
        group.MapPost("/", async (UserFields fields, PermanenceDbContext db, UserManager<ApplicationUser> users, ClaimsPrincipal admin, TimeProvider clock) =>
                {
                    var (created, errors) = await UserCommands.CreateAsync(db, users, admin, fields);
                    if (created is null)
                    {
                        return Results.ValidationProblem(errors);
                    }

                    var dto = (await UserCommands.ListAsync(db, admin, clock)).Single(u => u.Id == created.Id);
                    return Results.Created($"/api/users/{created.Id}", dto);
                })
            .WithSummary("Add a user to an organisation you administer.");
        group.MapPut("/{id}", async (string id, UserChange change, PermanenceDbContext db, UserManager<ApplicationUser> users, ClaimsPrincipal admin, TimeProvider clock) =>
                {
                    var managed = await AdminScope.ManagedOrganisationIdsAsync(db, admin);
                    var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id && managed.Contains(u.OrganisationId));
                    if (user is null)
                    {
                        return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no user with that id in an organisation you administer.");
                    }

                    var errors = await UserCommands.UpdateAsync(db, users, admin, user, change.DisplayName, change.Roles, change.Unlock ?? false, change.Disable ?? false);
                    return errors.Count > 0
                        ? Results.ValidationProblem(errors)
                        : Results.Ok((await UserCommands.ListAsync(db, admin, clock)).Single(u => u.Id == id));
                })
            .WithSummary("Change a user's name and roles, unlock the account, or disable it when the person leaves.");
    }

    /// <summary>A change to a user: the full set of roles they should have.</summary>
    public sealed record UserChange(string? DisplayName, string[]? Roles, bool? Unlock, bool? Disable);
}
