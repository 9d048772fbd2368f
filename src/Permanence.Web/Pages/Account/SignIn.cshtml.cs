using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Application.Account;
using Permanence.Data.Model.Audit;
using Permanence.Data.Model.Identity;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Database;

namespace Permanence.Web.Pages.Account;

public class SignInModel(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    SignInAudit audit,
    DemoSignIns demoSignIns,
    DemoSettings demo
) : PageModel
{
    public sealed class InputModel
    {
        public string? UserName { get; set; }

        public string? Password { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true, Name = "signed-out")]
    public bool SignedOut { get; set; }

    public IReadOnlyList<AuthenticationScheme> ExternalSchemes { get; private set; } = [];

    public IReadOnlyList<DemoSignIn> DemoSignIns { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var name = Input.UserName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            ModelState.AddModelError("Input.UserName", "Enter your email address");
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", "Enter your password");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var user = await users.FindByNameAsync(name!);
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        await audit.RecordAsync(user, name!, result, AuditAction.SignIn, "POST /account/sign-in");
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        ModelState.AddModelError(
            "Input.UserName",
            result.IsLockedOut
                ? "Your account is locked after too many failed attempts. Try again in 15 minutes or ask an administrator."
                : "Enter a correct email address and password"
        );
        await LoadAsync();
        return Page();
    }

    public IActionResult OnPostExternal()
    {
        var redirect = Url.Page("/Account/ExternalCallback", new { returnUrl = ReturnUrl });
        var properties = signIn.ConfigureExternalAuthenticationProperties(ExternalSignIn.Scheme, redirect);
        return Challenge(properties, ExternalSignIn.Scheme);
    }

    private async Task LoadAsync()
    {
        ExternalSchemes = (await signIn.GetExternalAuthenticationSchemesAsync()).ToList();
        if (demo.Enabled)
        {
            DemoSignIns = await demoSignIns.ListAsync();
        }
    }
}
