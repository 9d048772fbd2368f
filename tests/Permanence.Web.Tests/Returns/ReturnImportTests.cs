using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Permanence.Data.Model.Audit;
using Permanence.Data.Model.Children;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Staff;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Returns;

[Collection(WebCollection.Name)]
public class ReturnImportTests(PermanenceFactory factory)
{
    private const string La = "995";

    private static string Officer(string organisation) => Demo.User(StaffRole.PerformanceOfficer, organisation);

    private sealed record Counts(int Children, int Events, int Changes);

    private async Task<Counts> CountAsync(string laCode)
    {
        await using var db = factory.SystemContext();
        var owner = await db.Organisations.Where(o => o.LaCode == laCode).Select(o => o.Id).SingleAsync();
        return new Counts(
            await db.Children.CountAsync(c => c.OwningOrganisationId == owner),
            await db.Set<ChildJourneyEvent>().CountAsync(e => e.OwningOrganisationId == owner),
            await db.AuditEntries.CountAsync(a => a.OwningOrganisationId == owner && (a.Action == AuditAction.Create || a.Action == AuditAction.Update || a.Action == AuditAction.Delete)));
    }

    private async Task<int> UploadsOfAsync(string laCode)
    {
        await using var db = factory.SystemContext();
        return await db.ReturnUploads.CountAsync(u => u.OwningOrganisation!.LaCode == laCode);
    }

    private static async Task<HttpResponseMessage> PostImportAsync(HttpClient client, Guid id) =>
        await client.PostFormAsync($"/returns/{id}/import", new Dictionary<string, string>());

