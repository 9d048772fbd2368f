using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Permanence.Data.Model.Audit;
using Permanence.Domain.Staff;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Admin;

[Collection(WebCollection.Name)]
public class AdministrationTests(PermanenceFactory factory)
{
    [Fact]
    public async Task Post_Organisation_AsRaaAdmin_AddsAnLa_AndRefusesADuplicateCode()
    {
        var client = await factory.ApiClientAsync(Demo.User(StaffRole.Administrator, "raa"));
        var created = await client.PostAsJsonAsync("/api/organisations", new { name = "Newtown Council", type = "LocalAuthority", shortName = "newtown", laCode = "996" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var duplicate = await client.PostAsJsonAsync("/api/organisations", new { name = "Copy Council", type = "LocalAuthority", shortName = "copy", laCode = "996" });
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        var problem = await duplicate.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("An organisation with this LA code already exists", problem.GetProperty("errors").GetProperty("laCode")[0].GetString());
    }

    [Theory]
    [InlineData("LocalAuthority", "12", "LA code must be 3 digits, like 301")]
    [InlineData("VoluntaryAdoptionAgency", "997", "Only a local authority has an LA code")]
    [InlineData("RegionalAdoptionAgency", "", "Select local authority or voluntary adoption agency")]
    public async Task Post_OrganisationPage_Invalid_ShowsErrorAndSavesNothing(string type, string code, string message)
    {
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.Administrator, "raa"));
        var response = await client.PostFormAsync("/admin/organisations/new", new Dictionary<string, string>
        {
            ["Input.Name"] = "Bad Org", ["Input.Type"] = type, ["Input.LaCode"] = code, ["Input.ShortName"] = "bad-org",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.ReadHtmlAsync()).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        await using var db = factory.SystemContext();
        Assert.False(await db.Organisations.AnyAsync(o => o.ShortName == "bad-org"));
    }

    [Fact]
    public async Task Post_UserPage_AsLaAdmin_CreatesAUserWhoCanSignIn()
    {
        await using var db = factory.SystemContext();
        var la = await db.Organisations.SingleAsync(o => o.LaCode == "993");
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.Administrator, "993"));
        var form = new List<KeyValuePair<string, string>>
        {
            new("Input.DisplayName", "Nadia Newstarter"), new("Input.Email", "nadia@westerby.example"),
            new("Input.OrganisationId", la.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Roles", "SocialWorker"), new("Input.Roles", "TeamManager"), new("Input.Password", "Correct-Horse-9"),
        };
        var page = await client.GetPageAsync("/admin/users/new");
        form.Add(new("__RequestVerificationToken", page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!));
        var response = await client.PostAsync("/admin/users/new", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var newcomer = factory.NewClient();
        var signIn = await newcomer.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Input.UserName"] = "nadia@westerby.example", ["Input.Password"] = "Correct-Horse-9" });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await newcomer.GetAsync("/children/new")).StatusCode);
        await using var check = factory.SystemContext();
        Assert.True(await check.AuditEntries.AnyAsync(a => a.RecordType == "User" && a.Action == AuditAction.Create && a.UserName == Demo.User(StaffRole.Administrator, "993")));
    }

    [Fact]
    public async Task Post_User_AsLaAdmin_ForAnotherOrganisation_IsRefused()
    {
        await using var db = factory.SystemContext();
        var other = await db.Organisations.SingleAsync(o => o.LaCode == Demo.OtherLa);
        var client = await factory.ApiClientAsync(Demo.User(StaffRole.Administrator, Demo.OwnLa));
        var response = await client.PostAsJsonAsync("/api/users", new { email = "sneaky@example.org", displayName = "Sneaky", organisationId = other.Id, roles = new[] { "Administrator" }, password = "Correct-Horse-9" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await db.Users.AnyAsync(u => u.Email == "sneaky@example.org"));
    }

    [Fact]
    public async Task Get_Audit_AsLaAdmin_ShowsOnlyOwnLaRecords()
    {
        var otherChild = await factory.AnyChildOfAsync(Demo.OtherLa);
        var reader = await factory.ApiClientAsync(Demo.User(StaffRole.SocialWorker, Demo.OtherLa));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/children/{otherChild}")).StatusCode);

        var ownAdmin = await factory.ApiClientAsync(Demo.User(StaffRole.Administrator, Demo.OwnLa));
        var mine = await ownAdmin.GetFromJsonAsync<JsonElement>($"/api/audit?recordId={otherChild}");
        Assert.Equal(0, mine.GetProperty("total").GetInt32());

        var raaAdmin = await factory.ApiClientAsync(Demo.User(StaffRole.Administrator, "raa"));
        var region = await raaAdmin.GetFromJsonAsync<JsonElement>($"/api/audit?recordId={otherChild}&action=Read");
        Assert.True(region.GetProperty("total").GetInt32() >= 1);
    }

    [Fact]
    public async Task Post_UserPage_DisableALeaver_StopsTheirSignIn()
    {
        var leaver = Demo.User(StaffRole.PanelAdviser, "995");
        await using var db = factory.SystemContext();
        var id = await db.Users.Where(u => u.UserName == leaver).Select(u => u.Id).SingleAsync();
        var admin = await factory.SignedInClientAsync(Demo.User(StaffRole.Administrator, "995"));
        var response = await admin.PostFormAsync($"/admin/users/{id}", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Leaving Person", ["Input.Roles"] = "PanelAdviser", ["Input.Disable"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var signIn = await factory.NewClient().PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Input.UserName"] = leaver, ["Input.Password"] = Browsing.Password });
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        var list = await admin.GetPageAsync("/admin/users");
        Assert.Contains("Disabled", list.QuerySelectorAll("tr").Single(r => r.TextContent.Contains(leaver, StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisablingAnAccount_StopsItsApiTokenAtOnce()
    {
        var leaver = Demo.User(StaffRole.PerformanceOfficer, "994");
        var api = await factory.ApiClientAsync(leaver);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/dashboard")).StatusCode);

        await using var db = factory.SystemContext();
        var id = await db.Users.Where(u => u.UserName == leaver).Select(u => u.Id).SingleAsync();
        var admin = await factory.SignedInClientAsync(Demo.User(StaffRole.Administrator, "raa"));
        var response = await admin.PostFormAsync($"/admin/users/{id}", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Leaving Officer", ["Input.Roles"] = "PerformanceOfficer", ["Input.Disable"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/dashboard")).StatusCode);
    }

    [Fact]
    public async Task Put_User_ChangesRolesThroughTheApi_AndRefusesAnUnknownRole()
    {
        await using var db = factory.SystemContext();
        var email = Demo.User(StaffRole.ReadOnly, "993");
        var id = await db.Users.Where(u => u.UserName == email).Select(u => u.Id).SingleAsync();
        var admin = await factory.ApiClientAsync(Demo.User(StaffRole.Administrator, "993"));
        var bad = await admin.PutAsJsonAsync($"/api/users/{id}", new { displayName = "Councillor", roles = new[] { "Wizard" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var ok = await admin.PutAsJsonAsync($"/api/users/{id}", new { displayName = "Councillor Reed", roles = new[] { "ReadOnly", "PerformanceOfficer" } });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var body = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(new[] { "PerformanceOfficer", "ReadOnly" }, body.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());
        Assert.Equal("Councillor Reed", body.GetProperty("displayName").GetString());
    }
}
