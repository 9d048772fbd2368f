using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Permanence.Domain.Adopters;
using Permanence.Domain.Staff;
using Permanence.TestCommon;
using UglyToad.PdfPig;

namespace Permanence.Web.Tests.Panels;

[Collection(WebCollection.Name)]
public class PanelTests(PermanenceFactory factory)
{
    private async Task<Guid> HouseholdReadyForPanelAsync(string name)
    {
        var worker = await factory.ApiClientAsync(Demo.User(StaffRole.SocialWorker, "raa"));
        var body = new Dictionary<string, object?>
        {
            ["name"] = name, ["numberOfAdults"] = 2, ["enquirySource"] = "Event", ["fastTrack"] = true, ["enquiryDate"] = "2026-06-01",
            ["informationPackSent"] = "2026-06-03", ["registrationOfInterest"] = "2026-06-20", ["stageTwoStarted"] = "2026-07-01",
            ["targetPanelDate"] = "2026-11-23", ["reportCompleted"] = "2026-11-02",
        };
        var response = await worker.PostAsJsonAsync("/api/adopters", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Panel_FromScheduleToDecisionLetter_ThroughTheApi()
    {
        var household = await HouseholdReadyForPanelAsync("Panel Api Household");
        var adviser = await factory.ApiClientAsync(Demo.User(StaffRole.PanelAdviser, "raa"));

        var scheduled = await adviser.PostAsJsonAsync("/api/panels", new { type = "Adoption", meetingDate = "2026-11-23" });
        Assert.Equal(HttpStatusCode.Created, scheduled.StatusCode);
        var meeting = await scheduled.Content.ReadFromJsonAsync<JsonElement>();
        var id = meeting.GetProperty("id").GetGuid();
        Assert.False(meeting.GetProperty("quorate").GetBoolean());

        var ready = await adviser.GetFromJsonAsync<JsonElement>("/api/panels/ready");
        Assert.Contains(ready.EnumerateArray(), c => c.GetProperty("caseId").GetGuid() == household && c.GetProperty("kind").GetString() == "Approval");
        var added = await adviser.PostAsJsonAsync($"/api/panels/{id}/items", new { kind = "Approval", householdId = household, concurrencyStamp = meeting.GetProperty("concurrencyStamp").GetGuid() });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        meeting = await added.Content.ReadFromJsonAsync<JsonElement>();
        var item = meeting.GetProperty("agenda")[0];
        Assert.Equal("2026-12-02", item.GetProperty("decisionDue").GetString()); // 7 working days after Monday 23 November

        // Without quorum the panel cannot recommend: nothing is saved.
        var notQuorate = await adviser.PutAsJsonAsync($"/api/panels/{id}/items/{item.GetProperty("id").GetGuid()}/recommendation", new { recommendation = "Recommended", concurrencyStamp = meeting.GetProperty("concurrencyStamp").GetGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, notQuorate.StatusCode);
        Assert.StartsWith("The panel was not quorate", (await notQuorate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("recommendation")[0].GetString(), StringComparison.Ordinal);

        var members = await adviser.GetFromJsonAsync<JsonElement>("/api/panel-members");
        var raaMembers = members.EnumerateArray().Where(m => m.GetProperty("agency").GetString() == "Adopt Northvale").ToList();
        var present = raaMembers.Where(m => m.GetProperty("role").GetString() != "SocialWorker" || m.GetProperty("socialWorkYearsQualified").GetInt32() >= 3)
            .Where(m => m.GetProperty("role").GetString() != "ViceChair").Select(m => m.GetProperty("id").GetGuid()).ToList();
        var attended = await adviser.PutAsJsonAsync($"/api/panels/{id}", new { memberIds = present, minutes = "Quorate; one approval.", concurrencyStamp = meeting.GetProperty("concurrencyStamp").GetGuid() });
        Assert.Equal(HttpStatusCode.OK, attended.StatusCode);
        meeting = await attended.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(meeting.GetProperty("quorate").GetBoolean());

        var stale = await adviser.PutAsJsonAsync($"/api/panels/{id}", new { minutes = "Lost update", concurrencyStamp = item.GetProperty("concurrencyStamp").GetGuid() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var recommended = await adviser.PutAsJsonAsync($"/api/panels/{id}/items/{item.GetProperty("id").GetGuid()}/recommendation", new { recommendation = "Recommended", notes = "One child, 0 to 4", concurrencyStamp = meeting.GetProperty("concurrencyStamp").GetGuid() });
        Assert.Equal(HttpStatusCode.OK, recommended.StatusCode);

        var adm = await factory.ApiClientAsync(Demo.User(StaffRole.AgencyDecisionMaker, "raa"));
        var current = await adm.GetFromJsonAsync<JsonElement>($"/api/panels/{id}");
        var itemStamp = current.GetProperty("agenda")[0].GetProperty("concurrencyStamp").GetGuid();
        var early = await adm.PostAsJsonAsync($"/api/panels/{id}/items/{item.GetProperty("id").GetGuid()}/decision", new { decision = "Agreed", decisionDate = "2026-11-20", concurrencyStamp = itemStamp });
        Assert.Equal("Decision date must be on or after the panel date", (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("decisionDate")[0].GetString());
        var decided = await adm.PostAsJsonAsync($"/api/panels/{id}/items/{item.GetProperty("id").GetGuid()}/decision", new { decision = "Agreed", decisionDate = "2026-11-23", concurrencyStamp = itemStamp });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);

        await using (var db = factory.SystemContext())
        {
            var h = await db.AdopterHouseholds.SingleAsync(x => x.Id == household);
            Assert.Equal(AdopterStage.Approved, h.Stage);
            Assert.Equal(new DateOnly(2026, 11, 23), h.PanelDate);
            Assert.Equal(new DateOnly(2026, 11, 23), h.ApprovalDate);
            Assert.Equal("Recommended: One child, 0 to 4", h.PanelRecommendation);
        }

        var householdPage = await (await factory.SignedInClientAsync(Demo.User(StaffRole.SocialWorker, "raa"))).GetPageAsync($"/adopters/{household}");
        Assert.Contains("Decision letter (PDF)", householdPage.QuerySelector("#panel-items")!.TextContent, StringComparison.Ordinal);

        var letter = await adm.GetAsync($"/api/panels/{id}/items/{item.GetProperty("id").GetGuid()}/letter");
        Assert.Equal("application/pdf", letter.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await letter.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("You are approved as suitable to adopt a child.", text, StringComparison.Ordinal);
        Assert.Contains("Panel Api Household", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeetingPage_ShowsQuorumShortfalls_AndScheduleRefusesAMissingDate()
    {
        var adviser = await factory.SignedInClientAsync(Demo.User(StaffRole.PanelAdviser, "raa"));
        var bad = await (await adviser.PostFormAsync("/panels/new", new Dictionary<string, string> { ["Input.Type"] = "Adoption" })).ReadHtmlAsync();
        Assert.Contains("Enter date of the meeting", bad.QuerySelector("#Input_MeetingDate-error")!.TextContent, StringComparison.Ordinal);

        var form = new Dictionary<string, string> { ["Input.Type"] = "Fostering", ["Input.MeetingDate.Day"] = "7", ["Input.MeetingDate.Month"] = "12", ["Input.MeetingDate.Year"] = "2026" };
        var response = await adviser.PostFormAsync("/panels/new", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await adviser.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Fostering panel, 7 December 2026", page.QuerySelector("h1")!.TextContent.Trim());
        var quorum = page.QuerySelector("#quorum")!.TextContent;
        Assert.Contains("Not quorate", quorum, StringComparison.Ordinal);
        Assert.Contains("At least 5 members must be present (0 recorded)", quorum, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_AddingASocialWorkerWithoutExperience_IsRefusedAtTheField()
    {
        var adviser = await factory.SignedInClientAsync(Demo.User(StaffRole.PanelAdviser, "hearthstone"));
        var form = new Dictionary<string, string> { ["Input.Name"] = "Sam Member", ["Input.Role"] = "SocialWorker", ["Input.Independent"] = "false" };
        var page = await (await adviser.PostFormAsync("/panels/members", form)).ReadHtmlAsync();
        Assert.Contains("Enter the social worker's years of post-qualifying experience", page.QuerySelector("#Input_SocialWorkYearsQualified-error")!.TextContent, StringComparison.Ordinal);
        form["Input.SocialWorkYearsQualified"] = "4";
        Assert.Equal(HttpStatusCode.Redirect, (await adviser.PostFormAsync("/panels/members", form)).StatusCode);
        await using var db = factory.SystemContext();
        var member = await db.PanelMembers.Include(m => m.OwningOrganisation).SingleAsync(m => m.Name == "Sam Member");
        Assert.Equal("Hearthstone Adoption", member.OwningOrganisation!.Name);
    }
}
