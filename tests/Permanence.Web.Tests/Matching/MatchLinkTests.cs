using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Permanence.Domain.Adopters;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Matching;
using Permanence.Domain.Staff;
using Permanence.TestCommon;
using Permanence.Web.Tests.Children;

namespace Permanence.Web.Tests.Matching;

[Collection(WebCollection.Name)]
public class MatchLinkTests(PermanenceFactory factory)
{
    private Task<HttpClient> ApiAsync(StaffRole role, string org) => factory.ApiClientAsync(Demo.User(role, org));

    [Fact]
    public async Task Link_FromShortlistToMoveIn_ThroughTheApi_FeedsTheJourneyAndLinksTheHousehold()
    {
        var child = await factory.WaitingChildAsync("991");
        var household = await factory.LinkableHouseholdAsync("Link Api Household");
        var ff = await ApiAsync(StaffRole.FamilyFinder, "raa");

        var link = await (await ff.PostAsJsonAsync($"/api/matching/children/{child}/links", new { householdId = household })).JsonAsync(HttpStatusCode.Created);
        var id = link.GetProperty("id").GetGuid();
        Assert.Equal("Shortlisted", link.GetProperty("status").GetString());
        Assert.Equal(household, link.GetProperty("householdId").GetGuid());
        Assert.Equal("1 to 2 children aged 0 to 4; can take a sibling group; health and disability needs: Developmental delay; heritage, religion and language: Open to any heritage",
            link.GetProperty("household").GetProperty("approvalRange").GetString());
        var again = await (await ff.PostAsJsonAsync($"/api/matching/children/{child}/links", new { householdId = household })).ProblemErrorsAsync();
        Assert.Equal("This household is already shortlisted for the child", again.GetProperty("householdId")[0].GetString());
        var forChild = await ff.GetFromJsonAsync<JsonElement>($"/api/matching/children/{child}/links");
        Assert.Equal(id, forChild[0].GetProperty("id").GetGuid());

        link = await (await ff.PostAsJsonAsync($"/api/matching/links/{id}/visits", new { visitDate = "2026-11-23", visitors = "Family finder", notes = "Met the household", concurrencyStamp = link.Stamp() })).JsonAsync();
        Assert.Equal("Visiting", link.GetProperty("status").GetString());
        link = await (await ff.PutAsJsonAsync($"/api/matching/links/{id}/linking-meeting", new { linkingMeetingDate = "2026-11-23", outcome = "ProceedToPanel", concurrencyStamp = link.Stamp() })).JsonAsync();
        link = await (await ff.PostAsJsonAsync($"/api/matching/links/{id}/proceed", new { concurrencyStamp = link.Stamp() })).JsonAsync();
        Assert.Equal("Proceeding", link.GetProperty("status").GetString());

        var adviser = await ApiAsync(StaffRole.PanelAdviser, "raa");
        var ready = await adviser.GetFromJsonAsync<JsonElement>("/api/panels/ready");
        Assert.Contains(ready.EnumerateArray(), c => c.GetProperty("kind").GetString() == "Match" && c.GetProperty("caseId").GetGuid() == id && c.GetProperty("childId").GetGuid() == child);

        var meeting = await factory.PanelRecommendsAsync("Match", new { matchLinkId = id });
        var item = meeting.GetProperty("agenda")[0];
        Assert.Equal(child, item.GetProperty("childId").GetGuid());
        Assert.Equal(id, item.GetProperty("matchLinkId").GetGuid());
        Assert.DoesNotContain((await adviser.GetFromJsonAsync<JsonElement>("/api/panels/ready")).EnumerateArray(), c => c.GetProperty("caseId").GetGuid() == id);

        // The RAA's decision maker does not decide matches: the child's LA does, on the link.
        var raaAdm = await ApiAsync(StaffRole.AgencyDecisionMaker, "raa");
        var refused = await (await raaAdm.PostAsJsonAsync($"/api/panels/{meeting.GetProperty("id").GetGuid()}/items/{item.GetProperty("id").GetGuid()}/decision",
            new { decision = "Agreed", decisionDate = "2026-11-23", concurrencyStamp = item.Stamp() })).ProblemErrorsAsync();
        Assert.Equal("The child's local authority's agency decision maker records the match decision, on the link", refused.GetProperty("decision")[0].GetString());

        var adm = await ApiAsync(StaffRole.AgencyDecisionMaker, "991");
        link = await adm.GetFromJsonAsync<JsonElement>($"/api/matching/links/{id}");
        Assert.Equal("OnPanelAgenda", link.GetProperty("status").GetString());
        Assert.Equal("Recommended", link.GetProperty("panelRecommendation").GetString());
        Assert.Equal("2026-12-02", link.GetProperty("decisionDue").GetString()); // 7 working days after Monday 23 November
        Assert.Equal(JsonValueKind.Null, link.GetProperty("householdId").ValueKind); // the LA sees the household as presented only
        link = await (await adm.PostAsJsonAsync($"/api/matching/links/{id}/decision", new { decision = "Approve", decisionDate = "2026-11-23", concurrencyStamp = link.Stamp() })).JsonAsync();
        Assert.Equal("Matched", link.GetProperty("status").GetString());
        Assert.Equal("Met", link.GetProperty("decisionClock").GetString());

        link = await (await ff.PutAsJsonAsync($"/api/matching/links/{id}/introductions", new { introductionsStartDate = "2026-11-23", concurrencyStamp = link.Stamp() })).JsonAsync();
        link = await (await ff.PutAsJsonAsync($"/api/matching/links/{id}/moved-in", new { movedInDate = "2026-11-23", concurrencyStamp = link.Stamp() })).JsonAsync();
        Assert.Equal("MovedIn", link.GetProperty("status").GetString());

        var journey = await (await ApiAsync(StaffRole.SocialWorker, "991")).JourneyAsync(child);
        Assert.Equal("PlacedForAdoption", journey.GetProperty("stage").GetString());
        var types = journey.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Equal(["EnteredCare", "ShouldBePlacedDecision", "PlacementOrderGranted", "MatchDecision", "MovedInWithAdopters"], types);

        await using var db = factory.SystemContext();
        // What the ranking page reads to link each shortlisted household to its link.
        Assert.Equal([new Permanence.Data.Matching.ChildLink(household, id, MatchLinkStatus.MovedIn)], await new Permanence.Data.Matching.MatchLinkQueries(db).ForChildAsync(child));
        var h = await db.AdopterHouseholds.SingleAsync(x => x.Id == household);
        Assert.Equal(new DateOnly(2026, 11, 23), h.LinkedDate);
        Assert.Equal(AdopterStage.Matched, h.Stage);
        // The household is the RAA's: the system links it on the LA decision maker's behalf, audited (ADR 0065).
        var context = $"match decision on link {id}";
        Assert.True(await db.AuditEntries.AnyAsync(a => a.RecordType == "AdopterHousehold" && a.RecordId == household.ToString() && a.Context == context));
    }

