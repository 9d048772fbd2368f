using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Permanence.Domain.Staff;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Adopters;

[Collection(WebCollection.Name)]
public class AdopterApiTests(PermanenceFactory factory)
{
    private static readonly string Worker = Demo.User(StaffRole.SocialWorker, "raa");

    private static Dictionary<string, object?> Enquiry(string name, string date = "2026-11-02") =>
        new() { ["name"] = name, ["numberOfAdults"] = 1, ["area"] = "Oakbridge", ["enquirySource"] = "Website", ["fastTrack"] = false, ["enquiryDate"] = date };

    private async Task<(HttpClient Client, JsonElement Household)> CreateAsync(string name, string date = "2026-11-02")
    {
        var client = await factory.ApiClientAsync(Worker);
        var response = await client.PostAsJsonAsync("/api/adopters", Enquiry(name, date));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (client, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Fact]
    public async Task Post_Enquiry_ReturnsTheHouseholdWithItsClock_AndTheWorklistShowsItOverdue()
    {
        var (_, h) = await CreateAsync("Api Overdue Household");
        var clock = h.GetProperty("clocks")[0];
        Assert.Equal("InformationPack", clock.GetProperty("kind").GetString());
        Assert.Equal("2026-11-09", clock.GetProperty("due").GetString());
        Assert.Equal("Overdue", clock.GetProperty("status").GetString());

        var manager = await factory.ApiClientAsync(Demo.User(StaffRole.TeamManager, "raa"));
        var worklist = await manager.GetFromJsonAsync<JsonElement>("/api/adopters/worklist");
        Assert.Contains(worklist.EnumerateArray(), i => i.GetProperty("household").GetString() == "Api Overdue Household" && i.GetProperty("clock").GetProperty("status").GetString() == "Overdue");
    }

    [Fact]
    public async Task Put_Journey_DecisionBeforePanel_Returns400AtTheField_AndStaleStampReturns409()
    {
        var (client, h) = await CreateAsync("Api Journey Household", "2026-01-05");
        var id = h.GetProperty("id").GetGuid();
        var body = Enquiry("Api Journey Household", "2026-01-05");
        body["informationPackSent"] = "2026-01-07";
        body["registrationOfInterest"] = "2026-02-02";
        body["stageOneStarted"] = "2026-02-09";
        body["stageOneCompleted"] = "2026-04-01";
        body["stageTwoStarted"] = "2026-04-06";
        body["reportCompleted"] = "2026-07-01";
        body["panelDate"] = "2026-07-20";
        body["decisionDate"] = "2026-07-10";
        body["outcome"] = "Approved";
        body["concurrencyStamp"] = h.GetProperty("concurrencyStamp").GetGuid();
        var bad = await client.PutAsJsonAsync($"/api/adopters/{id}", body);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Decision date must be on or after the panel date", problem.GetProperty("errors").GetProperty("decisionDate")[0].GetString());

        body["decisionDate"] = "2026-07-24";
        var ok = await client.PutAsJsonAsync($"/api/adopters/{id}", body);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var saved = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Approved", saved.GetProperty("stage").GetString());
        Assert.Equal("2026-07-24", saved.GetProperty("approvalDate").GetString());

        // The first stamp is stale now: no update is lost.
        body["panelRecommendation"] = "Late edit";
        var stale = await client.PutAsJsonAsync($"/api/adopters/{id}", body);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        await using var db = factory.SystemContext();
        Assert.Null((await db.AdopterHouseholds.SingleAsync(x => x.Id == id)).PanelRecommendation);

        // A contradictory approval range is refused at the field; a consistent one is saved.
        var review = new Dictionary<string, object?>
        {
            ["reviewDate"] = "2026-07-24", ["minimumChildren"] = 3, ["maximumChildren"] = 2, ["minimumAgeYears"] = 0, ["maximumAgeYears"] = 4,
            ["siblingGroups"] = true, ["location"] = "Oakbridge", ["concurrencyStamp"] = saved.GetProperty("concurrencyStamp").GetGuid(),
        };
        var refused = await client.PostAsJsonAsync($"/api/adopters/{id}/reviews", review);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("maximumChildren", out _));
        review["minimumChildren"] = 1;
        var reviewed = await client.PostAsJsonAsync($"/api/adopters/{id}/reviews", review);
        Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        Assert.Equal(4, (await reviewed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("approvalRange").GetProperty("maximumAgeYears").GetInt32());
    }

    [Fact]
    public async Task Pauses_And_Checks_ThroughTheApi()
    {
        var (client, h) = await CreateAsync("Api Pause Household", "2026-06-01");
        var id = h.GetProperty("id").GetGuid();
        var pause = await client.PostAsJsonAsync($"/api/adopters/{id}/pauses", new { startDate = "2026-07-01", reason = "Moving house" });
        Assert.Equal(HttpStatusCode.Created, pause.StatusCode);
        var pauseId = (await pause.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var early = await client.PutAsJsonAsync($"/api/adopters/{id}/pauses/{pauseId}", new { endDate = "2026-06-20" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/adopters/{id}/pauses/{pauseId}", new { endDate = "2026-07-20" })).StatusCode);

        var check = await client.PostAsJsonAsync($"/api/adopters/{id}/checks", new { kind = "Medical", subject = "Jo Pause", requestedDate = "2026-07-21", completedDate = "2026-08-01", outcome = "Clear" });
        Assert.Equal(HttpStatusCode.Created, check.StatusCode);
        var noOutcome = await client.PostAsJsonAsync($"/api/adopters/{id}/checks", new { kind = "Reference", subject = "A Referee", requestedDate = "2026-07-21", completedDate = "2026-08-01" });
        Assert.Equal("Select the outcome of the check", (await noOutcome.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("outcome")[0].GetString());

        var read = await client.GetFromJsonAsync<JsonElement>($"/api/adopters/{id}");
        Assert.Equal("2026-07-20", read.GetProperty("pauses")[0].GetProperty("endDate").GetString());
        Assert.Equal("Medical", read.GetProperty("checks")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Get_Households_AsVaaUser_ReturnsOnlyTheirAgencys_AndTheRaasGives404()
    {
        var (_, raa) = await CreateAsync("Api Isolation Household");
        var vaa = await factory.ApiClientAsync(Demo.User(StaffRole.TeamManager, "bridgeway"));
        var list = await vaa.GetFromJsonAsync<JsonElement>("/api/adopters?pageSize=500");
        Assert.NotEmpty(list.GetProperty("items").EnumerateArray());
        Assert.All(list.GetProperty("items").EnumerateArray(), i => Assert.Equal("Bridgeway Families", i.GetProperty("agency").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await vaa.GetAsync($"/api/adopters/{raa.GetProperty("id").GetGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Post_Enquiry_WithBadDates_Returns400WithEveryProblem()
    {
        var client = await factory.ApiClientAsync(Worker);
        var body = Enquiry("", "2026-02-30");
        body["enquirySource"] = "Billboard";
        var response = await client.PostAsJsonAsync("/api/adopters", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Enquiry date must be a real date written as yyyy-mm-dd", errors.GetProperty("enquiryDate")[0].GetString());
        Assert.Equal("Enter the household's name", errors.GetProperty("name")[0].GetString());
        Assert.Equal("Select where the enquiry came from", errors.GetProperty("enquirySource")[0].GetString());
    }
}
