using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Permanence.Data.Model.Audit;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Staff;
using Permanence.TestCommon;
using static Permanence.Web.Tests.Children.JourneyTestData;

namespace Permanence.Web.Tests.Children;

[Collection(WebCollection.Name)]
public class JourneyPageTests(PermanenceFactory factory)
{
    private Task<HttpClient> SocialWorkerAsync(string la) => factory.SignedInClientAsync(Demo.User(StaffRole.SocialWorker, la));

    private static Task<HttpResponseMessage> PostEventAsync(HttpClient client, Guid child, string type, Dictionary<string, string> fields) =>
        client.PostFormAsync($"/children/{child}/journey/record/{type}", fields);

    private static async Task RecordAsync(HttpClient client, Guid child, string type, Dictionary<string, string> fields)
    {
        var response = await PostEventAsync(client, child, type, fields);
        var error = response.StatusCode == HttpStatusCode.Redirect ? "" : (await response.ReadHtmlAsync()).QuerySelector(".govuk-error-summary")?.TextContent;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{type}: {error}");
        Assert.Equal($"/children/{child}/journey?saved=recorded", response.Headers.Location!.OriginalString);
    }

    private async Task<int> EventCountAsync(Guid child)
    {
        await using var db = factory.SystemContext();
        return await db.ChildJourneyEvents.CountAsync(e => e.ChildId == child);
    }

