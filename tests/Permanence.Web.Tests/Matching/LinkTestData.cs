using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Permanence.Data.Model.Adopters;
using Permanence.Domain.Adopters;
using Permanence.Domain.Organisations;
using Permanence.Domain.Staff;
using Permanence.TestCommon;
using Permanence.Web.Tests.Children;

namespace Permanence.Web.Tests.Matching;

/// <summary>Waiting children, approved households and panels made for one test each.</summary>
public static class LinkTestData
{
    /// <summary>A child of <paramref name="laCode"/> waiting for a family: should be placed, placement order granted.</summary>
    public static async Task<Guid> WaitingChildAsync(this PermanenceFactory factory, string laCode, string givenName = "Linked")
    {
        var child = await factory.NewChildAsync(laCode, enteredCare: "2024-11-04", dateOfBirth: "2023-05-10", givenName: givenName);
        var api = await factory.ApiClientAsync(Demo.User(StaffRole.SocialWorker, laCode));
        await api.RecordAllAsync(child, ("ShouldBePlacedDecision", "2025-03-03", null), ("PlacementOrderGranted", "2025-06-02", null));
        return child;
    }

    /// <summary>A household of the RAA (or of a VAA) approved on 2 March 2026 for one or two children aged 0 to 4.</summary>
    public static async Task<Guid> LinkableHouseholdAsync(this PermanenceFactory factory, string name, string agency = "Adopt Northvale", AdopterStage stage = AdopterStage.Approved, int maximumAgeYears = 4)
    {
        await using var db = factory.SystemContext();
        var owner = await db.Organisations.Where(o => o.Name == agency).Select(o => o.Id).SingleAsync();
        var approved = stage == AdopterStage.Approved;
        var h = new AdopterHousehold
        {
            Name = name, OwningOrganisationId = owner, NumberOfAdults = 2, Stage = stage, EnquiryDate = new DateOnly(2025, 9, 1), FastTrack = true,
            StageTwoStartDate = new DateOnly(2025, 10, 6), ReportCompletedDate = new DateOnly(2026, 2, 2),
            PanelDate = approved ? new DateOnly(2026, 2, 23) : null, DecisionDate = approved ? new DateOnly(2026, 3, 2) : null,
            ApprovalDate = approved ? new DateOnly(2026, 3, 2) : null, Outcome = approved ? AdopterOutcome.Approved : null, Area = "Larkfield",
        };
        h.SetRange(new ApprovalRange(1, 2, 0, maximumAgeYears, true, "Developmental delay", "Open to any heritage", "Larkfield"));
        db.AdopterHouseholds.Add(h);
        await db.SaveChangesAsync();
        return h.Id;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) => client.PostAsJsonAsync(url, body);

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Guid Stamp(this JsonElement e) => e.GetProperty("concurrencyStamp").GetGuid();

    /// <summary>Shortlists, visits, holds the linking meeting and proceeds, all on 23 November 2026; the link as it then is.</summary>
    public static async Task<JsonElement> ProceedingLinkAsync(this PermanenceFactory factory, Guid child, Guid household)
    {
        var ff = await factory.ApiClientAsync(Demo.User(StaffRole.FamilyFinder, "raa"));
        var link = await (await ff.PostAsJsonAsync($"/api/matching/children/{child}/links", new { householdId = household })).JsonAsync(HttpStatusCode.Created);
        var id = link.GetProperty("id").GetGuid();
        link = await (await ff.PostAsJsonAsync($"/api/matching/links/{id}/visits", new { visitDate = "2026-11-23", visitors = "Family finder and social worker", concurrencyStamp = link.Stamp() })).JsonAsync();
        link = await (await ff.PutAsJsonAsync($"/api/matching/links/{id}/linking-meeting", new { linkingMeetingDate = "2026-11-23", outcome = "ProceedToPanel", concurrencyStamp = link.Stamp() })).JsonAsync();
        return await (await ff.PostAsJsonAsync($"/api/matching/links/{id}/proceed", new { concurrencyStamp = link.Stamp() })).JsonAsync();
    }

    /// <summary>The RAA's adoption panel meets on 23 November 2026, quorate, and recommends the match; the meeting.</summary>
    public static async Task<JsonElement> PanelRecommendsAsync(this PermanenceFactory factory, string kind, object caseField, string recommendation = "Recommended")
    {
        var adviser = await factory.ApiClientAsync(Demo.User(StaffRole.PanelAdviser, "raa"));
        var meeting = await (await adviser.PostAsJsonAsync("/api/panels", new { type = "Adoption", meetingDate = "2026-11-23" })).JsonAsync(HttpStatusCode.Created);
        var id = meeting.GetProperty("id").GetGuid();
        var body = new Dictionary<string, object?> { ["kind"] = kind, ["concurrencyStamp"] = meeting.Stamp() };
        foreach (var p in caseField.GetType().GetProperties()) body[p.Name] = p.GetValue(caseField);
        meeting = await (await adviser.PostAsJsonAsync($"/api/panels/{id}/items", body)).JsonAsync();
        var members = await adviser.GetFromJsonAsync<JsonElement>("/api/panel-members");
        var present = members.EnumerateArray().Where(m => m.GetProperty("agency").GetString() == "Adopt Northvale")
            .Where(m => m.GetProperty("role").GetString() != "SocialWorker" || m.GetProperty("socialWorkYearsQualified").GetInt32() >= 3)
            .Where(m => m.GetProperty("role").GetString() != "ViceChair").Select(m => m.GetProperty("id").GetGuid()).ToList();
        meeting = await (await adviser.PutAsJsonAsync($"/api/panels/{id}", new { memberIds = present, concurrencyStamp = meeting.Stamp() })).JsonAsync();
        var item = meeting.GetProperty("agenda")[0].GetProperty("id").GetGuid();
        return await (await adviser.PutAsJsonAsync($"/api/panels/{id}/items/{item}/recommendation", new { recommendation, concurrencyStamp = meeting.Stamp() })).JsonAsync();
    }
}
