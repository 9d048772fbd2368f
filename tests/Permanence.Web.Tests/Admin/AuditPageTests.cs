using System.Net;
using Permanence.Domain.Staff;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Admin;

[Collection(WebCollection.Name)]
public class AuditPageTests(PermanenceFactory factory)
{
    [Fact]
    public async Task AuditPage_FindsWhoReadAChild()
    {
        var id = await factory.AnyChildOfAsync("994");
        var reader = Demo.User(StaffRole.FamilyFinder, "raa");
        var readerClient = await factory.SignedInClientAsync(reader);
        Assert.Equal(HttpStatusCode.OK, (await readerClient.GetAsync($"/children/{id}")).StatusCode);

        var admin = await factory.SignedInClientAsync(Demo.User(StaffRole.Administrator, "994"));
        var page = await admin.GetPageAsync($"/admin/audit?RecordId={id}&Action=Read");
        var rows = page.QuerySelectorAll("main table tbody tr").Select(r => r.TextContent).ToList();
        Assert.True(rows.Count > 0, page.QuerySelector("main")!.TextContent);
        Assert.Contains(rows, r => r.Contains(reader, StringComparison.Ordinal) && r.Contains("Read", StringComparison.Ordinal));
        Assert.Contains("23 November 2026", rows[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditPage_WithAnImpossibleDate_ShowsTheErrorSummary()
    {
        var admin = await factory.SignedInClientAsync(Demo.User(StaffRole.Administrator, "raa"));
        var page = await admin.GetPageAsync("/admin/audit?From.Day=31&From.Month=2&From.Year=2026");
        Assert.Contains("From date must be a real date", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }
}