    private static async Task<IHtmlDocument> ErrorPageAsync(HttpResponseMessage response, string message, string fieldId = "Input_Date")
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        var summary = page.QuerySelector(".govuk-error-summary");
        Assert.NotNull(summary);
        Assert.Contains(message, summary.TextContent, StringComparison.Ordinal);
        Assert.NotNull(summary.QuerySelector($"a[href='#{fieldId}']"));
        Assert.Contains(message, page.QuerySelector($"#{fieldId}-error")!.TextContent, StringComparison.Ordinal);
        return page;
    }

    [Fact]
    public async Task RecordFullAdoptionJourney_ThroughThePages_ShowsTheTimelineInOrder()
    {
        var child = await factory.NewChildAsync("993", enteredCare: "2024-11-04");
        var client = await SocialWorkerAsync("993");

        // Step 1 chooses the event; step 2 is that event's form.
        var chosen = await client.PostFormAsync($"/children/{child}/journey/record", new Dictionary<string, string> { ["Type"] = "LegalPlanningMeeting" });
        Assert.Equal($"/children/{child}/journey/record/LegalPlanningMeeting", chosen.Headers.Location!.OriginalString);
        var planForm = await client.GetPageAsync($"/children/{child}/journey/record/PermanencePlanMade");
        Assert.NotNull(planForm.QuerySelector("input[type=checkbox][name='Input.Routes'][value=LongTermFostering]"));
        Assert.Null(planForm.QuerySelector("textarea[name='Input.Reason']"));
        Assert.Null(planForm.QuerySelector("input[name='Input.AdoptedByFosterCarers']"));

        await RecordAsync(client, child, "LegalPlanningMeeting", DateFields("2024-11-20"));
        await RecordAsync(client, child, "CareProceedingsIssued", DateFields("2024-11-25"));
        await RecordAsync(client, child, "IdentifiedForAdoption", DateFields("2024-12-02"));
        var plan = new FormUrlEncodedContent(
            DateFields("2025-01-10").Append(new("Input.Routes", "Adoption")).Append(new("Input.Routes", "LongTermFostering"))
                .Append(new("Input.EarlyPermanence", "FosteringForAdoption")));
        var planResponse = await PostWithTokenAsync(client, $"/children/{child}/journey/record/PermanencePlanMade", plan);
        Assert.Equal(HttpStatusCode.Redirect, planResponse.StatusCode);
        await RecordAsync(client, child, "ShouldBePlacedDecision", DateFields("2025-03-05"));
        await RecordAsync(client, child, "CareProceedingsConcluded", DateFields("2025-05-01"));
        await RecordAsync(client, child, "PlacementOrderGranted", DateFields("2025-05-01"));
        await RecordAsync(client, child, "MatchDecision", DateFields("2025-07-01"));
        await RecordAsync(client, child, "MovedInWithAdopters",
            DateFields("2025-07-15").With("Input.AdoptedByFosterCarers", "true").Concat(DateFields("2025-01-20", "Input.MovedInWithFosterCarersOn")).ToDictionary());
        await RecordAsync(client, child, "AdoptionApplication", DateFields("2025-09-01"));
        await RecordAsync(client, child, "AdoptionOrder", DateFields("2025-12-01"));

        var page = await client.GetPageAsync($"/children/{child}/journey");
        Assert.Equal("Adopted", page.QuerySelector("#stage")!.TextContent.Trim());
        var rows = page.QuerySelectorAll("#timeline tbody tr").Select(r => r.QuerySelectorAll("td").Take(2).Select(td => td.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(
            [
                ["4 November 2024", "Entered care"],
                ["20 November 2024", "Legal planning meeting"],
                ["25 November 2024", "Care proceedings issued"],
                ["2 December 2024", "Identified as possibly needing adoption"],
                ["10 January 2025", "Permanence plan"],
                ["5 March 2025", "Should be placed for adoption decision (SHOBPA)"],
                ["1 May 2025", "Care proceedings concluded"],
                ["1 May 2025", "Placement order granted"],
                ["1 July 2025", "Match decision"],
                ["15 July 2025", "Moved in with the adoptive family"],
                ["1 September 2025", "Adoption application made"],
                ["1 December 2025", "Adoption order granted"],
            ],
            rows);
        var text = page.QuerySelector("#timeline")!.TextContent;
        Assert.Contains("Routes explored in parallel (twin-track): Adoption, Long-term fostering", text, StringComparison.Ordinal);
        Assert.Contains("Early permanence: Fostering for adoption", text, StringComparison.Ordinal);
        Assert.Contains("Adopted by the child's foster carers, who the child moved in with on 20 January 2025", text, StringComparison.Ordinal);
        // Proceedings 25 November 2024 to 1 May 2025: 157 days, week 22 of 26.
        Assert.Contains("week 22 of the 26-week target", page.QuerySelector("#proceedings")!.TextContent, StringComparison.Ordinal);
        // A1: 4 November 2024 to 15 July 2025 = 253 days; A2: 1 May to 1 July 2025 = 61 days.
        Assert.Contains("253 days", page.QuerySelector("#a1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("On track", page.QuerySelector("#a1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("61 days", page.QuerySelector("#a2")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Adopted", page.QuerySelector("#periods tbody td:nth-child(3)")!.TextContent.Trim());
        Assert.Contains("1 December 2025", page.QuerySelector("#periods tbody td:nth-child(2)")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Posts repeated fields (checkboxes) with the antiforgery token of the form at <paramref name="url"/>.</summary>
    private static async Task<HttpResponseMessage> PostWithTokenAsync(HttpClient client, string url, FormUrlEncodedContent content)
    {
        var page = await client.GetPageAsync(url);
        var token = page.QuerySelector("main form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = (await content.ReadAsStringAsync()).Split('&').Select(p => p.Split('=')).Select(p => new KeyValuePair<string, string>(Uri.UnescapeDataString(p[0]), Uri.UnescapeDataString(p[1]))).ToList();
        fields.Add(new("__RequestVerificationToken", token));
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task Post_ChooseEvent_WithNothingSelected_ShowsTheError()
    {
        var child = await factory.NewChildAsync("994");
        var client = await SocialWorkerAsync("994");
        var response = await client.PostFormAsync($"/children/{child}/journey/record", new Dictionary<string, string>());
        await ErrorPageAsync(response, "Select the event to record", "Type");
    }

    [Fact]
    public async Task Post_EventInTheFuture_ShowsTheErrorAndSavesNothing()
    {
        var child = await factory.NewChildAsync("994");
        var client = await SocialWorkerAsync("994");
        var before = await EventCountAsync(child);
        var response = await PostEventAsync(client, child, "LegalPlanningMeeting", DateFields("2026-11-24"));
        await ErrorPageAsync(response, "Date must be today or in the past");
        Assert.Equal(before, await EventCountAsync(child));
    }

    [Theory]
    [InlineData("", "", "", "Enter the date of the event")]
    [InlineData("31", "2", "2025", "Date must be a real date")]
    [InlineData("1", "", "2025", "Date must include a month")]
    public async Task Post_EventWithBadDate_ShowsTheGovUkMessage(string day, string month, string year, string message)
    {
        var child = await factory.NewChildAsync("994");
        var client = await SocialWorkerAsync("994");
        var response = await PostEventAsync(client, child, "IdentifiedForAdoption",
            new() { ["Input.Date.Day"] = day, ["Input.Date.Month"] = month, ["Input.Date.Year"] = year });
        var page = await ErrorPageAsync(response, message);
        Assert.Equal(day, page.QuerySelector("#Input_Date")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_PlacementOrderBeforeShobpa_IsRefused()
    {
        var child = await factory.NewChildAsync("994");
        var client = await SocialWorkerAsync("994");
        var response = await PostEventAsync(client, child, "PlacementOrderGranted", DateFields("2025-02-01"));
        await ErrorPageAsync(response, "A placement order needs a should be placed for adoption decision on or before its date");
        Assert.Equal(1, await EventCountAsync(child));
    }

    [Fact]
    public async Task Post_SecondPlacementOrder_IsRefused()
    {
        var child = await factory.NewChildAsync("994");
        var client = await SocialWorkerAsync("994");
        await RecordAsync(client, child, "ShouldBePlacedDecision", DateFields("2025-01-10"));
        await RecordAsync(client, child, "PlacementOrderGranted", DateFields("2025-03-01"));
        var response = await PostEventAsync(client, child, "PlacementOrderGranted", DateFields("2025-04-01"));
        await ErrorPageAsync(response, "A placement order is already in force (granted on 1 March 2025)");
        Assert.Equal(3, await EventCountAsync(child));
    }

    [Fact]
    public async Task Post_MatchBeforeShobpa_IsRefused_AndAnEarlierSameDayDecisionIsAccepted()
    {
        var child = await factory.NewChildAsync("994");
        var client = await SocialWorkerAsync("994");
        await RecordAsync(client, child, "ShouldBePlacedDecision", DateFields("2025-06-10"));
        var response = await PostEventAsync(client, child, "MatchDecision", DateFields("2025-06-09"));
        await ErrorPageAsync(response, "A match needs a should be placed for adoption decision on or before its date");
        await RecordAsync(client, child, "MatchDecision", DateFields("2025-06-10"));
    }

    [Fact]
    public async Task Post_ReversalWithoutReason_ShowsTheReasonError()
    {
        var child = await factory.NewChildAsync("994");
        var client = await SocialWorkerAsync("994");
        await RecordAsync(client, child, "ShouldBePlacedDecision", DateFields("2025-01-10"));
        var response = await PostEventAsync(client, child, "ShouldBePlacedDecisionReversed", DateFields("2025-02-10").With("Input.Reason", "   "));
        await ErrorPageAsync(response, "Enter the reason the decision was reversed", "Input_Reason");
        Assert.Equal(2, await EventCountAsync(child));
    }

    [Fact]
    public async Task Post_MoveInWithoutSayingWhetherFosterCarers_ShowsTheError()
    {
        var child = await factory.NewChildAsync("994");
        var client = await SocialWorkerAsync("994");
        var response = await PostEventAsync(client, child, "MovedInWithAdopters", DateFields("2025-02-10"));
        await ErrorPageAsync(response, "Select yes if the adopters are the child's foster carers", "Input_AdoptedByFosterCarers");
    }

    [Fact]
    public async Task PlanReversedAndRestored_ShowsTheReasonAndTheStageAgain()
    {
        var child = await factory.NewChildAsync("995");
        var client = await SocialWorkerAsync("995");
        await RecordAsync(client, child, "ShouldBePlacedDecision", DateFields("2025-01-10"));
        await RecordAsync(client, child, "ShouldBePlacedDecisionReversed", DateFields("2025-03-01").With("Input.Reason", "Grandmother's assessment positive"));
        var reversed = await client.GetPageAsync($"/children/{child}/journey");
        Assert.Equal("In care, no adoption plan", reversed.QuerySelector("#stage")!.TextContent.Trim());
        await RecordAsync(client, child, "ShouldBePlacedDecision", DateFields("2025-06-01"));
        var restored = await client.GetPageAsync($"/children/{child}/journey");
        Assert.Equal("Should be placed for adoption", restored.QuerySelector("#stage")!.TextContent.Trim());
        Assert.Contains("Reason: Grandmother's assessment positive", restored.QuerySelector("#timeline")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_EventOthersDependOn_IsRefused_AMistakeIsRemoved()
    {
        var child = await factory.NewChildAsync("995");
        var client = await SocialWorkerAsync("995");
        await RecordAsync(client, child, "ShouldBePlacedDecision", DateFields("2025-01-10"));
        await RecordAsync(client, child, "PlacementOrderGranted", DateFields("2025-03-01"));
        await RecordAsync(client, child, "LegalPlanningMeeting", DateFields("2025-03-02"));
        await using var db = factory.SystemContext();
        var events = await db.ChildJourneyEvents.Where(e => e.ChildId == child).ToDictionaryAsync(e => e.Type, e => e.Id);

        var confirm = await client.GetPageAsync($"/children/{child}/journey/events/{events[JourneyEventType.ShouldBePlacedDecision]}/remove");
        Assert.Equal("Are you sure you want to remove this event?", confirm.QuerySelector("h1")!.TextContent.Trim());
        var refused = await client.PostFormAsync($"/children/{child}/journey/events/{events[JourneyEventType.ShouldBePlacedDecision]}/remove", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(
            "This event can't be removed. This conflicts with the placement order granted of 1 March 2025",
            (await refused.ReadHtmlAsync()).QuerySelector(".govuk-error-summary")!.TextContent,
            StringComparison.Ordinal);
        Assert.Equal(4, await EventCountAsync(child));

        var removed = await client.PostFormAsync($"/children/{child}/journey/events/{events[JourneyEventType.LegalPlanningMeeting]}/remove", new Dictionary<string, string>());
        Assert.Equal($"/children/{child}/journey?saved=removed", removed.Headers.Location!.OriginalString);
        Assert.Equal(3, await EventCountAsync(child));
    }

    [Fact]
    public async Task Change_Event_MovesItsDate_AndAStaleFormShowsTheConflict()
    {
        var child = await factory.NewChildAsync("995");
        var client = await SocialWorkerAsync("995");
        var other = await factory.SignedInClientAsync(Demo.User(StaffRole.TeamManager, "995"));
        await RecordAsync(client, child, "LegalPlanningMeeting", DateFields("2025-01-10"));
        await using var db = factory.SystemContext();
        var meeting = await db.ChildJourneyEvents.SingleAsync(e => e.ChildId == child && e.Type == JourneyEventType.LegalPlanningMeeting);
        var url = $"/children/{child}/journey/events/{meeting.Id}/change";

        // Both open the form; the team manager saves first.
        var stale = (await client.GetPageAsync(url)).QuerySelector("input[name='Input.ConcurrencyStamp']")!.GetAttribute("value")!;
        Assert.Equal("10", (await other.GetPageAsync(url)).QuerySelector("#Input_Date")!.GetAttribute("value"));
        var saved = await other.PostFormAsync(url, DateFields("2025-01-12"));
        Assert.Equal($"/children/{child}/journey?saved=changed", saved.Headers.Location!.OriginalString);

        var response = await client.PostFormAsync(url, DateFields("2025-01-15").With("Input.ConcurrencyStamp", stale));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Someone else changed this event", (await response.ReadHtmlAsync()).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        await using var check = factory.SystemContext();
        Assert.Equal(new DateOnly(2025, 1, 12), (await check.ChildJourneyEvents.SingleAsync(e => e.Id == meeting.Id)).Date);
    }

    [Fact]
    public async Task Change_EnteredCare_KeepsTheChildsDateEnteredCareInStep()
    {
        var child = await factory.NewChildAsync("995", enteredCare: "2024-11-04");
        var client = await SocialWorkerAsync("995");
        await using var db = factory.SystemContext();
        var entered = await db.ChildJourneyEvents.SingleAsync(e => e.ChildId == child);
        var response = await client.PostFormAsync($"/children/{child}/journey/events/{entered.Id}/change", DateFields("2024-10-01"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var check = factory.SystemContext();
        Assert.Equal(new DateOnly(2024, 10, 1), (await check.Children.SingleAsync(c => c.Id == child)).DateEnteredCare);
    }

    [Fact]
    public async Task Get_Journey_IsAudited_AndRecordingWritesAChangeEntry()
    {
        var child = await factory.NewChildAsync("993");
        var user = Demo.User(StaffRole.TeamManager, "993");
        var client = await factory.SignedInClientAsync(user);
        await RecordAsync(client, child, "IdentifiedForAdoption", DateFields("2025-02-01"));
        await client.GetPageAsync($"/children/{child}/journey");
        await using var db = factory.SystemContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Create && a.RecordType == "ChildJourneyEvent" && a.RecordId == child.ToString() && a.UserName == user));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Read && a.RecordId == child.ToString() && a.UserName == user && a.Context == "GET /children/{id:guid}/journey"));
    }

    [Fact]
    public async Task OtherLa_GetsNotFound_OnEveryJourneyPage_AndCanNotPost()
    {
        var child = await factory.NewChildAsync("992");
        await using var db = factory.SystemContext();
        var entered = await db.ChildJourneyEvents.Where(e => e.ChildId == child).Select(e => e.Id).SingleAsync();
        var client = await SocialWorkerAsync("991");
        foreach (var url in new[]
                 {
                     $"/children/{child}/journey", $"/children/{child}/journey/record", $"/children/{child}/journey/record/MatchDecision",
                     $"/children/{child}/journey/events/{entered}/change", $"/children/{child}/journey/events/{entered}/remove", $"/children/{child}/siblings",
                 })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        }

        // A form of the user's own LA, posted at the other LA's child.
        var own = await factory.NewChildAsync("991");
        var page = await client.GetPageAsync($"/children/{own}/journey/record/IdentifiedForAdoption");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync($"/children/{child}/journey/record/IdentifiedForAdoption",
            new FormUrlEncodedContent(DateFields("2025-02-01").With("__RequestVerificationToken", token)));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(1, await EventCountAsync(child));
    }

    [Fact]
    public async Task ImportedHistoryBreakingARule_IsShown_AndDoesNotBlockNewEvents()
    {
        var child = await factory.NewChildAsync("993", enteredCare: "2024-11-04");
        await using (var db = factory.SystemContext())
        {
            var entity = await db.Children.SingleAsync(c => c.Id == child);
            db.ChildJourneyEvents.Add(new Permanence.Data.Model.Children.ChildJourneyEvent
            {
                ChildId = child, OwningOrganisationId = entity.OwningOrganisationId, Type = JourneyEventType.MatchDecision,
                Date = new DateOnly(2025, 2, 1), Sequence = 2, Source = Permanence.Data.Model.Children.JourneyEventSource.Ssda903Return,
            });
            await db.SaveChangesAsync();
        }

        var client = await SocialWorkerAsync("993");
        var page = await client.GetPageAsync($"/children/{child}/journey");
        Assert.Contains("1 event breaks a rule of the journey", page.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        var row = page.QuerySelectorAll("#timeline tbody tr").Single(r => r.TextContent.Contains("Match decision", StringComparison.Ordinal));
        Assert.Contains("A match needs a should be placed for adoption decision", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Imported from an SSDA903 return", row.TextContent, StringComparison.Ordinal);
        await RecordAsync(client, child, "LegalPlanningMeeting", DateFields("2025-03-01"));
    }

    // Today is 23 November 2026. A1 is over from day 426 and at risk from day 335 (a 91-day margin).
    [Theory]
    [InlineData("2025-05-01", "571 days so far", "Over", true)]
    [InlineData("2025-12-01", "357 days so far", "At risk", false)]
    [InlineData("2026-05-23", "184 days so far", "On track", false)]
    public async Task Timeline_ShowsTheWaitSoFar_AndTheEighteenMonthFlag(string enteredCare, string days, string status, bool longWait)
    {
        var child = await factory.NewChildAsync("993", enteredCare: enteredCare);
        var client = await SocialWorkerAsync("993");
        await RecordAsync(client, child, "IdentifiedForAdoption", DateFields(enteredCare));
        var page = await client.GetPageAsync($"/children/{child}/journey");
        var a1 = page.QuerySelector("#a1")!.TextContent;
        Assert.Contains(days, a1, StringComparison.Ordinal);
        Assert.Equal(status, page.QuerySelector("#a1 .govuk-tag")!.TextContent.Trim());
        Assert.Equal(longWait, page.QuerySelector("#long-wait") is not null);
        Assert.Null(page.QuerySelector("#a2")); // no placement order yet
    }

    [Fact]
    public async Task AgencyDecisionMaker_IsOfferedOnlyTheirDecisions()
    {
        var child = await factory.NewChildAsync("993");
        var adm = await factory.SignedInClientAsync(Demo.User(StaffRole.AgencyDecisionMaker, "993"));
        var page = await adm.GetPageAsync($"/children/{child}/journey/record");
        Assert.Equal(
            ["ShouldBePlacedDecision", "ShouldBePlacedDecisionReversed", "MatchDecision"],
            page.QuerySelectorAll("input[name=Type]").Select(i => i.GetAttribute("value")));
        await RecordAsync(adm, child, "ShouldBePlacedDecision", DateFields("2025-01-10"));
        Assert.Contains("/account/access-denied", (await adm.GetAsync($"/children/{child}/journey/record/PlacementOrderGranted")).Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        var token = (await adm.GetPageAsync($"/children/{child}/journey/record/MatchDecision")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var refused = await adm.PostAsync($"/children/{child}/journey/record/PlacementOrderGranted",
            new FormUrlEncodedContent(DateFields("2025-02-10").With("__RequestVerificationToken", token)));
        Assert.Contains("/account/access-denied", refused.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, await EventCountAsync(child));
    }

    [Fact]
    public async Task ChildDetails_LinksToTheJourney()
    {
        var child = await factory.NewChildAsync("993");
        var client = await SocialWorkerAsync("993");
        var page = await client.GetPageAsync($"/children/{child}");
        Assert.NotNull(page.QuerySelector($"a[href='/children/{child}/journey']"));
    }
}
