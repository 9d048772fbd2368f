using Microsoft.AspNetCore.Identity;
using Permanence.Data;
using Permanence.Data.Model.Audit;
using Permanence.Data.Model.Identity;

namespace Permanence.Web.Api;

public static class TokenEndpoints
{
    public sealed record TokenRequest(string? UserName, string? Password);

    public static void MapTokenEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/token", IssueToken)
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(Permanence.Web.Infrastructure.SignInRateLimiting.Policy)
            .WithTags("Permanence")
            .WithSummary("Exchange a user name and password for a bearer token (valid for one hour).");

    private static async Task<IResult> IssueToken(
        TokenRequest request,
        UserManager<ApplicationUser> users,
        SignInManager<ApplicationUser> signIn,
        PermanenceDbContext db,
        TimeProvider clock
    )
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.UserName)) errors["userName"] = ["Enter a user name"];
        if (string.IsNullOrEmpty(request.Password)) errors["password"] = ["Enter a password"];
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        var user = await users.FindByNameAsync(request.UserName!.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.CheckPasswordSignInAsync(user, request.Password!, lockoutOnFailure: true);
        await SignInAudit.RecordAsync(db, clock, user, request.UserName!.Trim(), result, AuditAction.TokenIssued, "POST /api/token");
        if (!result.Succeeded)
        {
            // The same answer whether the account exists or not, so names cannot be probed.
            return Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Sign-in failed",
                detail: result.IsLockedOut
                    ? "The account is locked after too many failed attempts. Try again in 15 minutes."
                    : "The user name or password is not right."
            );
        }

        var principal = await signIn.CreateUserPrincipalAsync(user!);
        return Results.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}

/// <summary>Audit entries for sign-in attempts, by page or token.</summary>
public static class SignInAudit
{
    public static async Task RecordAsync(
        PermanenceDbContext db,
        TimeProvider clock,
        ApplicationUser? user,
        string attemptedName,
        Microsoft.AspNetCore.Identity.SignInResult result,
        AuditAction successAction,
        string context
    )
    {
        var action = result.Succeeded ? successAction : result.IsLockedOut ? AuditAction.LockedOut : AuditAction.SignInFailed;
        db.AuditEntries.Add(
            new AuditEntry
            {
                OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
                Action = action,
                UserId = user?.Id,
                UserName = Truncate(user?.UserName ?? attemptedName, 256),
                UserOrganisationId = user?.OrganisationId,
                OwningOrganisationId = user?.OrganisationId,
                RecordType = "User",
                RecordId = user?.Id,
                Context = context,
            }
        );
        if (user is not null && result.Succeeded)
        {
            user.LastSignInAtUtc = clock.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync();
    }

    // Whatever was typed as a user name is kept, but never longer than the column.
    private static string Truncate(string value, int length) => value.Length > length ? value[..length] : value;
}
