using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Permanence.Domain.Staff;
using Permanence.TestCommon;
using UglyToad.PdfPig;

namespace Permanence.Web.Tests.Adopters;

/// <summary>A decision recorded on the household's own journey (no panel meeting in the service) still gets its letter.</summary>
[Collection(WebCollection.Name)]
public class HouseholdDecisionLetterTests(PermanenceFactory factory)
{
    private static readonly string Worker = Demo.User(StaffRole.SocialWorker, "raa");

    private async Task<(HttpClient Client, Guid Id, Dictionary<string, object?> Body)> ReadyForDecisionAsync(string name)
    {
        var client = await factory.ApiClientAsync(Worker);
        var body = new Dictionary<string, object?>
        {
            ["name"] = name, ["numberOfAdults"] = 2, ["area"] = "Oakbridge", ["enquirySource"] = "Website", ["fastTrack"] = false,
            ["enquiryDate"] = "2026-01-05",
        };
        var created = await client.PostAsJsonAsync("/api/adopters", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var h = await created.Content.ReadFromJsonAsync<JsonElement>();
        body["informationPackSent"] = "2026-01-07";
        body["registrationOfInterest"] = "2026-02-02";
        body["stageOneStarted"] = "2026-02-09";
        body["stageOneCompleted"] = "2026-04-01";
        body["stageTwoStarted"] = "2026-04-06";
        body["reportCompleted"] = "2026-07-01";
        body["panelDate"] = "2026-07-20";
        body["panelRecommendation"] = "Suitable to adopt one or two children aged 0 to 4";
        body["concurrencyStamp"] = h.GetProperty("concurrencyStamp").GetGuid();
        return (client, h.GetProperty("id").GetGuid(), body);
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().Select(p => p.Text));
    }

    [Fact]
    public async Task Approved_OnTheJourneyForm_HasALetterWithThePanelAndTheDecision_BeforeTheDecisionNone()
    {
        var (client, id, body) = await ReadyForDecisionAsync("Journey Letter Household");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/adopters/{id}/letter")).StatusCode);

        body["decisionDate"] = "2026-07-24";
        body["outcome"] = "Approved";
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/adopters/{id}", body)).StatusCode);

        var letter = await client.GetAsync($"/api/adopters/{id}/letter");
        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        Assert.Equal("application/pdf", letter.Content.Headers.ContentType!.MediaType);
        var text = Text(await letter.Content.ReadAsByteArrayAsync());
        Assert.Contains("To Journey Letter Household", text, StringComparison.Ordinal);
        Assert.Contains("The adoption panel met on 20 July 2026", text, StringComparison.Ordinal);
        Assert.Contains("Suitable to adopt one or two children aged 0 to 4.", text, StringComparison.Ordinal);
        Assert.Contains("decided on 24 July 2026", text, StringComparison.Ordinal);
        Assert.Contains("You are approved as suitable to adopt a child.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Independent Review Mechanism", text, StringComparison.Ordinal);

        var page = await (await factory.SignedInClientAsync(Worker)).GetPageAsync($"/adopters/{id}");
        Assert.Contains($"/adopters/{id}/letter", page.QuerySelector("#household-letter a")!.GetAttribute("href"), StringComparison.Ordinal);

        // LA staff see no adopter records, letters included.
        var la = await factory.ApiClientAsync(Demo.User(StaffRole.SocialWorker, Demo.OwnLa));
        Assert.Equal(HttpStatusCode.Forbidden, (await la.GetAsync($"/api/adopters/{id}/letter")).StatusCode);
    }

    [Fact]
    public async Task NotApproved_OnTheJourneyForm_LetterGivesTheReasonAndTheRightToAReview()
    {
        var (client, id, body) = await ReadyForDecisionAsync("Journey Refusal Household");
        body["decisionDate"] = "2026-07-27";
        body["outcome"] = "NotApproved";
        body["outcomeReason"] = "The assessment found the household could not yet meet a child's needs";
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/adopters/{id}", body)).StatusCode);

        var text = Text(await client.GetByteArrayAsync($"/api/adopters/{id}/letter"));
        Assert.Contains("You are not approved as suitable to adopt a child at this time.", text, StringComparison.Ordinal);
        Assert.Contains("could not yet meet a child's needs", text, StringComparison.Ordinal);
        Assert.Contains("Independent Review Mechanism", text, StringComparison.Ordinal);
    }
}
