using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Permanence.Domain.Adopters;
using Permanence.Domain.Staff;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Adopters;

/// <summary>What the API and the form give out, they take back unchanged: for a household at every stage.</summary>
[Collection(WebCollection.Name)]
public class RoundTripTests(PermanenceFactory factory)
{
    private static readonly string[] Dates =
    [
        "informationPackSent", "initialVisit", "registrationOfInterest", "stageOneStarted", "stageOneCompleted", "stageTwoStarted", "targetPanelDate",
        "preparationTrainingCompleted", "reportCompleted", "panelDate", "decisionDate", "endedDate", "independentReviewRequestDate", "registerReferralDate", "linkedDate",
    ];

    private async Task<List<Guid>> OnePerStageAsync()
    {
        await using var db = factory.SystemContext();
        var households = await db.AdopterHouseholds.Where(h => h.OwningOrganisation!.ShortName == "raa").Select(h => new { h.Id, h.Stage }).ToListAsync();
        var ids = households.GroupBy(h => h.Stage).Select(g => g.First().Id).ToList();
        Assert.True(ids.Count == 8, "The demo RAA has households at every stage");
        return ids;
    }

    [Fact]
    public async Task Put_TheHouseholdAsRead_IsAccepted_AtEveryStage()
    {
        var client = await factory.ApiClientAsync(Demo.User(StaffRole.TeamManager, "raa"));
        foreach (var id in await OnePerStageAsync())
        {
            var h = await client.GetFromJsonAsync<JsonElement>($"/api/adopters/{id}");
            var body = new Dictionary<string, object?>
            {
                ["name"] = h.GetProperty("name").GetString(), ["numberOfAdults"] = h.GetProperty("numberOfAdults").GetInt32(), ["area"] = h.GetProperty("area").GetString(),
                ["enquirySource"] = h.GetProperty("enquirySource").GetString(), ["fastTrack"] = h.GetProperty("fastTrack").GetBoolean(),
                ["enquiryDate"] = h.GetProperty("enquiryDate").GetString(), ["panelRecommendation"] = h.GetProperty("panelRecommendation").GetString(),
                ["outcome"] = h.GetProperty("outcome").GetString(), ["outcomeReason"] = h.GetProperty("outcomeReason").GetString(),
                ["concurrencyStamp"] = h.GetProperty("concurrencyStamp").GetGuid(),
            };
            foreach (var d in Dates) body[d] = h.GetProperty(d).GetString();
            var response = await client.PutAsJsonAsync($"/api/adopters/{id}", body);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{h.GetProperty("stage").GetString()}: {await response.Content.ReadAsStringAsync()}");
            Assert.Equal(h.GetProperty("stage").GetString(), (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stage").GetString());
        }
    }

    [Fact]
    public async Task Post_TheJourneyFormAsShown_IsAccepted_AtEveryStage()
    {
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.SocialWorker, "raa"));
        foreach (var id in await OnePerStageAsync())
        {
            var page = await client.GetPageAsync($"/adopters/{id}/journey");
            var form = page.QuerySelectorAll("main form input[type=text], main form textarea")
                .Select(e => (Name: e.GetAttribute("name")!, Value: e.TagName == "TEXTAREA" ? e.TextContent : e.GetAttribute("value") ?? ""))
                .Concat(page.QuerySelectorAll("main form input[type=radio][checked]").Select(e => (Name: e.GetAttribute("name")!, Value: e.GetAttribute("value")!)))
                .ToDictionary(f => f.Name, f => f.Value);
            var response = await client.PostFormAsync($"/adopters/{id}/journey", form);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{id}: {(await response.ReadHtmlAsync()).QuerySelector(".govuk-error-summary")?.TextContent}");
        }

        await using var db = factory.SystemContext();
        Assert.Contains(await db.AdopterHouseholds.Where(h => h.OwningOrganisation!.ShortName == "raa").Select(h => h.Stage).ToListAsync(), s => s == AdopterStage.Approved);
    }
}
