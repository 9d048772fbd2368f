using Microsoft.AspNetCore.Identity;
using Permanence.Application;
using Permanence.Application.Account;
using Permanence.Data.Model.Audit;
using Permanence.Data.Model.Identity;
using Permanence.Web.Infrastructure.Operations;

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
        SignInAudit audit
    )
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request.UserName)) errors.Add(nameof(request.UserName), "Enter a user name");
        if (string.IsNullOrEmpty(request.Password)) errors.Add(nameof(request.Password), "Enter a password");
        if (!errors.IsEmpty)
        {
            return OperationResult.Invalid(errors).ToProblem();
        }

        var user = await users.FindByNameAsync(request.UserName!.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.CheckPasswordSignInAsync(user, request.Password!, lockoutOnFailure: true);
        await audit.RecordAsync(user, request.UserName!.Trim(), result, AuditAction.TokenIssued, "POST /api/token");
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
