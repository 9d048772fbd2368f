using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Permanence.Domain.Staff;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Account;

[Collection(WebCollection.Name)]
public class DashboardTests(PermanenceFactory factory)
{
    private static int Total(JsonElement dashboard) =>
        dashboard.GetProperty("adopterHouseholds").EnumerateArray().Sum(s => s.GetProperty("households").GetInt32());

    [Fact]
    public async Task Dashboard_ForRaaStaff_CountsEveryHouseholdOfTheRegion()
    {
        var client = await factory.ApiClientAsync(Demo.User(StaffRole.ServiceManager, "raa"));
        var dashboard = await client.GetFromJsonAsync<JsonElement>("/api/dashboard");
        await using var db = factory.SystemContext();
        Assert.Equal(await db.AdopterHouseholds.CountAsync(), Total(dashboard));
    }

    [Fact]
    public async Task Dashboard_ForVaaStaff_CountsOnlyTheirOwnHouseholds_AndNoChildren()
    {
        var client = await factory.ApiClientAsync(Demo.User(StaffRole.TeamManager, "hearthstone"));
        var dashboard = await client.GetFromJsonAsync<JsonElement>("/api/dashboard");
        await using var db = factory.SystemContext();
        Assert.Equal(await db.AdopterHouseholds.CountAsync(h => h.OwningOrganisation!.ShortName == "hearthstone"), Total(dashboard));
        Assert.Equal(0, dashboard.GetProperty("localAuthorities").GetArrayLength());
    }

    [Fact]
    public async Task Dashboard_ForLaStaff_ShowsNoAdopterHouseholds()
    {
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.PerformanceOfficer, Demo.OwnLa));
        var page = await client.GetPageAsync("/");
        Assert.DoesNotContain("Adopter households", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
