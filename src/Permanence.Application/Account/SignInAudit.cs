using System.Security.Claims;
using Permanence.Application.Security;
using Permanence.Data;
using Permanence.Data.Model.Audit;
using Permanence.Data.Model.Identity;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Permanence.Application.Account;

/// <summary>Audit entries for signing in (by page, token or an organisation's account) and signing out.</summary>
public sealed class SignInAudit(PermanenceDbContext db, TimeProvider clock) : IApplicationService
{
    /// <summary>Records an attempt; a success also becomes the user's last sign-in.</summary>
    /// <param name="attemptedName">Whatever was typed (kept even when no account has it).</param>
    public async Task RecordAsync(ApplicationUser? user, string attemptedName, SignInResult result, AuditAction successAction, string context)
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

    /// <summary>Records that the signed-in user signed out.</summary>
    public async Task RecordSignOutAsync(ClaimsPrincipal user, string context)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
            Action = AuditAction.SignOut,
            UserId = db.Scope.UserId,
            UserName = db.Scope.ActorName,
            UserOrganisationId = user.GetOrganisationId(),
            OwningOrganisationId = user.GetOrganisationId(),
            RecordType = "User",
            RecordId = db.Scope.UserId,
            Context = context,
        });
        await db.SaveChangesAsync();
    }

    // Whatever was typed as a user name is kept, but never longer than the column.
    private static string Truncate(string value, int length) => value.Length > length ? value[..length] : value;
}
