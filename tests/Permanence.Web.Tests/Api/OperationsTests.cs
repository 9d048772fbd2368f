using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Api;

[Collection(WebCollection.Name)]
public class OperationsTests(PermanenceFactory factory)
{
    [Fact]
    public async Task Get_Health_ChecksTheDatabase()
    {
        var body = await factory.NewClient().GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Get_OpenApi_DescribesEveryApiRoute()
    {
        var doc = await factory.NewClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/token", paths);
        Assert.Contains("/api/children", paths);
        Assert.Contains("/api/children/{id}", paths);
        Assert.Contains("/api/audit", paths);
    }

    [Fact]
    public async Task Pages_SendSecurityHeaders()
    {
        var response = await factory.NewClient().GetAsync("/account/sign-in");
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task SigningIn_KeepsTheDataProtectionKeysInTheDatabase()
    {
        await factory.SignedInClientAsync(Demo.User(Domain.Staff.StaffRole.ReadOnly, Demo.OwnLa));
        await using var db = factory.SystemContext();
        Assert.True(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.DataProtectionKeys));
    }

    [Fact]
    public async Task GovUkFrontend_IsServed()
    {
        var client = factory.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/lib/govuk/govuk-frontend.min.css")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/lib/govuk/govuk-frontend.min.js")).StatusCode);
    }

    [Fact]
    public async Task UnknownPage_ShowsGovUkNotFound()
    {
        var client = await factory.SignedInClientAsync(Demo.User(Domain.Staff.StaffRole.SocialWorker, Demo.OwnLa));
        var response = await client.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