    [Fact]
    public async Task Import_CreatesChildrenAndEvents_ReimportChangesNothing_AndReconciliationShowsADifferingDate()
    {
        var generated = ReturnFiles.Generate(seed: 31, children: 60, errorRate: 0);
        var client = await factory.SignedInClientAsync(Officer(La));
        var id = ReturnFiles.UploadId(await client.PostUploadPageAsync(ReturnFiles.Year, ReturnFiles.Files(generated.Current), ReturnFiles.Files(generated.Previous!)));
        var before = await CountAsync(La);

        var confirm = await client.GetPageAsync($"/returns/{id}/import");
        Assert.Contains("Children in the return", confirm.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var response = await PostImportAsync(client, id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("Return imported", page.QuerySelector("h1")!.TextContent.Trim());
        var after = await CountAsync(La);
        int created, imported;
        await using (var db = factory.SystemContext())
        {
            var references = generated.Current.Header.Select(h => h.Child).ToList();
            var children = await db.Children.Include(c => c.JourneyEvents).Where(c => c.OwningOrganisation!.LaCode == La && references.Contains(c.LocalReference!)).ToListAsync();
            created = children.Count;
            imported = children.Sum(c => c.JourneyEvents.Count(e => e.Source == JourneyEventSource.Ssda903Return));
            Assert.True(created > generated.Current.Header.Count / 2, $"{created} of {generated.Current.Header.Count} children created");
            Assert.Contains(children, c => c.JourneyEvents.Any(e => e.Type == JourneyEventType.AdoptionOrder));
            var adopted = generated.Journeys.First(j => children.Any(c => c.LocalReference == j.ChildId && c.JourneyEvents.Any(e => e.Type == JourneyEventType.AdoptionOrder)));
            var child = children.Single(c => c.LocalReference == adopted.ChildId);
            Assert.Equal(adopted.EnteredCare, child.DateEnteredCare);
            Assert.Equal(adopted.MovedInWithAdopters, child.JourneyEvents.Single(e => e.Type == JourneyEventType.MovedInWithAdopters).Date);
            Assert.Equal(adopted.AdoptionOrder, child.JourneyEvents.Single(e => e.Type == JourneyEventType.AdoptionOrder).Date);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Create && a.RecordType == nameof(Child) && a.RecordId == child.Id.ToString() && a.UserName == Officer(La)));
            Assert.NotNull((await db.ReturnUploads.SingleAsync(u => u.Id == id)).ImportedAtUtc);
        }

        Assert.Equal(before.Children + created, after.Children);
        Assert.Equal(before.Events + imported, after.Events);

        // The same upload again, and the same files uploaded again: nothing changes.
        var again = await (await PostImportAsync(client, id)).ReadHtmlAsync();
        Assert.Contains("0 journey events added", again.QuerySelector(".govuk-panel")!.TextContent, StringComparison.Ordinal);
        var secondUpload = ReturnFiles.UploadId(await client.PostUploadPageAsync(ReturnFiles.Year, ReturnFiles.Files(generated.Current), ReturnFiles.Files(generated.Previous!)));
        var afterUpload = await CountAsync(La);
        var api = await factory.ApiClientAsync(Officer(La));
        var result = await (await api.PostAsync($"/api/returns/{secondUpload}/import", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, result.GetProperty("eventsAdded").GetInt32());
        Assert.Equal(0, result.GetProperty("childrenCreated").GetInt32());
        Assert.Equal(afterUpload, await CountAsync(La));

        // A date changed in the tracker shows on the reconciliation page and in the API.
        var reconciled = await client.GetPageAsync($"/returns/{id}/reconciliation");
        Assert.Contains("0 children have dates that differ", reconciled.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        string reference;
        DateOnly returnDate;
        await using (var db = factory.SystemContext())
        {
            var order = await db.Set<ChildJourneyEvent>().Include(e => e.Child)
                .Where(e => e.Type == JourneyEventType.AdoptionOrder && e.OwningOrganisation!.LaCode == La && e.Source == JourneyEventSource.Ssda903Return)
                .OrderBy(e => e.Child!.LocalReference).FirstAsync();
            reference = order.Child!.LocalReference!;
            returnDate = order.Date;
            order.Date = order.Date.AddDays(3);
            await db.SaveChangesAsync();
        }

        var differing = await client.GetPageAsync($"/returns/{id}/reconciliation");
        var row = differing.QuerySelectorAll("#differences ~ table tbody tr").First(tr => tr.TextContent.Contains("Adoption order granted", StringComparison.Ordinal));
        Assert.Contains(reference, row.TextContent, StringComparison.Ordinal);
        Assert.Contains(returnDate.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), row.TextContent, StringComparison.Ordinal);
        Assert.Contains(returnDate.AddDays(3).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), row.TextContent, StringComparison.Ordinal);
        var json = await api.GetFromJsonAsync<JsonElement>($"/api/returns/{id}/reconciliation");
        var difference = json.GetProperty("differences").EnumerateArray().Single(d => d.GetProperty("child").GetString() == reference);
        Assert.Contains(difference.GetProperty("dates").EnumerateArray(), d => d.GetProperty("milestone").GetString() == "Adoption order granted" && d.GetProperty("inReturn").GetString() == returnDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEmpty(json.GetProperty("onlyInTracker").EnumerateArray()); // the demo children of the LA
    }

    [Fact]
    public async Task UnreadableUpload_WritesNothing()
    {
        var before = await CountAsync("992");
        var uploadsBefore = await UploadsOfAsync("992");
        var api = await factory.ApiClientAsync(Officer("992"));
        var generated = ReturnFiles.Generate(seed: 32, children: 10, errorRate: 0);
        var files = ReturnFiles.Files(generated.Current).Select(f => f.Name == "header.csv" ? ReturnFiles.Csv(f.Name, System.Text.Encoding.UTF8.GetString(f.Content).Replace("/20", "/x0", StringComparison.Ordinal)) : f).ToList();

        var response = await api.PostAsync("/api/returns", ReturnFiles.Form(ReturnFiles.Year, files));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await CountAsync("992"));
        Assert.Equal(uploadsBefore, await UploadsOfAsync("992"));
    }

    [Fact]
    public async Task OtherLa_CannotImportOrReconcile_AnUpload()
    {
        var own = await factory.SignedInClientAsync(Officer(Demo.OwnLa));
        var id = ReturnFiles.UploadId(await own.PostUploadPageAsync(ReturnFiles.Year, ReturnFiles.Files(ReturnFiles.Generate(seed: 33, children: 10, errorRate: 0).Current)));
        var before = await CountAsync(Demo.OwnLa);
        var other = await factory.SignedInClientAsync(Officer(Demo.OtherLa));
        var otherApi = await factory.ApiClientAsync(Officer(Demo.OtherLa));

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/returns/{id}/import")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/returns/{id}/reconciliation")).StatusCode);
        var token = ((await other.GetPageAsync("/returns/upload")).QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement)!.Value;
        var post = await other.PostAsync($"/returns/{id}/import", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherApi.PostAsync($"/api/returns/{id}/import", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherApi.GetAsync($"/api/returns/{id}/reconciliation")).StatusCode);
        Assert.Equal(before, await CountAsync(Demo.OwnLa));
    }
}
