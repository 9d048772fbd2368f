using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Permanence.Data.Model.Audit;
using Permanence.Domain.Staff;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Children;

[Collection(WebCollection.Name)]
public class SiblingsAndFamilyFinderTests(PermanenceFactory factory)
{
    [Fact]
    public async Task LinkSiblings_OnThePage_MakesBothPriorityChildren_AndUnlinkDissolvesTheGroup()
    {
        // Under 4, white British, no disability: not a priority child until in a sibling group.
        var first = await factory.NewChildAsync("994", dateOfBirth: "2024-01-10", givenName: "Siblingone");
        var second = await factory.NewChildAsync("994", enteredCare: "2025-04-01", dateOfBirth: "2025-03-02", givenName: "Siblingtwo");
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.SocialWorker, "994"));
        Assert.Equal("No", (await client.GetPageAsync($"/children/{first}/journey")).QuerySelector("#priority")!.TextContent.Trim());

        var search = await client.GetPageAsync($"/children/{first}/siblings?search=Siblingtwo");
        Assert.Contains("Siblingtwo Tester", search.QuerySelector("#sibling-results")!.TextContent, StringComparison.Ordinal);
        var linked = await client.PostFormAsync($"/children/{first}/siblings?search=Siblingtwo", new Dictionary<string, string> { ["SiblingId"] = second.ToString() }, "#sibling-results form");
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);

        var journey = await client.GetPageAsync($"/children/{second}/journey");
        Assert.Contains("In a sibling group of 2 or more", journey.QuerySelector("#priority")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(journey.QuerySelector($"#siblings a[href='/children/{first}/journey']"));
        Assert.Contains("To be placed together", journey.QuerySelector("#siblings")!.TextContent, StringComparison.Ordinal);

        var separately = await client.PostFormAsync($"/children/{first}/siblings", new Dictionary<string, string> { ["PlaceTogether"] = "false" }, "form[action*=Placement]");
        Assert.Equal(HttpStatusCode.Redirect, separately.StatusCode);
        Assert.Contains("To be placed separately", (await client.GetPageAsync($"/children/{second}/journey")).QuerySelector("#siblings")!.TextContent, StringComparison.Ordinal);

        var again = await client.PostFormAsync($"/children/{first}/siblings?search=Siblingtwo", new Dictionary<string, string> { ["SiblingId"] = second.ToString() }, "#sibling-results form");
        Assert.Contains("Siblingtwo Tester is already linked as a sibling", (await again.ReadHtmlAsync()).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        var unlinked = await client.PostFormAsync($"/children/{first}/siblings", new Dictionary<string, string>(), "#sibling-list form");
        Assert.Equal(HttpStatusCode.Redirect, unlinked.StatusCode);
        await using var db = factory.SystemContext();
        Assert.Null((await db.Children.SingleAsync(c => c.Id == first)).SiblingGroupId);
        Assert.Null((await db.Children.SingleAsync(c => c.Id == second)).SiblingGroupId);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.RecordType == "SiblingGroup" && a.Action == AuditAction.Delete));
    }

    [Fact]
    public async Task Siblings_Api_LinksAThird_RefusesOtherLaAndStaleStamps()
    {
        var a = await factory.NewChildAsync("995");
        var b = await factory.NewChildAsync("995");
        var c = await factory.NewChildAsync("995");
        var otherLa = await factory.NewChildAsync("994");
        var api = await factory.ApiClientAsync(Demo.User(StaffRole.TeamManager, "995"));
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/children/{a}/siblings", new { siblingId = b })).StatusCode);
        var joined = await (await api.PostAsJsonAsync($"/api/children/{c}/siblings", new { siblingId = a })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, joined.GetProperty("siblingGroup").GetProperty("size").GetInt32());

        var self = await (await api.PostAsJsonAsync($"/api/children/{a}/siblings", new { siblingId = a })).ProblemErrorsAsync();
        Assert.Equal("A child can't be linked as their own sibling", self.GetProperty("siblingId")[0].GetString());
        var foreign = await (await api.PostAsJsonAsync($"/api/children/{a}/siblings", new { siblingId = otherLa })).ProblemErrorsAsync();
        Assert.Equal("Select a child of the same local authority", foreign.GetProperty("siblingId")[0].GetString());

        var group = (await api.GetFromJsonAsync<JsonElement>($"/api/children/{a}/siblings")).GetProperty("siblingGroup");
        var stamp = group.GetProperty("concurrencyStamp").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/children/{a}/siblings", new { placeTogether = false, concurrencyStamp = stamp })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PutAsJsonAsync($"/api/children/{a}/siblings", new { placeTogether = true, concurrencyStamp = stamp })).StatusCode);

        var journey = await api.JourneyAsync(b);
        Assert.Contains("SiblingGroup", journey.GetProperty("priorityReasons").EnumerateArray().Select(r => r.GetString()));
        Assert.False(journey.GetProperty("siblingGroup").GetProperty("placeTogether").GetBoolean());

        var cStamp = group.GetProperty("siblings").EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == c).GetProperty("concurrencyStamp").GetGuid();
        var afterUnlink = await (await api.DeleteAsync($"/api/children/{a}/siblings/{c}?concurrencyStamp={cStamp}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, afterUnlink.GetProperty("siblingGroup").GetProperty("size").GetInt32());
    }

    [Fact]
    public async Task SiblingsAdoptedOnDifferentDays_EachJourneyEndsInItsOwnOrder()
    {
        var older = await factory.NewChildAsync("995", enteredCare: "2024-06-01", dateOfBirth: "2021-04-01");
        var younger = await factory.NewChildAsync("995", enteredCare: "2024-06-01", dateOfBirth: "2023-04-01");
        var api = await factory.ApiClientAsync(Demo.User(StaffRole.SocialWorker, "995"));
        await api.PostAsJsonAsync($"/api/children/{older}/siblings", new { siblingId = younger });
        foreach (var (child, order) in new[] { (older, "2025-09-01"), (younger, "2025-10-15") })
        {
            await api.RecordAllAsync(child,
                ("ShouldBePlacedDecision", "2024-09-01", null),
                ("PlacementOrderGranted", "2024-12-01", null),
                ("MatchDecision", "2025-02-01", null),
                ("MovedInWithAdopters", "2025-02-20", new { adoptedByFosterCarers = false }),
                ("AdoptionOrder", order, null));
        }

        var first = await api.JourneyAsync(older);
        var second = await api.JourneyAsync(younger);
        Assert.Equal(("Adopted", "Adopted"), (first.GetProperty("stage").GetString(), second.GetProperty("stage").GetString()));
        Assert.Equal("2025-09-01", first.GetProperty("periods")[0].GetProperty("ended").GetString());
        Assert.Equal("2025-10-15", second.GetProperty("periods")[0].GetProperty("ended").GetString());
    }

    private async Task<string> UserIdAsync(StaffRole role, string organisation)
    {
        await using var db = factory.SystemContext();
        return await db.Users.Where(u => u.UserName == Demo.User(role, organisation)).Select(u => u.Id).SingleAsync();
    }

    [Fact]
    public async Task FamilyFinder_AllocatedByTheRaa_OnlyOnceIdentified_AndShownOnTheTimeline()
    {
        var child = await factory.NewChildAsync("993");
        var manager = await factory.SignedInClientAsync(Demo.User(StaffRole.TeamManager, "raa"));
        var finder = await UserIdAsync(StaffRole.FamilyFinder, "raa");

        var notYet = await manager.GetPageAsync($"/children/{child}/family-finder");
        Assert.NotNull(notYet.QuerySelector(".govuk-inset-text"));
        Assert.Null(notYet.QuerySelector("form[action*=Allocate] input[type=radio]"));

        var la = await factory.ApiClientAsync(Demo.User(StaffRole.SocialWorker, "993"));
        await la.RecordAllAsync(child, ("IdentifiedForAdoption", "2025-03-01", null));

        var page = await manager.GetPageAsync($"/children/{child}/family-finder");
        Assert.NotNull(page.QuerySelector($"input[name=FamilyFinderId][value='{finder}']"));
        var empty = await manager.PostFormAsync($"/children/{child}/family-finder", new Dictionary<string, string>(), "form[action*=Allocate]");
        Assert.Contains("Select the family finder", (await empty.ReadHtmlAsync()).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        var allocated = await manager.PostFormAsync($"/children/{child}/family-finder", new Dictionary<string, string> { ["FamilyFinderId"] = finder }, "form[action*=Allocate]");
        Assert.Equal($"/children/{child}/journey", allocated.Headers.Location!.OriginalString);

        var timeline = await manager.GetPageAsync($"/children/{child}/journey");
        await using var db = factory.SystemContext();
        var name = await db.Users.Where(u => u.Id == finder).Select(u => u.DisplayName).SingleAsync();
        Assert.Contains($"{name}, allocated on 23 November 2026", timeline.QuerySelector("#family-finder")!.TextContent, StringComparison.Ordinal);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.RecordType == "Child" && a.RecordId == child.ToString() && a.Action == AuditAction.Update
            && a.UserName == Demo.User(StaffRole.TeamManager, "raa") && a.ChangedFields!.Contains("FamilyFinderId")));

        var unallocated = await manager.PostFormAsync($"/children/{child}/family-finder", new Dictionary<string, string>(), "form[action*=Unallocate]");
        Assert.Equal(HttpStatusCode.Redirect, unallocated.StatusCode);
        await using var check = factory.SystemContext();
        Assert.Null((await check.Children.SingleAsync(c => c.Id == child)).FamilyFinderId);
    }

    [Fact]
    public async Task FamilyFinder_Api_RefusesLaUsers_AndUsersWhoAreNotRaaFamilyFinders()
    {
        var child = await factory.NewChildAsync("993");
        var la = await factory.ApiClientAsync(Demo.User(StaffRole.TeamManager, "993"));
        await la.RecordAllAsync(child, ("IdentifiedForAdoption", "2025-03-01", null));
        var finder = await UserIdAsync(StaffRole.FamilyFinder, "raa");
        var allocation = await la.GetFromJsonAsync<JsonElement>($"/api/children/{child}/family-finder");
        Assert.Empty(allocation.GetProperty("candidates").EnumerateArray());
        var stamp = allocation.GetProperty("childConcurrencyStamp").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await la.PutAsJsonAsync($"/api/children/{child}/family-finder", new { userId = finder, concurrencyStamp = stamp })).StatusCode);
        var laPages = await factory.SignedInClientAsync(Demo.User(StaffRole.TeamManager, "993"));
        var page = await laPages.GetAsync($"/children/{child}/family-finder");
        Assert.Contains("/account/access-denied", page.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);

        var raa = await factory.ApiClientAsync(Demo.User(StaffRole.ServiceManager, "raa"));
        var candidates = (await raa.GetFromJsonAsync<JsonElement>($"/api/children/{child}/family-finder")).GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("userId").GetString()).ToList();
        Assert.Contains(finder, candidates);
        var notAFinder = await (await raa.PutAsJsonAsync($"/api/children/{child}/family-finder", new { userId = await UserIdAsync(StaffRole.SocialWorker, "raa"), concurrencyStamp = stamp })).ProblemErrorsAsync();
        Assert.Equal("Select a family finder of the regional adoption agency", notAFinder.GetProperty("familyFinderId")[0].GetString());
        var laFinder = await (await raa.PutAsJsonAsync($"/api/children/{child}/family-finder", new { userId = await UserIdAsync(StaffRole.FamilyFinder, "993"), concurrencyStamp = stamp })).ProblemErrorsAsync();
        Assert.Equal("Select a family finder of the regional adoption agency", laFinder.GetProperty("familyFinderId")[0].GetString());

        var done = await raa.PutAsJsonAsync($"/api/children/{child}/family-finder", new { userId = finder, concurrencyStamp = stamp });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal(finder, (await done.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("familyFinder").GetProperty("userId").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await raa.DeleteAsync($"/api/children/{child}/family-finder?concurrencyStamp={stamp}")).StatusCode);
        Assert.Equal(finder, (await la.JourneyAsync(child)).GetProperty("familyFinder").GetProperty("userId").GetString());
    }
}
