using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Application.Account;
using Permanence.Data.Model.Audit;
using Permanence.Data.Model.Identity;

namespace Permanence.Web.Pages.Account;

/// <summary>
/// The return from OpenID Connect (e.g. Microsoft Entra ID). Only people an administrator has
/// already added can sign in: the provider's verified email must match a local account, which
/// is then linked to the external login. Roles and organisation always come from Permanence.
/// </summary>
[AllowAnonymous]
public class ExternalCallbackModel(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    SignInAudit audit
) : PageModel
{
    public string Message { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            Message = "The sign-in with your organisation's account did not complete. Try again.";
            return Page();
        }

        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false);
        var user = await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey);
        if (!result.Succeeded && user is null)
        {
            var email = info.Principal.FindFirstValue("email") ?? info.Principal.FindFirstValue(ClaimTypes.Email) ?? info.Principal.FindFirstValue("preferred_username");
            user = email is null ? null : await users.FindByEmailAsync(email);
            if (user is not null && (await users.AddLoginAsync(user, info)).Succeeded)
            {
                result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false);
            }
        }

        await audit.RecordAsync(user, user?.UserName ?? $"{info.LoginProvider}:{info.ProviderKey}", result, AuditAction.SignIn, "GET /account/external-callback");
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
        }

        Message = result.IsLockedOut
            ? "Your account is locked. Ask an administrator to unlock it."
            : "There is no Permanence account for this email address. Ask your administrator to add you.";
        return Page();
    }
}
