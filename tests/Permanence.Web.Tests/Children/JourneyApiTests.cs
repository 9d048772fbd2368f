using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Permanence.Domain.Staff;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Children;

[Collection(WebCollection.Name)]
public class JourneyApiTests(PermanenceFactory factory)
{
    private Task<HttpClient> ApiAsync(StaffRole role, string la) => factory.ApiClientAsync(Demo.User(role, la));

    private static (string, string, object?) E(string type, string date, object? extra = null) => (type, date, extra);

    [Fact]
    public async Task Get_Journey_ReturnsEventsWithIdsAndStamps_StageAndWaits()
    {
        var child = await factory.NewChildAsync("993", enteredCare: "2024-11-04");
        var api = await ApiAsync(StaffRole.SocialWorker, "993");
        await api.RecordAllAsync(child,
            E("IdentifiedForAdoption", "2024-12-01"),
            E("PermanencePlanMade", "2025-01-05", new { routes = new[] { "Adoption", "SpecialGuardianship" }, earlyPermanence = "ConcurrentPlanning" }),
            E("ShouldBePlacedDecision", "2025-02-01"),
            E("PlacementOrderGranted", "2025-05-01"));
        var journey = await api.JourneyAsync(child);
        Assert.Equal("AuthorityToPlace", journey.GetProperty("stage").GetString());
        var events = journey.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["EnteredCare", "IdentifiedForAdoption", "PermanencePlanMade", "ShouldBePlacedDecision", "PlacementOrderGranted"],
            events.Select(e => e.GetProperty("type").GetString()));
        Assert.All(events, e => Assert.NotEqual(Guid.Empty, e.GetProperty("concurrencyStamp").GetGuid()));
        Assert.Equal(["SpecialGuardianship", "Adoption"], events[2].GetProperty("routes").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("ConcurrentPlanning", events[2].GetProperty("earlyPermanence").GetString());

        // Today is 23 November 2026 in the tests: A1 so far 749 days (over), A2 so far 571 days (over).
        Assert.Equal(749, journey.GetProperty("a1").GetProperty("days").GetInt32());
        Assert.Equal("Over", journey.GetProperty("a1").GetProperty("status").GetString());
        Assert.Equal(571, journey.GetProperty("a2").GetProperty("days").GetInt32());
        Assert.True(journey.GetProperty("waitingEighteenMonthsOrMore").GetBoolean());
        Assert.Equal("2024-11-04", journey.GetProperty("periods")[0].GetProperty("enteredCare").GetString());
    }

