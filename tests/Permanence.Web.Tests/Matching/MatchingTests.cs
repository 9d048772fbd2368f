using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Permanence.Data.Matching;
using Permanence.Domain.Staff;
using Permanence.TestCommon;
using Permanence.Web.Tests.Children;

namespace Permanence.Web.Tests.Matching;

[Collection(WebCollection.Name)]
public class MatchingTests(PermanenceFactory factory)
{
    private static readonly string FamilyFinder = Demo.User(StaffRole.FamilyFinder, "raa");

    private static DateOnly Today => DateOnly.FromDateTime(PermanenceFactory.Now.UtcDateTime);

    [Fact]
    public async Task Loader_SiblingsTogetherAreOneRequestLedByThePageChild_ApartAreSeparate_MatchedChildIsNotWaiting()
    {
        var elder = await factory.WaitingChildAsync("994", "Togetherelder", "2021-02-01");
        var younger = await factory.WaitingChildAsync("994", "Togetheryounger", "2023-06-01");
        await factory.LinkSiblingsAsync("994", placeTogether: true, elder, younger);
        var apartA = await factory.WaitingChildAsync("994", "Aparta", "2021-02-01");
        var apartB = await factory.WaitingChildAsync("994", "Apartb", "2023-06-01");
        await factory.LinkSiblingsAsync("994", placeTogether: false, apartA, apartB);
        var matched = await factory.WaitingChildAsync("994", "Matchedalready", matched: true);

        await using var db = factory.SystemContext();
        var waiting = await MatchingQueries.WaitingAsync(db, Today);
        var together = Assert.Single(waiting, r => r.Children.Any(c => c.ChildId == elder));
        Assert.Equal(new[] { elder, younger }.Order(), together.Children.Select(c => c.ChildId).Order());
        Assert.Equal(together.LeadChildId, together.Children[0].ChildId);
        Assert.DoesNotContain(waiting, r => r != together && r.Children.Any(c => c.ChildId == younger));
        Assert.Single(Assert.Single(waiting, r => r.LeadChildId == apartA).Children);
        Assert.Single(Assert.Single(waiting, r => r.LeadChildId == apartB).Children);
        Assert.DoesNotContain(waiting, r => r.Children.Any(c => c.ChildId == matched));

        // On the younger sibling's page the request is led by the younger sibling, the elder with them.
        var forYounger = await MatchingQueries.RequestForChildAsync(db, younger, Today);
        Assert.NotNull(forYounger);
        Assert.Equal(younger, forYounger.LeadChildId);
        Assert.Equal([younger, elder], forYounger.Children.Select(c => c.ChildId));
        Assert.Contains(Domain.Children.Journey.PriorityReason.SiblingGroup, forYounger.PriorityReasons);
        Assert.Null(await MatchingQueries.RequestForChildAsync(db, matched, Today));
        Assert.Equal(new DateOnly(2024, 11, 4), forYounger.EnteredCare);

        // A matched child is not ranked: the page says so, the API answers 409.
        var api = await factory.ApiClientAsync(FamilyFinder);
        var notWaiting = await api.GetAsync($"/api/matching/children/{matched}");
        Assert.Equal(HttpStatusCode.Conflict, notWaiting.StatusCode);
        Assert.Equal("application/problem+json", notWaiting.Content.Headers.ContentType!.MediaType);
        var page = await (await factory.SignedInClientAsync(FamilyFinder)).GetPageAsync($"/matching/children/{matched}");
        Assert.Equal("Matchedalready Tester is not waiting for a family", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Ranking_Page_RanksTheHouseholdThatMeetsTheNeed_ListsTheOtherWithTheFailingRule_ShowsWeightsAndShortlistForm()
    {
        var child = await factory.WaitingChildAsync("991", "Rankable");
        var la = await factory.ApiClientAsync(Demo.User(StaffRole.SocialWorker, "991"));
        var profile = await la.GetFromJsonAsync<JsonElement>($"/api/children/{child}/matching-profile");
        var put = await la.PutAsJsonAsync($"/api/children/{child}/matching-profile", new
        {
            needs = new[] { "LearningDisability" }, religion = "Christian", firstLanguage = "English", avoidOwnLocalAuthority = false,
            concurrencyStamp = profile.GetProperty("concurrencyStamp").GetGuid(),
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var meets = await factory.ApprovedHouseholdAsync("Pool Meets Learning", needs: "LearningDisability,DevelopmentalDelay", vaa: true, latitude: 53.81, longitude: -1.56);
        var cannot = await factory.ApprovedHouseholdAsync("Pool Cannot Meet", needs: "DevelopmentalDelay");

        var client = await factory.SignedInClientAsync(FamilyFinder);
        var page = await client.GetPageAsync($"/matching/children/{child}");
        var ranked = page.QuerySelector("#ranked")!.TextContent;
        Assert.Contains("Pool Meets Learning", ranked, StringComparison.Ordinal);
        Assert.Contains("Inter-agency", ranked, StringComparison.Ordinal);
        Assert.DoesNotContain("Pool Cannot Meet", ranked, StringComparison.Ordinal);
        var excludedRow = page.QuerySelectorAll("#excluded tr").Single(r => r.TextContent.Contains("Pool Cannot Meet", StringComparison.Ordinal));
        Assert.Contains("Needs the household can meet", excludedRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("learning disability", excludedRow.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Early permanence", page.QuerySelector("#weights")!.TextContent, StringComparison.Ordinal);
        var form = page.QuerySelectorAll($"form[action='/matching/children/{child}/links']")
            .Single(f => f.QuerySelector("input[name=HouseholdId]")!.GetAttribute("value") == meets.ToString());
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Equal("post", form.GetAttribute("method"));

        // The search keeps the households' places; an impossible distance is refused at the field.
        var searched = await client.GetPageAsync($"/matching/children/{child}?search=Cannot");
        Assert.DoesNotContain("Pool Meets Learning", searched.QuerySelector("#ranked")!.TextContent, StringComparison.Ordinal);
        var bad = await client.GetPageAsync($"/matching/children/{child}?maxDistanceKm=far");
        Assert.Contains("Maximum distance must be a whole number of kilometres from 1 to 1000", bad.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        // The API gives the same ranking, with each rule and score explained; the distance filter keeps the near household.
        var api = await factory.ApiClientAsync(FamilyFinder);
        var ranking = await api.GetFromJsonAsync<JsonElement>($"/api/matching/children/{child}?maxDistanceKm=25");
        var first = ranking.GetProperty("ranked").EnumerateArray().Single(r => r.GetProperty("household").GetProperty("householdId").GetGuid() == meets);
        Assert.True(first.GetProperty("household").GetProperty("interAgency").GetBoolean());
        Assert.All(first.GetProperty("hardRules").EnumerateArray(), r => Assert.True(r.GetProperty("passed").GetBoolean()));
        Assert.Equal(7, first.GetProperty("softScores").GetArrayLength());
        Assert.Equal(25, ranking.GetProperty("weights").GetProperty("earlyPermanence").GetDouble());
        Assert.DoesNotContain(ranking.GetProperty("excluded").EnumerateArray(), e => e.GetProperty("household").GetProperty("householdId").GetGuid() == cannot);
        var problem = await api.GetAsync($"/api/matching/children/{child}?maxDistanceKm=0");
        Assert.Equal("Maximum distance must be a whole number of kilometres from 1 to 1000", (await problem.ProblemErrorsAsync()).GetProperty("maxDistanceKm")[0].GetString());

        // The other way round: the household's page lists the child.
        var possible = await api.GetFromJsonAsync<JsonElement>($"/api/matching/households/{meets}/children");
        Assert.Contains(possible.EnumerateArray(), p => p.GetProperty("child").GetProperty("childId").GetGuid() == child);
        var householdPage = await client.GetPageAsync($"/adopters/{meets}/children");
        Assert.NotNull(householdPage.QuerySelector($"#possible-children a[href='/matching/children/{child}']"));
        Assert.NotNull((await client.GetPageAsync($"/adopters/{meets}")).QuerySelector("#possible-children-heading"));
    }

    [Fact]
    public async Task WaitingList_HighlightsLongWaitsAndPriority_AndFiltersByLa()
    {
        var child = await factory.WaitingChildAsync("993", "Longwaiter", "2020-01-15");
        var client = await factory.SignedInClientAsync(FamilyFinder);
        var page = await client.GetPageAsync("/matching?la=993");
        var row = page.QuerySelectorAll("#waiting tbody tr").Single(r => r.QuerySelector($"a[href='/matching/children/{child}']") is not null);
        Assert.Contains("18 months or more", row.TextContent, StringComparison.Ordinal); // in care since 4 November 2024
        Assert.Contains("Aged 4 or over", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("4 November 2024", row.TextContent, StringComparison.Ordinal);
        // Aged 6, no needs: every approved household of the region approved up to 6 or older could take them.
        await using (var db = factory.SystemContext())
        {
            var region = await db.Organisations.Where(o => o.LaCode == "993").Select(o => o.RegionId).SingleAsync();
            var expected = (await MatchingQueries.ApprovedHouseholdsAsync(db, region)).Count(h => h.MinimumAgeYears <= 6 && h.MaximumAgeYears >= 6 && h.MinimumChildren <= 1);
            var cells = row.QuerySelectorAll("td");
            Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[cells.Length - 1].TextContent.Trim());
        }

        Assert.All(page.QuerySelectorAll("#waiting tbody tr"), r => Assert.Contains("Westerby", r.TextContent, StringComparison.Ordinal));

        var api = await factory.ApiClientAsync(FamilyFinder);
        var list = await api.GetFromJsonAsync<JsonElement>("/api/matching/children?laCode=992");
        Assert.DoesNotContain(list.EnumerateArray(), c => c.GetProperty("childId").GetGuid() == child);
        Assert.All(list.EnumerateArray(), c => Assert.Equal("992", c.GetProperty("laCode").GetString()));
    }

    [Fact]
    public async Task LaUsers_AreRefusedTheRankingAndNeverSeeHouseholds_AndAnotherLasChildIsNotFound()
    {
        var child = await factory.WaitingChildAsync("991", "Isolated");
        var laApi = await factory.ApiClientAsync(Demo.User(StaffRole.TeamManager, "991"));
        Assert.Equal(HttpStatusCode.Forbidden, (await laApi.GetAsync($"/api/matching/children/{child}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await laApi.GetAsync("/api/matching/children")).StatusCode);
        var laPage = await factory.SignedInClientAsync(Demo.User(StaffRole.SocialWorker, "991"));
        var refused = await laPage.GetAsync($"/matching/children/{child}");
        Assert.Contains("/account/access-denied", refused.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);

        // The child's own LA edits the profile; another LA's worker finds no such child, by page or API.
        var other = await factory.SignedInClientAsync(Demo.User(StaffRole.SocialWorker, "992"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/children/{child}/matching-profile")).StatusCode);
        var otherApi = await factory.ApiClientAsync(Demo.User(StaffRole.SocialWorker, "992"));
        var put = await otherApi.PutAsJsonAsync($"/api/children/{child}/matching-profile", new { needs = Array.Empty<string>(), avoidOwnLocalAuthority = true, concurrencyStamp = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherApi.GetAsync($"/api/children/{child}/matching-profile")).StatusCode);

        // A family finder asking for a child that does not exist gets a Problem Details 404.
        var finder = await factory.ApiClientAsync(FamilyFinder);
        var missing = await finder.GetAsync($"/api/matching/children/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task MatchingProfile_BadInputWritesNothing_GoodInputIsSavedAndShownOnTheJourney()
    {
        var child = await factory.WaitingChildAsync("995", "Profiled");
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.SocialWorker, "995"));
        var refused = await (await client.PostFormAsync($"/children/{child}/matching-profile", new Dictionary<string, string>
        {
            ["Input.Needs"] = "Telepathy", ["Input.Religion"] = "Jedi", ["Input.FirstLanguage"] = "Klingon",
        })).ReadHtmlAsync();
        var summary = refused.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("“Telepathy” is not a need: select the needs from the list", summary, StringComparison.Ordinal);
        Assert.Contains("Select a religion from the list", summary, StringComparison.Ordinal);
        Assert.Contains("Select a first language from the list", summary, StringComparison.Ordinal);
        Assert.Contains("Select whether the plan says the child should live outside their own local authority", summary, StringComparison.Ordinal);
        await using (var db = factory.SystemContext())
        {
            var unchanged = await db.Children.SingleAsync(c => c.Id == child);
            Assert.Null(unchanged.MatchingNeeds);
            Assert.Null(unchanged.Religion);
        }

        var saved = await client.PostFormAsync($"/children/{child}/matching-profile", new Dictionary<string, string>
        {
            ["Input.Needs"] = "SensoryImpairment", ["Input.Religion"] = "Muslim", ["Input.FirstLanguage"] = "Urdu", ["Input.AvoidOwnLocalAuthority"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var journey = (await client.GetPageAsync($"/children/{child}/journey")).QuerySelector("#matching-profile")!.TextContent;
        Assert.Contains("Sensory impairment", journey, StringComparison.Ordinal);
        Assert.Contains("Muslim", journey, StringComparison.Ordinal);
        Assert.Contains("outside their own local authority", journey, StringComparison.Ordinal);

        // The RAA's family finder may change it too; a stale stamp is refused.
        var finder = await factory.ApiClientAsync(FamilyFinder);
        var stamp = (await finder.GetFromJsonAsync<JsonElement>($"/api/children/{child}/matching-profile")).GetProperty("concurrencyStamp").GetGuid();
        var ok = await finder.PutAsJsonAsync($"/api/children/{child}/matching-profile", new { needs = new[] { "SensoryImpairment", "PhysicalDisability" }, religion = "Muslim", firstLanguage = "Urdu", avoidOwnLocalAuthority = true, concurrencyStamp = stamp });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var stale = await finder.PutAsJsonAsync($"/api/children/{child}/matching-profile", new { needs = Array.Empty<string>(), avoidOwnLocalAuthority = false, concurrencyStamp = stamp });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var badApi = await finder.PutAsJsonAsync($"/api/children/{child}/matching-profile", new { needs = new[] { "Telepathy" }, avoidOwnLocalAuthority = false, concurrencyStamp = stamp });
        Assert.Equal("“Telepathy” is not a need: select the needs from the list", (await badApi.ProblemErrorsAsync()).GetProperty("needs")[0].GetString());
    }

    [Fact]
    public async Task ReviewOfApproval_StructuredRange_UnknownCodesAndImpossiblePlacesWriteNothing_ValidOnesAreSaved()
    {
        var household = await factory.ApprovedHouseholdAsync("Pool Reviewed Household");
        var api = await factory.ApiClientAsync(Demo.User(StaffRole.SocialWorker, "raa"));
        var read = await api.GetFromJsonAsync<JsonElement>($"/api/adopters/{household}");
        int kingsmere;
        await using (var db = factory.SystemContext())
        {
            kingsmere = await db.Organisations.Where(o => o.LaCode == "991").Select(o => o.Id).SingleAsync();
        }

        var review = new Dictionary<string, object?>
        {
            ["reviewDate"] = "2026-09-01", ["minimumChildren"] = 1, ["maximumChildren"] = 2, ["minimumAgeYears"] = 0, ["maximumAgeYears"] = 6,
            ["siblingGroups"] = true, ["location"] = "Kingsmere", ["concurrencyStamp"] = read.GetProperty("concurrencyStamp").GetGuid(),
            ["matching"] = new { needsCanMeet = new[] { "DevelopmentalDelay", "Telepathy" }, ethnicityCodes = new[] { "WBRI", "XXXX" }, religion = "Christian", languages = new[] { "English" }, livesInLocalAuthorityId = kingsmere, latitude = 95.0, longitude = -1.5, earlyPermanenceApproved = true },
        };
        var refused = await api.PostAsJsonAsync($"/api/adopters/{household}/reviews", review);
        var errors = await refused.ProblemErrorsAsync();
        Assert.Equal("“Telepathy” is not a need: select the needs from the list", errors.GetProperty("matching.needsCanMeet")[0].GetString());
        Assert.Equal("“XXXX” is not a DfE ethnicity code: enter codes like WBRI or MWBC", errors.GetProperty("matching.ethnicityCodes")[0].GetString());
        Assert.Equal("Latitude must be between 49.8 and 60.9 (in the United Kingdom)", errors.GetProperty("matching.latitude")[0].GetString());
        await using (var db = factory.SystemContext())
        {
            var h = await db.AdopterHouseholds.Include(x => x.Reviews).SingleAsync(x => x.Id == household);
            Assert.Empty(h.Reviews);
            Assert.False(h.EarlyPermanenceApproved);
        }

        review["matching"] = new { needsCanMeet = new[] { "DevelopmentalDelay", "LearningDisability" }, ethnicityCodes = new[] { "wbri", "MWBC" }, religion = "christian", languages = new[] { "English", "Polish" }, livesInLocalAuthorityId = kingsmere, latitude = 53.8, longitude = -1.55, earlyPermanenceApproved = true };
        var ok = await api.PostAsJsonAsync($"/api/adopters/{household}/reviews", review);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var matching = (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("approvalRange").GetProperty("matching");
        Assert.Equal(["WBRI", "MWBC"], matching.GetProperty("ethnicityCodes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Christian", matching.GetProperty("religion").GetString());
        await using (var db = factory.SystemContext())
        {
            var h = await db.AdopterHouseholds.Include(x => x.Reviews).SingleAsync(x => x.Id == household);
            Assert.Equal("DevelopmentalDelay,LearningDisability", h.RangeNeedsCanMeet);
            Assert.True(h.EarlyPermanenceApproved);
            Assert.Equal(kingsmere, h.LivesInLocalAuthorityId);
            Assert.Equal("DevelopmentalDelay,LearningDisability", Assert.Single(h.Reviews).NeedsCanMeet);
        }

        // The review page: an unreadable latitude is refused at the field, nothing is added.
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.SocialWorker, "raa"));
        var page = await (await client.PostFormAsync($"/adopters/{household}/reviews/new", new Dictionary<string, string>
        {
            ["Input.ReviewDate.Day"] = "2", ["Input.ReviewDate.Month"] = "9", ["Input.ReviewDate.Year"] = "2026", ["Input.MinimumChildren"] = "1", ["Input.MaximumChildren"] = "2",
            ["Input.MinimumAgeYears"] = "0", ["Input.MaximumAgeYears"] = "6", ["Input.SiblingGroups"] = "true", ["Input.Location"] = "Kingsmere",
            ["Input.Latitude"] = "north", ["Input.Longitude"] = "-1.5", ["Input.EthnicityCodes"] = "WBRI, ZZZZ",
        })).ReadHtmlAsync();
        var summary = page.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Latitude must be a number, like 52.4862", summary, StringComparison.Ordinal);
        Assert.Contains("“ZZZZ” is not a DfE ethnicity code", summary, StringComparison.Ordinal);
        await using (var db = factory.SystemContext())
        {
            Assert.Single(await db.ApprovalReviews.Where(r => r.HouseholdId == household).ToListAsync());
        }
    }

    [Fact]
    public async Task Sufficiency_TableChartAndDownloads_ForManagers()
    {
        await factory.WaitingChildAsync("992", "Sufficient");
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.ServiceManager, "raa"));
        var page = await client.GetPageAsync("/matching/sufficiency");
        Assert.NotEmpty(page.QuerySelectorAll("#sufficiency tbody tr"));
        Assert.NotEmpty(page.QuerySelectorAll("svg.app-bar-chart rect"));
        var csv = await client.GetAsync("/matching/sufficiency?handler=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("Age band,Children together", (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);

        var api = await factory.ApiClientAsync(Demo.User(StaffRole.PerformanceOfficer, "raa"));
        var rows = await api.GetFromJsonAsync<JsonElement>("/api/matching/sufficiency");
        Assert.All(rows.EnumerateArray(), r => Assert.Equal(Math.Max(0, r.GetProperty("waitingRequests").GetInt32() - r.GetProperty("householdsThatCanMeet").GetInt32()), r.GetProperty("shortfall").GetInt32()));
        Assert.True(rows.EnumerateArray().Sum(r => r.GetProperty("waitingChildren").GetInt32()) > 0);
        var xlsx = await api.GetAsync("/api/matching/sufficiency?format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/matching/sufficiency?format=pdf")).StatusCode);
    }

    [Fact]
    public async Task LaCentre_AdministratorSetsIt_ImpossibleValuesWriteNothing()
    {
        int millbrook;
        await using (var db = factory.SystemContext())
        {
            millbrook = await db.Organisations.Where(o => o.LaCode == "995").Select(o => o.Id).SingleAsync();
        }

        var api = await factory.ApiClientAsync(Demo.User(StaffRole.Administrator, "raa"));
        var centre = await api.GetFromJsonAsync<JsonElement>($"/api/organisations/{millbrook}/centre");
        var stamp = centre.GetProperty("concurrencyStamp").GetGuid();
        var bad = await api.PutAsJsonAsync($"/api/organisations/{millbrook}/centre", new { latitude = 53.96, longitude = 12.5, concurrencyStamp = stamp });
        Assert.Equal("Longitude must be between -8.7 and 1.8 (in the United Kingdom)", (await bad.ProblemErrorsAsync()).GetProperty("longitude")[0].GetString());
        var half = await api.PutAsJsonAsync($"/api/organisations/{millbrook}/centre", new { latitude = 53.96, concurrencyStamp = stamp });
        Assert.Equal("Enter both the latitude and the longitude, or neither", (await half.ProblemErrorsAsync()).GetProperty("longitude")[0].GetString());
        await using (var db = factory.SystemContext())
        {
            Assert.Equal(centre.GetProperty("latitude").GetDouble(), (await db.Organisations.SingleAsync(o => o.Id == millbrook)).CentreLatitude);
        }

        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.Administrator, "raa"));
        var saved = await client.PostFormAsync($"/admin/organisations/{millbrook}/centre", new Dictionary<string, string> { ["Input.Latitude"] = "53.9612", ["Input.Longitude"] = "-1.0801" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using (var db = factory.SystemContext())
        {
            var la = await db.Organisations.SingleAsync(o => o.Id == millbrook);
            Assert.Equal(53.9612, la.CentreLatitude);
            Assert.Equal(-1.0801, la.CentreLongitude);
        }

        Assert.Contains("53.9612, -1.0801", (await client.GetPageAsync("/admin/organisations")).QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }
}
