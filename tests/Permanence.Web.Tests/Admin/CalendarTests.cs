using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Permanence.Data.Model.Audit;
using Permanence.Domain.Staff;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Admin;

[Collection(WebCollection.Name)]
public class CalendarTests(PermanenceFactory factory)
{
    [Fact]
    public async Task AnAddedBankHoliday_MovesTheWorkingDayClocks_AndRemovingItMovesThemBack()
    {
        var worker = await factory.ApiClientAsync(Demo.User(StaffRole.SocialWorker, "raa"));
        var created = await worker.PostAsJsonAsync("/api/adopters", new { name = "Calendar Household", numberOfAdults = 1, enquirySource = "Website", fastTrack = false, enquiryDate = "2025-06-16" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        async Task<string> DueAsync() => (await worker.GetFromJsonAsync<JsonElement>($"/api/adopters/{id}")).GetProperty("clocks")[0].GetProperty("due").GetString()!;
        Assert.Equal("2025-06-23", await DueAsync());

        var admin = await factory.ApiClientAsync(Demo.User(StaffRole.Administrator, "raa"));
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/bank-holidays", new { date = "2025-06-17", name = "Test bank holiday" })).StatusCode);
        Assert.Equal("2025-06-24", await DueAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/bank-holidays/2025-06-17")).StatusCode);
        Assert.Equal("2025-06-23", await DueAsync());

        await using var db = factory.SystemContext();
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.RecordType == "BankHoliday" && a.RecordId == "2025-06-17" && (a.Action == AuditAction.Create || a.Action == AuditAction.Delete)));
    }

    [Fact]
    public async Task CalendarPage_ListsTheSeededHolidays_AndRefusesAWeekend()
    {
        var admin = await factory.SignedInClientAsync(Demo.User(StaffRole.Administrator, "raa"));
        var page = await admin.GetPageAsync("/admin/calendar");
        Assert.Contains("Boxing Day (substitute day)", page.Body!.TextContent, StringComparison.Ordinal);
        var form = new Dictionary<string, string> { ["Input.Date.Day"] = "21", ["Input.Date.Month"] = "11", ["Input.Date.Year"] = "2026", ["Input.Name"] = "Saturday holiday" };
        var refused = await (await admin.PostFormAsync("/admin/calendar", form)).ReadHtmlAsync();
        Assert.Contains("A bank holiday must be a weekday: enter the substitute day", refused.QuerySelector("#Input_Date-error")!.TextContent, StringComparison.Ordinal);
        await using var db = factory.SystemContext();
        Assert.False(await db.BankHolidays.AnyAsync(b => b.Name == "Saturday holiday"));
    }
}
