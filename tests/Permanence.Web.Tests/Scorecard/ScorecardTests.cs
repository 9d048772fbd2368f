using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Permanence.Application.Scorecard;
using Permanence.Application.Security;
using Permanence.Data;
using Permanence.Data.Journeys;
using Permanence.Data.Model.Audit;
using Permanence.Data.Model.Children;
using Permanence.Data.Model.Organisations;
using Permanence.Data.Scoping;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Organisations;
using Permanence.Domain.Scorecard;
using Permanence.Domain.Staff;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Scorecard;

[Collection(WebCollection.Name)]
public class ScorecardTests(PermanenceFactory factory)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(PermanenceFactory.Now.UtcDateTime);

    private const int Year = 2026;

    /// <summary>The scorecard journeys of every demo child, built by replaying each child's events directly.</summary>
    private async Task<List<AdoptionJourney>> AdoptionsAsync()
    {
        await using var db = factory.SystemContext();
        var children = await db.Children.Include(c => c.JourneyEvents).Include(c => c.OwningOrganisation).AsNoTracking().ToListAsync();
        return children
            .SelectMany(c => ChildJourney.Replay(c.JourneyEvents.Select(e => e.ToDomain()), c.DateOfBirth, Today).AdoptionJourneys(c.Id.ToString(), c.OwningOrganisation!.LaCode))
            .ToList();
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static int? Int(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt32();

    [Fact]
    public async Task Get_Scorecard_AsRaa_GivesEachLaAndTheRegion_EqualToTheDomainEngine()
    {
        var adoptions = await AdoptionsAsync();
        var client = await factory.ApiClientAsync(Demo.User(StaffRole.PerformanceOfficer, "raa"));
        var body = await JsonAsync(client, $"/api/scorecard?yearEnding={Year}");
        var areas = body.GetProperty("areas").EnumerateArray().ToList();
        await using (var db = factory.SystemContext())
        {
            // Other tests may add an LA to the region: every LA of the region, and the region.
            var las = await db.Organisations.CountAsync(o => o.Type == OrganisationType.LocalAuthority && o.Region!.Name == Permanence.Data.Demo.DemoRegion.RegionName);
            Assert.Equal(las + 1, areas.Count);
        }

        foreach (var area in areas)
        {
            var la = area.GetProperty("laCode").GetString();
            var expected = AdoptionScorecard.ForYearEnding(la is null ? adoptions : adoptions.Where(a => a.LocalAuthorityCode == la), Year);
            foreach (var (name, result) in new[] { ("oneYear", expected.OneYear), ("threeYears", expected.ThreeYears) })
            {
                var p = area.GetProperty(name);
                Assert.Equal(result.A1.Count, p.GetProperty("a1").GetProperty("children").GetInt32());
                Assert.Equal(result.A1.AverageDays, Int(p.GetProperty("a1").GetProperty("averageDays")));
                Assert.Equal(result.A2.AverageDays, Int(p.GetProperty("a2").GetProperty("averageDays")));
                Assert.Equal(result.A10.AverageDays, Int(p.GetProperty("a10").GetProperty("averageDays")));
                Assert.Equal(result.A3.Count, p.GetProperty("a3").GetProperty("children").GetInt32());
                Assert.True(result.A1.Count > 0 || la is not ("991" or "992" or "993" or "994" or "995"), $"{la} {name} has adoptions");
            }
        }

        Assert.Equal(ScorecardMeasures.TrendQuarters, body.GetProperty("trend").GetArrayLength());
    }

    [Fact]
    public async Task Get_ScorecardChildren_ListsTheCohortAndExclusions_AndAuditsThem()
    {
        var adoptions = await AdoptionsAsync();
        var user = Demo.User(StaffRole.TeamManager, Demo.OwnLa);
        var client = await factory.ApiClientAsync(user);
        var body = await JsonAsync(client, $"/api/scorecard/children?measure=A2&yearEnding={Year}&laCode={Demo.OwnLa}&years=3");
        var expected = AdoptionScorecard.ForYearEnding(adoptions.Where(a => a.LocalAuthorityCode == Demo.OwnLa), Year).ThreeYears;
        var children = body.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(expected.A2.Children.Select(c => (c.ChildId, c.Days)).Order(), children.Select(c => (c.GetProperty("childId").GetGuid().ToString(), c.GetProperty("days").GetInt32())).Order());
        Assert.Equal(expected.Exclusions.Where(e => e.Measure == "A2").Select(e => e.ChildId).Order(), body.GetProperty("exclusions").EnumerateArray().Select(e => e.GetProperty("childId").GetGuid().ToString()).Order());

        await using var db = factory.SystemContext();
        var read = await db.AuditEntries.Where(a => a.Action == AuditAction.Read && a.UserName == user && a.Context == "GET /api/scorecard/children").Select(a => a.RecordId).Distinct().CountAsync();
        Assert.Equal(children.Count + body.GetProperty("exclusions").GetArrayLength(), read);
    }

    [Fact]
    public async Task Get_ScorecardPage_DrillDownLinksToTheChildren_AndAnotherLasDrillDownIsNotFound()
    {
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.PerformanceOfficer, Demo.OwnLa));
        var page = await client.GetPageAsync($"/scorecard?year={Year}");
        Assert.Contains("Adoption Scorecard, year ending 31 March 2026", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Oakbridge", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var link = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!).First(h => h.StartsWith("/scorecard/children", StringComparison.Ordinal));
        var drill = await client.GetPageAsync(link);
        var childLinks = drill.QuerySelectorAll("main table a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(childLinks);
        Assert.All(childLinks, h => Assert.StartsWith("/children/", h, StringComparison.Ordinal));

        var other = await client.GetAsync($"/scorecard/children?measure=A1&year={Year}&la={Demo.OtherLa}");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        var api = await factory.ApiClientAsync(Demo.User(StaffRole.PerformanceOfficer, Demo.OwnLa));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/scorecard/children?measure=A1&laCode={Demo.OtherLa}")).StatusCode);
        var csv = await (await api.GetAsync($"/api/scorecard/export/csv?yearEnding={Year}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(Demo.OtherLa, csv, StringComparison.Ordinal);
        Assert.Contains("Kingsmere City Council", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ScorecardPage_AsReadOnly_ShowsFiguresWithoutLinksToChildren()
    {
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.ReadOnly, "raa"));
        var page = await client.GetPageAsync("/scorecard");
        Assert.NotEmpty(page.QuerySelectorAll("main table tbody tr"));
        Assert.DoesNotContain(page.QuerySelectorAll("main a"), a => a.GetAttribute("href")!.StartsWith("/scorecard/children", StringComparison.Ordinal));
        var drill = await client.GetAsync("/scorecard/children?measure=A1");
        Assert.Equal(HttpStatusCode.Redirect, drill.StatusCode);
    }

    [Fact]
    public async Task Scorecard_FromRecordedEvents_EqualsTheEngineOnTheSameJourneys()
    {
        // Journeys recorded one event at a time through the recorder, as the pages record them,
        // against the same journeys written directly as scorecard journeys.
        var options = TestDatabase.CreateEmpty();
        var clock = new FakeTimeProvider(PermanenceFactory.Now);
        await using var db = new PermanenceDbContext(options.BuildOptions(), new SystemDataScope("test"), clock);
        await db.Database.MigrateAsync();
        var region = new Region { Name = "Test region" };
        var raa = new Organisation { Type = OrganisationType.RegionalAdoptionAgency, Name = "Test RAA", ShortName = "raa" };
        var la1 = new Organisation { Type = OrganisationType.LocalAuthority, Name = "First LA", ShortName = "first", LaCode = "801" };
        var la2 = new Organisation { Type = OrganisationType.LocalAuthority, Name = "Second LA", ShortName = "second", LaCode = "802" };
        region.Organisations.AddRange([raa, la1, la2]);
        db.Regions.Add(region);
        await db.SaveChangesAsync();

        var d = (string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        var cases = new (Organisation La, AdoptionJourney Expected, JourneyEvent[] Events)[]
        {
            // A usual journey in the year: A1 400, A2 100.
            (la1, new("", "801", d("2024-06-01"), d("2025-07-06"), null, false, d("2025-03-01"), d("2025-06-09"), d("2025-12-01"), false), [
                E(JourneyEventType.EnteredCare, "2024-06-01"), E(JourneyEventType.ShouldBePlacedDecision, "2024-12-01"),
                E(JourneyEventType.PlacementOrderGranted, "2025-03-01"), E(JourneyEventType.MatchDecision, "2025-06-09"),
                E(JourneyEventType.MovedInWithAdopters, "2025-07-06"), E(JourneyEventType.AdoptionOrder, "2025-12-01")]),
            // Relinquished: out of A2.
            (la1, new("", "801", d("2025-01-10"), d("2025-05-01"), null, false, null, d("2025-04-20"), d("2026-01-15"), true), [
                E(JourneyEventType.EnteredCare, "2025-01-10"), E(JourneyEventType.ShouldBePlacedDecision, "2025-03-01"),
                E(JourneyEventType.ParentalConsentToPlacement, "2025-03-10"), E(JourneyEventType.MatchDecision, "2025-04-20"),
                E(JourneyEventType.MovedInWithAdopters, "2025-05-01"), E(JourneyEventType.AdoptionOrder, "2026-01-15")]),
            // Foster carers who adopt, after a disruption and a second placement order year: counted from the carers for A10.
            (la2, new("", "802", d("2022-02-01"), d("2023-09-01"), d("2022-03-01"), true, d("2022-10-01"), d("2023-08-20"), d("2024-05-05"), false), [
                E(JourneyEventType.EnteredCare, "2022-02-01"), E(JourneyEventType.ShouldBePlacedDecision, "2022-08-01"),
                E(JourneyEventType.PlacementOrderGranted, "2022-10-01"), E(JourneyEventType.MatchDecision, "2022-12-01"),
                E(JourneyEventType.MovedInWithAdopters, "2022-12-15"), E(JourneyEventType.Disruption, "2023-03-01", "Broke down"),
                E(JourneyEventType.MatchDecision, "2023-08-20"),
                new(Guid.NewGuid(), JourneyEventType.MovedInWithAdopters, d("2023-09-01"), AdoptedByFosterCarers: true, MovedInWithFosterCarersOn: d("2022-03-01")),
                E(JourneyEventType.AdoptionOrder, "2024-05-05")]),
            // Adopted before the three years: in neither figure.
            (la2, new("", "802", d("2019-01-01"), d("2020-01-01"), null, false, d("2019-06-01"), d("2019-12-01"), d("2020-06-01"), false), [
                E(JourneyEventType.EnteredCare, "2019-01-01"), E(JourneyEventType.ShouldBePlacedDecision, "2019-05-01"),
                E(JourneyEventType.PlacementOrderGranted, "2019-06-01"), E(JourneyEventType.MatchDecision, "2019-12-01"),
                E(JourneyEventType.MovedInWithAdopters, "2020-01-01"), E(JourneyEventType.AdoptionOrder, "2020-06-01")]),
        };

        var expected = new List<AdoptionJourney>();
        foreach (var (la, journey, events) in cases)
        {
            var child = new Child { OwningOrganisationId = la.Id, GivenName = "Test", FamilyName = "Child", EthnicityCode = "WBRI", DateOfBirth = journey.EnteredCare.AddDays(-10), DateEnteredCare = journey.EnteredCare };
            db.Children.Add(child);
            foreach (var e in events)
            {
                var result = JourneyRecorder.Record(child, e, JourneyEventSource.Recorded, Today);
                Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(x => x.Message)));
            }

            await db.SaveChangesAsync();
            expected.Add(journey with { ChildId = child.Id.ToString() });
        }

        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(PermanenceClaims.OrganisationId, raa.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(PermanenceClaims.RegionId, region.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(PermanenceClaims.OrganisationType, nameof(OrganisationType.RegionalAdoptionAgency)),
            ], "test"));
        var report = await new ScorecardFigures(db, TimeProvider.System).LoadAsync(user, Year, null, Today);
        foreach (var area in report.Areas)
        {
            var engine = AdoptionScorecard.ForYearEnding(expected.Where(j => area.LaCode is null || j.LocalAuthorityCode == area.LaCode), Year);
            Assert.Equal(engine, area.Figures, new ScorecardComparer());
        }

        var region3 = report.Areas.Single(a => a.LaCode is null).Figures.ThreeYears;
        Assert.Equal([111, 400, 577], region3.A1.Children.Select(c => c.Days).Order());
        Assert.Equal(3, region3.A10.Count);
        Assert.Contains(region3.A10.Children, c => c.Days == 28); // from the carers' home, not the adoptive placement
        Assert.Contains(region3.Exclusions, e => e.Measure == "A2" && e.Reason.StartsWith("relinquished", StringComparison.Ordinal));
    }

    private static JourneyEvent E(JourneyEventType type, string date, string? reason = null) =>
        new(Guid.NewGuid(), type, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Reason: reason);

    /// <summary>Scorecards equal figure for figure and child for child (the records hold lists).</summary>
    private sealed class ScorecardComparer : IEqualityComparer<Domain.Scorecard.Scorecard>
    {
        public bool Equals(Domain.Scorecard.Scorecard? x, Domain.Scorecard.Scorecard? y) =>
            x is not null && y is not null && x.YearEnding == y.YearEnding && Same(x.OneYear, y.OneYear) && Same(x.ThreeYears, y.ThreeYears);

        private static bool Same(ScorecardResult a, ScorecardResult b) =>
            a.A1.Children.SequenceEqual(b.A1.Children) && a.A2.Children.SequenceEqual(b.A2.Children) && a.A3.Children.SequenceEqual(b.A3.Children)
            && a.A10.Children.SequenceEqual(b.A10.Children) && a.Exclusions.SequenceEqual(b.Exclusions) && a.A1.AverageDays == b.A1.AverageDays;

        public int GetHashCode(Domain.Scorecard.Scorecard obj) => obj.YearEnding;
    }
}