    [Fact]
    public async Task AnotherLa_FindsNeitherTheLinkNorTheChildsLinks_AndTheOwnLaSeesThePresentedHouseholdOnly()
    {
        var child = await factory.WaitingChildAsync("991");
        var household = await factory.LinkableHouseholdAsync("Link Isolation Household");
        var ff = await ApiAsync(StaffRole.FamilyFinder, "raa");
        var link = await (await ff.PostAsJsonAsync($"/api/matching/children/{child}/links", new { householdId = household })).JsonAsync(HttpStatusCode.Created);
        var id = link.GetProperty("id").GetGuid();

        var other = await ApiAsync(StaffRole.SocialWorker, "992");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/matching/links/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/matching/children/{child}/links")).StatusCode);
        Assert.DoesNotContain((await other.GetFromJsonAsync<JsonElement>("/api/matching/links")).EnumerateArray(), l => l.GetProperty("id").GetGuid() == id);
        var otherPages = await factory.SignedInClientAsync(Demo.User(StaffRole.SocialWorker, "992"));
        Assert.Equal(HttpStatusCode.NotFound, (await otherPages.GetAsync($"/matching/links/{id}")).StatusCode);
        var otherAdm = await ApiAsync(StaffRole.AgencyDecisionMaker, "992");
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdm.PostAsJsonAsync($"/api/matching/links/{id}/decision", new { decision = "Approve", decisionDate = "2026-11-23", concurrencyStamp = link.Stamp() })).StatusCode);

        var own = await ApiAsync(StaffRole.SocialWorker, "991");
        var seen = await own.GetFromJsonAsync<JsonElement>($"/api/matching/links/{id}");
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("householdId").ValueKind);
        Assert.Equal("Link Isolation Household", seen.GetProperty("household").GetProperty("name").GetString());
        Assert.Equal("Adopt Northvale", seen.GetProperty("household").GetProperty("agency").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await own.GetAsync($"/api/adopters/{household}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await own.PostAsJsonAsync($"/api/matching/links/{id}/visits", new { visitDate = "2026-11-23", visitors = "x", concurrencyStamp = link.Stamp() })).StatusCode);

        var ownPage = await (await factory.SignedInClientAsync(Demo.User(StaffRole.SocialWorker, "991"))).GetPageAsync($"/matching/links/{id}");
        var presented = ownPage.QuerySelector("#presented")!.TextContent;
        Assert.Contains("Link Isolation Household, approved by Adopt Northvale", presented, StringComparison.Ordinal);
        Assert.Contains("Lives in Larkfield", presented, StringComparison.Ordinal);
        Assert.Empty(ownPage.QuerySelectorAll("a[href^='/adopters/']"));
        Assert.DoesNotContain(ownPage.QuerySelectorAll("form[method=post] button[type=submit]"), b => b.TextContent.Contains("visit", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task LinkPage_BadInput_IsRefusedAtTheField_AndWritesNothing()
    {
        var child = await factory.WaitingChildAsync("993");
        var household = await factory.LinkableHouseholdAsync("Link Page Household");
        var pages = await factory.SignedInClientAsync(Demo.User(StaffRole.FamilyFinder, "raa"));

        var none = await (await pages.PostFormAsync($"/matching/children/{child}/links", new Dictionary<string, string>())).ReadHtmlAsync();
        Assert.Contains("Select a household", none.QuerySelector("#HouseholdId-error")!.TextContent, StringComparison.Ordinal);
        var shortlisted = await pages.PostFormAsync($"/matching/children/{child}/links", new Dictionary<string, string> { ["HouseholdId"] = household.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, shortlisted.StatusCode);
        var url = shortlisted.Headers.Location!.OriginalString;
        var id = Guid.Parse(url.Split('/')[^1]);

        var future = await (await pages.PostFormAsync(url, new Dictionary<string, string> { ["VisitDate.Day"] = "24", ["VisitDate.Month"] = "11", ["VisitDate.Year"] = "2026", ["Visitors"] = "Family finder" }, "form[action*='handler=Visit']")).ReadHtmlAsync();
        Assert.Contains("Date of the visit must be today or in the past", future.QuerySelector("#VisitDate-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Date of the visit must be today or in the past", future.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        var empty = await (await pages.PostFormAsync(url, new Dictionary<string, string>(), "form[action*='handler=Visit']")).ReadHtmlAsync();
        Assert.Contains("Enter the date of the visit", empty.QuerySelector("#VisitDate-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Enter who visited or met", empty.QuerySelector("#Visitors-error")!.TextContent, StringComparison.Ordinal);
        var proceedEarly = await (await pages.PostFormAsync(url, new Dictionary<string, string> { ["LinkingMeetingDate.Day"] = "23", ["LinkingMeetingDate.Month"] = "11", ["LinkingMeetingDate.Year"] = "2026" }, "form[action*='handler=LinkingMeeting']")).ReadHtmlAsync();
        Assert.Contains("Select what the linking meeting decided", proceedEarly.QuerySelector("#LinkingMeetingOutcome-error")!.TextContent, StringComparison.Ordinal);
        var noReason = await (await pages.PostFormAsync(url, new Dictionary<string, string> { ["CloseAs"] = "Declined" }, "form[action*='handler=Close']")).ReadHtmlAsync();
        Assert.Contains("Select the reason for declining the link", noReason.QuerySelector("#DeclineReason-error")!.TextContent, StringComparison.Ordinal);
        var badFee = await (await pages.PostFormAsync(url, new Dictionary<string, string> { ["FeeStatus"] = "NotApplicable", ["FeeAmount"] = "27000" }, "form[action*='handler=Fee']")).ReadHtmlAsync();
        Assert.Contains("Leave the amount empty when no inter-agency fee applies", badFee.QuerySelector("#FeeAmount-error")!.TextContent, StringComparison.Ordinal);

        await using (var db = factory.SystemContext())
        {
            var unchanged = await db.MatchLinks.Include(l => l.Visits).SingleAsync(l => l.Id == id);
            Assert.Equal(MatchLinkStatus.Shortlisted, unchanged.Status);
            Assert.Empty(unchanged.Visits);
            Assert.Null(unchanged.LinkingMeetingDate);
            Assert.Equal(InterAgencyFeeStatus.NotApplicable, unchanged.FeeStatus);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await pages.PostFormAsync(url, new Dictionary<string, string> { ["FeeStatus"] = "Agreed", ["FeeAmount"] = "27,000.50" }, "form[action*='handler=Fee']")).StatusCode);
        var declined = await pages.PostFormAsync(url, new Dictionary<string, string> { ["CloseAs"] = "Declined", ["DeclineReason"] = "LocationOrContact", ["CloseNotes"] = "Too far for contact with the birth grandmother" }, "form[action*='handler=Close']");
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        var page = await pages.GetPageAsync(url);
        Assert.Equal("Declined", page.QuerySelector("#link-status")!.TextContent.Trim());
        Assert.Contains("Location or birth family contact. Too far for contact with the birth grandmother", page.QuerySelector("#closed")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Agreed, £27,000.50", page.QuerySelector("#fee")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shortlist_RefusesAHouseholdNotApproved_AndAChildNotWaiting()
    {
        var waiting = await factory.WaitingChildAsync("994");
        var notWaiting = await factory.NewChildAsync("994");
        var assessing = await factory.LinkableHouseholdAsync("Link Assessing Household", stage: AdopterStage.StageTwo);
        var approved = await factory.LinkableHouseholdAsync("Link Approved Household", agency: "Hearthstone Adoption");
        var ff = await ApiAsync(StaffRole.FamilyFinder, "raa");

        // The ranking's hard rules apply: a household approved for children up to 1 cannot be shortlisted for a 3-year-old.
        var tooYoung = await factory.LinkableHouseholdAsync("Link Babies Household", maximumAgeYears: 1);
        var failsRule = await (await ff.PostAsJsonAsync($"/api/matching/children/{waiting}/links", new { householdId = tooYoung })).ProblemErrorsAsync();
        Assert.StartsWith("The household fails a hard requirement for the child: ", failsRule.GetProperty("householdId")[0].GetString(), StringComparison.Ordinal);
        var notApproved = await (await ff.PostAsJsonAsync($"/api/matching/children/{waiting}/links", new { householdId = assessing })).ProblemErrorsAsync();
        Assert.Equal("Select a household that is approved and waiting to be matched", notApproved.GetProperty("householdId")[0].GetString());
        var tooSoon = await (await ff.PostAsJsonAsync($"/api/matching/children/{notWaiting}/links", new { householdId = approved })).ProblemErrorsAsync();
        Assert.StartsWith("The child is not waiting for a family", tooSoon.GetProperty("childId")[0].GetString(), StringComparison.Ordinal);
        await using (var db = factory.SystemContext())
        {
            Assert.False(await db.MatchLinks.AnyAsync(l => l.ChildId == waiting || l.ChildId == notWaiting));
        }

        var interAgency = await (await ff.PostAsJsonAsync($"/api/matching/children/{waiting}/links", new { householdId = approved })).JsonAsync(HttpStatusCode.Created);
        Assert.True(interAgency.GetProperty("household").GetProperty("interAgency").GetBoolean());
        var fee = await (await ff.PutAsJsonAsync($"/api/matching/links/{interAgency.GetProperty("id").GetGuid()}/fee", new { feeStatus = "Invoiced", feeAmount = 27000.999m, concurrencyStamp = interAgency.Stamp() })).ProblemErrorsAsync();
        Assert.Equal("Amount must be in pounds and pence", fee.GetProperty("feeAmount")[0].GetString());
        var stale = await ff.PutAsJsonAsync($"/api/matching/links/{interAgency.GetProperty("id").GetGuid()}/fee", new { feeStatus = "Invoiced", feeAmount = 27000m, concurrencyStamp = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var linkId = interAgency.GetProperty("id").GetGuid();
        var noWords = await (await ff.PostAsJsonAsync($"/api/matching/links/{linkId}/decline", new { withdrawn = true, concurrencyStamp = interAgency.Stamp() })).ProblemErrorsAsync();
        Assert.Equal("Enter why the link was withdrawn", noWords.GetProperty("notes")[0].GetString());
        var withdrawn = await (await ff.PostAsJsonAsync($"/api/matching/links/{linkId}/decline", new { withdrawn = true, notes = "The household moved abroad", concurrencyStamp = interAgency.Stamp() })).JsonAsync();
        Assert.Equal(("Withdrawn", "The household moved abroad"), (withdrawn.GetProperty("status").GetString(), withdrawn.GetProperty("closeNotes").GetString()));
    }

    [Fact]
    public async Task MatchDecision_ThatBreaksAJourneyRule_IsRefusedAtTheDate_AndNothingIsSaved()
    {
        var child = await factory.WaitingChildAsync("995");
        var household = await factory.LinkableHouseholdAsync("Link Journey Rule Household");
        var link = await factory.ProceedingLinkAsync(child, household);
        var id = link.GetProperty("id").GetGuid();
        await factory.PanelRecommendsAsync("Match", new { matchLinkId = id });
        // Someone recorded a match on the child's journey by hand meanwhile.
        await (await ApiAsync(StaffRole.SocialWorker, "995")).RecordAllAsync(child, ("MatchDecision", "2026-11-20", null));

        var adm = await ApiAsync(StaffRole.AgencyDecisionMaker, "995");
        link = await adm.GetFromJsonAsync<JsonElement>($"/api/matching/links/{id}");
        var before = await adm.PostAsJsonAsync($"/api/matching/links/{id}/decision", new { decision = "Approve", decisionDate = "2026-11-22", concurrencyStamp = link.Stamp() });
        Assert.Equal("Decision date must be on or after the panel (23 November 2026)", (await before.ProblemErrorsAsync()).GetProperty("decisionDate")[0].GetString());
        var broken = await adm.PostAsJsonAsync($"/api/matching/links/{id}/decision", new { decision = "Approve", decisionDate = "2026-11-23", concurrencyStamp = link.Stamp() });
        Assert.Contains("already matched (on 20 November 2026)", (await broken.ProblemErrorsAsync()).GetProperty("decisionDate")[0].GetString(), StringComparison.Ordinal);
        var against = await adm.PostAsJsonAsync($"/api/matching/links/{id}/decision", new { decision = "DoNotApprove", decisionDate = "2026-11-23", concurrencyStamp = link.Stamp() });
        Assert.Equal("Enter the reasons for not following the panel's recommendation", (await against.ProblemErrorsAsync()).GetProperty("reasons")[0].GetString());

        await using var db = factory.SystemContext();
        var saved = await db.MatchLinks.SingleAsync(l => l.Id == id);
        Assert.Equal(MatchLinkStatus.OnPanelAgenda, saved.Status);
        Assert.Null(saved.MatchDecisionDate);
        Assert.Equal(1, await db.ChildJourneyEvents.CountAsync(e => e.ChildId == child && e.Type == JourneyEventType.MatchDecision));
        Assert.Null((await db.AdopterHouseholds.SingleAsync(h => h.Id == household)).LinkedDate);

        // Not approving, with reasons, declines the link for that reason; the household stays waiting.
        var notApproved = await (await adm.PostAsJsonAsync($"/api/matching/links/{id}/decision", new { decision = "DoNotApprove", decisionDate = "2026-11-23", reasons = "The child is already matched elsewhere", concurrencyStamp = link.Stamp() })).JsonAsync();
        Assert.Equal("Declined", notApproved.GetProperty("status").GetString());
        Assert.Equal("NotApprovedByDecisionMaker", notApproved.GetProperty("declineReason").GetString());
        await using var after = factory.SystemContext();
        var h = await after.AdopterHouseholds.SingleAsync(x => x.Id == household);
        Assert.Null(h.LinkedDate);
        Assert.Equal(AdopterStage.Approved, h.Stage);
    }

    [Fact]
    public async Task AChildsDisruption_IsReadyForPanel_AndGoesOnTheAgendaWithTheChild()
    {
        var child = await factory.NewChildAsync("994", enteredCare: "2024-06-01", givenName: "Disrupted");
        await (await ApiAsync(StaffRole.SocialWorker, "994")).RecordAllAsync(child,
            ("ShouldBePlacedDecision", "2024-09-02", null),
            ("PlacementOrderGranted", "2024-12-02", null),
            ("MatchDecision", "2025-02-03", null),
            ("MovedInWithAdopters", "2025-02-20", new { adoptedByFosterCarers = false }),
            ("Disruption", "2026-11-02", new { reason = "The placement broke down" }));

        var adviser = await ApiAsync(StaffRole.PanelAdviser, "raa");
        var ready = (await adviser.GetFromJsonAsync<JsonElement>("/api/panels/ready")).EnumerateArray().Single(c => c.GetProperty("caseId").GetGuid() == child);
        Assert.Equal("DisruptionReport", ready.GetProperty("kind").GetString());
        Assert.Equal("Disruption on 2 November 2026: The placement broke down", ready.GetProperty("why").GetString());

        var meeting = await factory.PanelRecommendsAsync("DisruptionReport", new { childId = child });
        var item = meeting.GetProperty("agenda")[0];
        Assert.Equal(child, item.GetProperty("childId").GetGuid());
        Assert.Equal("Recommended", item.GetProperty("recommendation").GetString());
        Assert.DoesNotContain((await adviser.GetFromJsonAsync<JsonElement>("/api/panels/ready")).EnumerateArray(), c => c.GetProperty("caseId").GetGuid() == child);

        var page = await (await factory.SignedInClientAsync(Demo.User(StaffRole.PanelAdviser, "raa"))).GetPageAsync($"/panels/{meeting.GetProperty("id").GetGuid()}");
        Assert.Contains("Disruption report: Disrupted Tester", page.QuerySelector("#agenda")!.TextContent.Replace("\n", " ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinksList_ShowsMyLinksToTheFamilyFinder_AndHighlightsTheLongWait()
    {
        var child = await factory.WaitingChildAsync("992", givenName: "Listed");
        var household = await factory.LinkableHouseholdAsync("Link List Household");
        var ff = await ApiAsync(StaffRole.FamilyFinder, "raa");
        var link = await (await ff.PostAsJsonAsync($"/api/matching/children/{child}/links", new { householdId = household })).JsonAsync(HttpStatusCode.Created);
        Assert.True(link.GetProperty("waitedEighteenMonths").GetBoolean()); // entered care 4 November 2024: 18 months on 4 May 2026

        var mine = await ff.GetFromJsonAsync<JsonElement>("/api/matching/links?mine=true");
        Assert.Contains(mine.EnumerateArray(), l => l.GetProperty("id").GetGuid() == link.GetProperty("id").GetGuid());
        var bad = await ff.GetAsync("/api/matching/links?status=Nonsense");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var page = await (await factory.SignedInClientAsync(Demo.User(StaffRole.FamilyFinder, "raa"))).GetPageAsync("/matching/links");
        var row = page.QuerySelectorAll("#links tbody tr").Single(r => r.TextContent.Contains("Link List Household", StringComparison.Ordinal));
        Assert.Contains("Waited 18 months or more", row.TextContent, StringComparison.Ordinal);
        var linkPage = await (await factory.SignedInClientAsync(Demo.User(StaffRole.TeamManager, "992"))).GetPageAsync($"/matching/links/{link.GetProperty("id").GetGuid()}");
        Assert.Contains("has waited 18 months or more since entering care (4 November 2024)", linkPage.QuerySelector("#highlight")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOpenApiDocument_DescribesEveryLinkRoute()
    {
        var paths = (await factory.NewClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");
        foreach (var (path, method) in new[]
        {
            ("/api/matching/links", "get"), ("/api/matching/links/{linkId}", "get"), ("/api/matching/children/{childId}/links", "post"),
            ("/api/matching/links/{linkId}/visits", "post"), ("/api/matching/links/{linkId}/linking-meeting", "put"), ("/api/matching/links/{linkId}/proceed", "post"),
            ("/api/matching/links/{linkId}/decline", "post"), ("/api/matching/links/{linkId}/fee", "put"), ("/api/matching/links/{linkId}/decision", "post"),
            ("/api/matching/links/{linkId}/introductions", "put"), ("/api/matching/links/{linkId}/moved-in", "put"),
        })
        {
            Assert.True(paths.TryGetProperty(path, out var item) && item.TryGetProperty(method, out _), $"{method} {path} is not in the OpenAPI document");
        }
    }
}