    [Fact]
    public async Task Post_Event_BadInput_ReturnsProblemsKeyedByField_AndSavesNothing()
    {
        var child = await factory.NewChildAsync("993");
        var api = await ApiAsync(StaffRole.SocialWorker, "993");
        Assert.Equal(["Select the event to record"], (await (await api.RecordAsync(child, "Nonsense", "2025-01-01")).ProblemErrorsAsync()).GetProperty("type").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["Select the event to record"], (await (await api.RecordAsync(child, "3", "2025-01-01")).ProblemErrorsAsync()).GetProperty("type").EnumerateArray().Select(e => e.GetString()));
        var badDate = await (await api.RecordAsync(child, "LegalPlanningMeeting", "01/02/2025")).ProblemErrorsAsync();
        Assert.Equal("Date must be a real date written as yyyy-mm-dd", badDate.GetProperty("date")[0].GetString());
        var future = await (await api.RecordAsync(child, "LegalPlanningMeeting", "2026-11-24")).ProblemErrorsAsync();
        Assert.Equal("Date must be today or in the past", future.GetProperty("date")[0].GetString());
        var badRoute = await (await api.RecordAsync(child, "PermanencePlanMade", "2025-01-01", new { routes = new[] { "Adoption, LongTermFostering" } })).ProblemErrorsAsync();
        Assert.Equal("Select a permanence route from the list", badRoute.GetProperty("routes")[0].GetString());
        var noRoute = await (await api.RecordAsync(child, "PermanencePlanMade", "2025-01-01")).ProblemErrorsAsync();
        Assert.Equal("Select at least one permanence route", noRoute.GetProperty("routes")[0].GetString());
        var carers = await (await api.RecordAsync(child, "MovedInWithAdopters", "2025-01-01", new { adoptedByFosterCarers = true })).ProblemErrorsAsync();
        Assert.Equal("Enter the date the child moved in with the foster carers", carers.GetProperty("movedInWithFosterCarersOn")[0].GetString());
        var match = await (await api.RecordAsync(child, "MatchDecision", "2025-01-01")).ProblemErrorsAsync();
        Assert.Equal("A match needs a should be placed for adoption decision on or before its date", match.GetProperty("date")[0].GetString());
        Assert.Single((await api.JourneyAsync(child)).GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task DisruptionThenNewMatch_IsAccepted_ButANewMatchBeforeTheDisruptionIsNot()
    {
        var child = await factory.NewChildAsync("993", enteredCare: "2024-06-01");
        var api = await ApiAsync(StaffRole.SocialWorker, "993");
        await api.RecordAllAsync(child,
            E("ShouldBePlacedDecision", "2024-09-01"),
            E("PlacementOrderGranted", "2024-12-01"),
            E("MatchDecision", "2025-02-01"),
            E("MovedInWithAdopters", "2025-02-20", new { adoptedByFosterCarers = false }));
        var tooEarly = await (await api.RecordAsync(child, "MatchDecision", "2025-05-01")).ProblemErrorsAsync();
        Assert.Contains("already matched (on 1 February 2025)", tooEarly.GetProperty("date")[0].GetString(), StringComparison.Ordinal);
        await api.RecordAllAsync(child,
            E("Disruption", "2025-04-10", new { reason = "The placement broke down" }),
            E("MatchDecision", "2025-08-01"),
            E("MovedInWithAdopters", "2025-08-20", new { adoptedByFosterCarers = false }),
            E("AdoptionOrder", "2026-02-01"));
        var journey = await api.JourneyAsync(child);
        Assert.Equal("Adopted", journey.GetProperty("stage").GetString());
        // A1 counts to the new family's move-in: 1 June 2024 to 20 August 2025 = 445 days.
        Assert.Equal(445, journey.GetProperty("a1").GetProperty("days").GetInt32());
        Assert.True(journey.GetProperty("a1").GetProperty("completed").GetBoolean());
    }

    [Fact]
    public async Task DisruptionAfterTheOrder_IsRecordedOutsideThePeriodOfCare()
    {
        var child = await factory.NewChildAsync("993", enteredCare: "2024-06-01");
        var api = await ApiAsync(StaffRole.SocialWorker, "993");
        await api.RecordAllAsync(child,
            E("ShouldBePlacedDecision", "2024-09-01"),
            E("PlacementOrderGranted", "2024-12-01"),
            E("MatchDecision", "2025-02-01"),
            E("MovedInWithAdopters", "2025-02-20", new { adoptedByFosterCarers = false }),
            E("AdoptionOrder", "2025-09-01"),
            E("Disruption", "2026-03-01", new { reason = "Breakdown after the order" }));
        var events = (await api.JourneyAsync(child)).GetProperty("events");
        Assert.Equal("Disruption", events[events.GetArrayLength() - 1].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Put_Event_WithStaleStamp_Conflicts_AndDeleteNeedsTheStamp()
    {
        var child = await factory.NewChildAsync("993");
        var api = await ApiAsync(StaffRole.SocialWorker, "993");
        var created = await (await api.RecordAsync(child, "LegalPlanningMeeting", "2025-01-10")).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        var stamp = created.GetProperty("concurrencyStamp").GetGuid();

        var changed = await api.PutAsJsonAsync($"/api/children/{child}/journey/events/{id}", new { date = "2025-01-11", concurrencyStamp = stamp });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var newStamp = (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("concurrencyStamp").GetGuid();
        Assert.NotEqual(stamp, newStamp);

        var stale = await api.PutAsJsonAsync($"/api/children/{child}/journey/events/{id}", new { date = "2025-01-12", concurrencyStamp = stamp });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType!.MediaType);
        var retyped = await api.PutAsJsonAsync($"/api/children/{child}/journey/events/{id}", new { type = "MatchDecision", date = "2025-01-12", concurrencyStamp = newStamp });
        Assert.Contains("can't be changed", (await retyped.ProblemErrorsAsync()).GetProperty("type")[0].GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.BadRequest, (await api.DeleteAsync($"/api/children/{child}/journey/events/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.DeleteAsync($"/api/children/{child}/journey/events/{id}?concurrencyStamp={stamp}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.DeleteAsync($"/api/children/{child}/journey/events/{id}?concurrencyStamp={newStamp}")).StatusCode);
        Assert.Single((await api.JourneyAsync(child)).GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task Delete_TheOnlyEntryIntoCare_IsRefused()
    {
        var child = await factory.NewChildAsync("993");
        var api = await ApiAsync(StaffRole.SocialWorker, "993");
        var entered = (await api.JourneyAsync(child)).GetProperty("events")[0];
        var response = await api.DeleteAsync($"/api/children/{child}/journey/events/{entered.GetProperty("id").GetGuid()}?concurrencyStamp={entered.GetProperty("concurrencyStamp").GetGuid()}");
        Assert.Contains("change its date instead", (await response.ProblemErrorsAsync()).GetProperty("date")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondPeriodOfCare_AfterLeavingCare_IsAccepted()
    {
        var child = await factory.NewChildAsync("993", enteredCare: "2023-01-10", dateOfBirth: "2022-05-01");
        var api = await ApiAsync(StaffRole.SocialWorker, "993");
        var early = await (await api.RecordAsync(child, "EnteredCare", "2023-06-01")).ProblemErrorsAsync();
        Assert.Contains("already in care", early.GetProperty("date")[0].GetString(), StringComparison.Ordinal);
        await api.RecordAllAsync(child,
            E("LeftCare", "2023-05-01", new { reason = "Returned home" }),
            E("EnteredCare", "2024-03-01"),
            E("IdentifiedForAdoption", "2024-04-01"));
        var journey = await api.JourneyAsync(child);
        Assert.Equal(2, journey.GetProperty("periods").GetArrayLength());
        Assert.Equal("PossibleAdoption", journey.GetProperty("stage").GetString());
        await using var db = factory.SystemContext();
        Assert.Equal(new DateOnly(2024, 3, 1), (await db.Children.SingleAsync(c => c.Id == child)).DateEnteredCare);
    }

    [Fact]
    public async Task PlanChanged_NeedsTheDecisionReversedFirst_ThenRecordsTheNewRoute()
    {
        var child = await factory.NewChildAsync("993");
        var api = await ApiAsync(StaffRole.SocialWorker, "993");
        await api.RecordAllAsync(child, E("ShouldBePlacedDecision", "2025-01-10"));
        Assert.Equal(HttpStatusCode.BadRequest, (await api.RecordAsync(child, "PlanChanged", "2025-03-01", new { routes = new[] { "SpecialGuardianship" }, reason = "Aunt assessed" })).StatusCode);
        await api.RecordAllAsync(child,
            E("ShouldBePlacedDecisionReversed", "2025-02-01", new { reason = "Aunt came forward" }),
            E("PlanChanged", "2025-03-01", new { routes = new[] { "SpecialGuardianship" }, reason = "Aunt assessed" }));
        var journey = await api.JourneyAsync(child);
        Assert.Equal("PlanChanged", journey.GetProperty("stage").GetString());
        Assert.Equal("Aunt assessed", journey.GetProperty("events")[3].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task AgencyDecisionMaker_RecordsTheirDecision_ButNotOtherEvents()
    {
        var child = await factory.NewChildAsync("995");
        var adm = await ApiAsync(StaffRole.AgencyDecisionMaker, "995");
        Assert.Equal(HttpStatusCode.Created, (await adm.RecordAsync(child, "ShouldBePlacedDecision", "2025-01-10")).StatusCode);
        var refused = await adm.RecordAsync(child, "PlacementOrderGranted", "2025-02-10");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        var raa = await ApiAsync(StaffRole.AgencyDecisionMaker, "raa");
        Assert.Equal(HttpStatusCode.Forbidden, (await raa.RecordAsync(child, "MatchDecision", "2025-02-10")).StatusCode);
    }

    [Fact]
    public async Task OtherLa_GetsNotFound_OnEveryJourneyRoute()
    {
        var child = await factory.NewChildAsync("992");
        var owner = await ApiAsync(StaffRole.SocialWorker, "992");
        var entered = (await owner.JourneyAsync(child)).GetProperty("events")[0].GetProperty("id").GetGuid();
        var api = await ApiAsync(StaffRole.SocialWorker, "991");
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/children/{child}/journey")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.RecordAsync(child, "LegalPlanningMeeting", "2025-01-10")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PutAsJsonAsync($"/api/children/{child}/journey/events/{entered}", new { date = "2024-01-01", concurrencyStamp = Guid.NewGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync($"/api/children/{child}/journey/events/{entered}?concurrencyStamp={Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/children/{child}/siblings")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync($"/api/children/{child}/siblings", new { siblingId = Guid.NewGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/children/{child}/family-finder")).StatusCode);
        var body = await (await api.GetAsync($"/api/children/{child}/journey")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Tester", body, StringComparison.Ordinal);
        Assert.Single((await owner.JourneyAsync(child)).GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheJourneyRoutes()
    {
        var doc = await factory.NewClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/children/{id}/journey", "/api/children/{id}/journey/events", "/api/children/{id}/journey/events/{eventId}", "/api/children/{id}/siblings", "/api/children/{id}/siblings/{siblingId}", "/api/children/{id}/family-finder" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }
    }
}
