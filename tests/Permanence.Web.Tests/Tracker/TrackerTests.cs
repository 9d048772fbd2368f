using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Permanence.Data.Model.Audit;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Staff;
using Permanence.Domain.Timescales;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Tracker;

[Collection(WebCollection.Name)]
public class TrackerTests(PermanenceFactory factory)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(PermanenceFactory.Now.UtcDateTime);

    /// <summary>The children of an LA the tracker should list, found by replaying every child's journey (not the tracker's own query).</summary>
    private async Task<Dictionary<Guid, ChildJourney>> TrackedChildrenOfAsync(string laCode)
    {
        await using var db = factory.SystemContext();
        var children = await db.Children.Where(c => c.OwningOrganisation!.LaCode == laCode).Include(c => c.JourneyEvents).AsNoTracking().ToListAsync();
        return children
            .Select(c => (c.Id, Journey: ChildJourney.Replay(c.JourneyEvents.Select(e => e.ToDomain()), c.DateOfBirth, Today)))
            .Where(x => x.Journey.Stage.IsTracked())
            .ToDictionary(x => x.Id, x => x.Journey);
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Get_Tracker_AsLaUser_ListsEveryTrackedChildOfTheLa_AndNoOther()
    {
        var expected = await TrackedChildrenOfAsync(Demo.OwnLa);
        var client = await factory.ApiClientAsync(Demo.User(StaffRole.SocialWorker, Demo.OwnLa));
        var body = await JsonAsync(client, "/api/tracker?pageSize=500");
        var items = body.GetProperty("children").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(expected.Keys.Order(), items.Select(i => i.GetProperty("childId").GetGuid()).Order());
        Assert.All(items, i => Assert.Equal(Demo.OwnLa, i.GetProperty("laCode").GetString()));
        foreach (var item in items)
        {
            var period = expected[item.GetProperty("childId").GetGuid()].Current!;
            var days = period.DaysEnteredCareToMovedIn(Today);
            Assert.Equal(days, item.GetProperty("daysEnteredCareToMovedIn").GetInt32());
            Assert.Equal(TimescaleThreshold.A1Default.StatusOf(days).ToString(), item.GetProperty("a1Status").GetString());
            Assert.Equal(period.DaysPlacementOrderToMatch(Today), item.GetProperty("daysPlacementOrderToMatch").ValueKind == JsonValueKind.Null ? null : item.GetProperty("daysPlacementOrderToMatch").GetInt32());
        }

        Assert.Equal(426, body.GetProperty("a1").GetProperty("thresholdDays").GetInt32());
        Assert.Equal(122, body.GetProperty("a2").GetProperty("overFromDay").GetInt32());
    }

    [Fact]
    public async Task Get_TrackerPage_FilteredByStageAndPriority_ShowsOnlyMatchingChildren_WithThresholdsOnThePage()
    {
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.FamilyFinder, "raa"));
        var page = await client.GetPageAsync("/tracker?stage=AuthorityToPlace&priority=no");
        var rows = page.QuerySelectorAll("main table tbody tr").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("Placement order, waiting for a match", r.Children[2].TextContent.Trim()));
        Assert.All(rows, r => Assert.StartsWith("No", r.Children[4].TextContent.Trim(), StringComparison.Ordinal));
        Assert.Contains("The threshold is 426 days", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The threshold is 121 days", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("AuthorityToPlace", page.QuerySelector("#stage option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_Tracker_AsTeamManager_ShowsDriftingChildrenFirst_AndSortsByColumn()
    {
        var client = await factory.ApiClientAsync(Demo.User(StaffRole.TeamManager, "raa"));
        var items = (await JsonAsync(client, "/api/tracker?pageSize=500")).GetProperty("children").GetProperty("items").EnumerateArray().ToList();
        TimescaleStatus Worst(JsonElement i) =>
            new[] { i.GetProperty("a1Status").GetString(), i.GetProperty("a2Status").GetString() }.OfType<string>().Select(Enum.Parse<TimescaleStatus>).Max();
        var worst = items.Select(Worst).ToList();
        Assert.Equal(worst.OrderDescending(), worst);
        Assert.Equal(TimescaleStatus.Over, worst[0]);

        var byCare = (await JsonAsync(client, "/api/tracker?pageSize=500&sort=entered-care&descending=true")).GetProperty("children").GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("daysEnteredCareToMovedIn").GetInt32()).ToList();
        Assert.Equal(byCare.OrderDescending(), byCare);
    }

    [Fact]
    public async Task Get_Tracker_FamilyFinderMine_ListsTheChildrenAllocatedToThem()
    {
        var user = Demo.User(StaffRole.FamilyFinder, "raa");
        await using var db = factory.SystemContext();
        var finder = await db.Users.Where(u => u.UserName == user).Select(u => u.Id).SingleAsync();
        var client = await factory.ApiClientAsync(user);
        var items = (await JsonAsync(client, "/api/tracker?pageSize=500&familyFinder=mine")).GetProperty("children").GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal(finder, i.GetProperty("familyFinderId").GetString()));
        var none = (await JsonAsync(client, "/api/tracker?pageSize=500&familyFinder=none")).GetProperty("children").GetProperty("items").EnumerateArray().ToList();
        Assert.All(none, i => Assert.Equal(JsonValueKind.Null, i.GetProperty("familyFinderId").ValueKind));
    }

    [Theory]
    [InlineData("/api/tracker?stage=Adopted", "stage")]
    [InlineData("/api/tracker?stage=3", "stage")]
    [InlineData("/api/tracker?sort=age", "sort")]
    [InlineData("/api/tracker/export/pdf", "format")]
    public async Task Get_Tracker_BadFilter_IsAProblemNamingTheField(string url, string field)
    {
        var client = await factory.ApiClientAsync(Demo.User(StaffRole.SocialWorker, Demo.OwnLa));
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Exports_AsLaUser_HoldOnlyOwnLaChildren_AndAreAuditedAsReads()
    {
        var user = Demo.User(StaffRole.ServiceManager, Demo.OwnLa);
        var expected = await TrackedChildrenOfAsync(Demo.OwnLa);
        var api = await factory.ApiClientAsync(user);
        var csv = await (await api.GetAsync("/api/tracker/export/csv")).Content.ReadAsStringAsync();
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Child,Local reference,Child id,LA code", lines[0], StringComparison.Ordinal);
        Assert.Equal(expected.Count, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.Contains($",{Demo.OwnLa},", l, StringComparison.Ordinal));

        var pages = await factory.SignedInClientAsync(user);
        var xlsx = await pages.GetAsync("/tracker?handler=excel&stage=PlacedForAdoption");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var rows = (await xlsx.Content.ReadAsStreamAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(expected.Values.Count(j => j.Stage == JourneyStage.PlacedForAdoption), rows.Count);
        Assert.All(rows, r => Assert.Equal(Demo.OwnLa, r["LA code"]?.ToString()));

        await using var db = factory.SystemContext();
        var read = await db.AuditEntries.Where(a => a.Action == AuditAction.Read && a.UserName == user && a.RecordType == "Child" && a.Context == "GET /api/tracker/export/{format}").Select(a => a.RecordId).ToListAsync();
        Assert.Equal(expected.Keys.Select(k => k.ToString()).Order(), read.Distinct().Order());
    }

    [Fact]
    public async Task Get_TrackerPage_AuditsTheChildrenShown()
    {
        var user = Demo.User(StaffRole.SocialWorker, "993");
        var client = await factory.SignedInClientAsync(user);
        var page = await client.GetPageAsync("/tracker?sort=child");
        var shown = page.QuerySelectorAll("main table tbody tr td:first-child a").Select(a => a.GetAttribute("href")!.Split('/')[^1]).ToList();
        Assert.NotEmpty(shown);
        await using var db = factory.SystemContext();
        var read = await db.AuditEntries.Where(a => a.Action == AuditAction.Read && a.UserName == user && a.Context == "GET /tracker").Select(a => a.RecordId!).ToListAsync();
        Assert.Subset(shown.ToHashSet(), read.ToHashSet());
    }

    [Fact]
    public async Task Get_Tracker_AsRaaUser_Paged_AndFilteredToAnLa()
    {
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.FamilyFinder, "raa"));
        var page = await client.GetPageAsync($"/tracker?la={Demo.OtherLa}");
        var las = page.QuerySelectorAll("main table tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()).Distinct().ToList();
        Assert.Equal(["Oakbridge Borough Council"], las);
        var all = await client.GetPageAsync("/tracker");
        Assert.True(all.QuerySelectorAll("main table tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()).Distinct().Count() > 1);
    }

    [Fact]
    public async Task Thresholds_AreConfiguration_AndJudgeTheWaits()
    {
        using var configured = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Tracker:A2:ThresholdDays", "60");
            b.UseSetting("Tracker:A2:AtRiskMarginDays", "10");
        });
        var client = configured.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = await client.PostAsJsonAsync("/api/token", new { userName = Demo.User(StaffRole.FamilyFinder, "raa"), password = Browsing.Password });
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        var body = await JsonAsync(client, "/api/tracker?pageSize=500");
        Assert.Equal(61, body.GetProperty("a2").GetProperty("overFromDay").GetInt32());
        var threshold = new TimescaleThreshold(60, 10, false);
        var items = body.GetProperty("children").GetProperty("items").EnumerateArray().Where(i => i.GetProperty("daysPlacementOrderToMatch").ValueKind == JsonValueKind.Number).ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal(threshold.StatusOf(i.GetProperty("daysPlacementOrderToMatch").GetInt32()).ToString(), i.GetProperty("a2Status").GetString()));

        // The child's timeline judges the same wait by the same configured threshold.
        var child = items[0];
        var journey = await JsonAsync(client, $"/api/children/{child.GetProperty("childId").GetString()}/journey");
        Assert.Equal(60, journey.GetProperty("a2").GetProperty("thresholdDays").GetInt32());
        Assert.Equal(child.GetProperty("a2Status").GetString(), journey.GetProperty("a2").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Get_TrackerPageAndCsv_AsLaUser_NeverShowAnotherLasChild()
    {
        var others = (await TrackedChildrenOfAsync(Demo.OtherLa)).Keys.Select(k => k.ToString()).ToList();
        Assert.NotEmpty(others);
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.TeamManager, Demo.OwnLa));
        var html = await (await client.GetAsync($"/tracker?la={Demo.OtherLa}")).Content.ReadAsStringAsync();
        var csv = await (await client.GetAsync("/tracker?handler=csv")).Content.ReadAsStringAsync();
        Assert.Contains("0 children found", html, StringComparison.Ordinal);
        Assert.All(others, id => Assert.DoesNotContain(id, csv, StringComparison.Ordinal));
        Assert.DoesNotContain("Oakbridge", csv, StringComparison.Ordinal);
    }
}
