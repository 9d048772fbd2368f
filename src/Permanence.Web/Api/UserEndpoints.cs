using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Permanence.Data;
using Permanence.Data.Model.Identity;
using Permanence.Web.Infrastructure.Auth;
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
    }
}
