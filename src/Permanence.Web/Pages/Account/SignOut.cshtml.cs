using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Data;
using Permanence.Data.Model.Audit;
using Permanence.Data.Model.Identity;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Account;

public class SignOutModel(SignInManager<ApplicationUser> signIn, PermanenceDbContext db, TimeProvider clock) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        db.AuditEntries.Add(new AuditEntry
        {
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
            Action = AuditAction.SignOut,
            UserId = db.Scope.UserId,
            UserName = db.Scope.ActorName,
            UserOrganisationId = User.GetOrganisationId(),
            OwningOrganisationId = User.GetOrganisationId(),
            RecordType = "User",
            RecordId = db.Scope.UserId,
            Context = "POST /account/sign-out",
        });
        await db.SaveChangesAsync();
        await signIn.SignOutAsync();
        return Redirect("/account/sign-in?signed-out=true");
    }
}
