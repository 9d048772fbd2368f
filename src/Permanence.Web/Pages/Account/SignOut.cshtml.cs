using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Application.Account;
using Permanence.Data.Model.Identity;

namespace Permanence.Web.Pages.Account;

public class SignOutModel(SignInManager<ApplicationUser> signIn, SignInAudit audit) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.RecordSignOutAsync(User, "POST /account/sign-out");
        await signIn.SignOutAsync();
        return Redirect("/account/sign-in?signed-out=true");
    }
}
