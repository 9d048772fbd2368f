using System.Net;
using Microsoft.EntityFrameworkCore;
using Permanence.Data.Model.Audit;
using Permanence.Domain.Staff;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Account;

[Collection(WebCollection.Name)]
public class SignInTests(PermanenceFactory factory)
{
    [Fact]
    public async Task Get_Home_WhenSignedOut_RedirectsToSignIn()
    {
        var response = await factory.NewClient().GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignInPage_ListsEveryDemoSignIn()
    {
        var page = await factory.NewClient().GetPageAsync("/account/sign-in");
        var text = page.Body!.TextContent;
        foreach (var role in StaffRoles.All)
        {
            Assert.Contains(Demo.User(role, "991"), text, StringComparison.Ordinal);
            Assert.Contains(Demo.User(role, "raa"), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SignIn_AsLaSocialWorker_ShowsOnlyOwnLaCountsOnDashboard()
    {
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.SocialWorker, Demo.OwnLa));
        var page = await client.GetPageAsync("/");
        await using var db = factory.SystemContext();
        var own = await db.Children.CountAsync(c => c.OwningOrganisation!.LaCode == Demo.OwnLa);
        var rows = page.QuerySelectorAll("table tbody tr").Select(r => r.TextContent).ToList();
        var row = Assert.Single(rows);
        Assert.Contains("Kingsmere", row, StringComparison.Ordinal);
        Assert.Contains(own.ToString(System.Globalization.CultureInfo.InvariantCulture), row, StringComparison.Ordinal);
        Assert.Equal("Permanence", page.QuerySelector(".govuk-header .app-header__product-name")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector(".govuk-phase-banner"));
        Assert.NotNull(page.QuerySelector(".govuk-service-navigation"));
        Assert.NotNull(page.QuerySelector("footer.govuk-footer"));
    }

    [Fact]
    public async Task SignIn_AsRaaFamilyFinder_ShowsEveryLaOfTheRegion()
    {
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.FamilyFinder, "raa"));
        var page = await client.GetPageAsync("/");
        var rows = page.QuerySelector("main table")!.TextContent;
        foreach (var la in new[] { "Kingsmere", "Oakbridge", "Westerby", "Fernleigh", "Millbrook" })
        {
            Assert.Contains(la, rows, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_ShowsErrorSummaryAndIsAudited()
    {
        var client = factory.NewClient();
        var response = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Input.UserName"] = Demo.User(StaffRole.PanelAdviser, "993"), ["Input.Password"] = "wrong" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Contains("Enter a correct email address and password", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        await using var db = factory.SystemContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.SignInFailed && a.UserName == Demo.User(StaffRole.PanelAdviser, "993")));
    }

    [Fact]
    public async Task SignIn_WithEmptyFields_ShowsBothErrors()
    {
        var response = await factory.NewClient().PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Input.UserName"] = "", ["Input.Password"] = "" });
        var summary = (await response.ReadHtmlAsync()).QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Enter your email address", summary, StringComparison.Ordinal);
        Assert.Contains("Enter your password", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccount()
    {
        var email = Demo.User(StaffRole.AgencyDecisionMaker, "994");
        for (var i = 0; i < 5; i++)
        {
            await factory.NewClient().PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Input.UserName"] = email, ["Input.Password"] = "not-the-password" });
        }

        var response = await factory.NewClient().PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Input.UserName"] = email, ["Input.Password"] = Browsing.Password });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("locked", (await response.ReadHtmlAsync()).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        await using var db = factory.SystemContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.LockedOut && a.UserName == email));
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.TeamManager, Demo.OwnLa));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        var response = await client.PostFormAsync("/", new Dictionary<string, string>(), "form[action='/account/sign-out']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Theory]
    [InlineData("/children", "/children")]
    [InlineData("https://evil.example/phish", "/")]
    [InlineData("//evil.example", "/")]
    public async Task SignIn_ReturnsOnlyToPagesOfThisService(string returnUrl, string expected)
    {
        var client = factory.NewClient();
        var response = await client.PostFormAsync(
            $"/account/sign-in?ReturnUrl={Uri.EscapeDataString(returnUrl)}",
            new Dictionary<string, string> { ["Input.UserName"] = Demo.User(StaffRole.FamilyFinder, "raa"), ["Input.Password"] = Browsing.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Post_SignIn_WithoutAntiforgeryToken_IsRejected()
    {
        var response = await factory.NewClient().PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.UserName"] = "x", ["Input.Password"] = "y" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
