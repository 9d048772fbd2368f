using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Permanence.Domain.Staff;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Adopters;

[Collection(WebCollection.Name)]
public class FunnelTests(PermanenceFactory factory)
{
    [Fact]
    public async Task Funnel_ThroughTheApi_CountsTheAgencysEnquiriesInThePeriod()
    {
        var officer = await factory.ApiClientAsync(Demo.User(StaffRole.PerformanceOfficer, "bridgeway"));
        var funnel = await officer.GetFromJsonAsync<JsonElement>("/api/adopters/funnel?from=2020-01-01&to=2026-11-23");
        await using var db = factory.SystemContext();
        var expected = await db.AdopterHouseholds.CountAsync(h => h.OwningOrganisation!.ShortName == "bridgeway" && h.EnquiryDate >= new DateOnly(2020, 1, 1));
        var steps = funnel.GetProperty("steps");
        Assert.Equal("Enquiries", steps[0].GetProperty("step").GetString());
        Assert.Equal(expected, steps[0].GetProperty("households").GetInt32());
        Assert.True(steps[4].GetProperty("households").GetInt32() > 0); // the demo agency has approvals
        Assert.Equal(expected, funnel.GetProperty("bySource").EnumerateArray().Sum(s => s.GetProperty("counts")[0].GetInt32()));

        var bad = await officer.GetAsync("/api/adopters/funnel?from=2026-12-01&to=2026-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Funnel_Exports_ExcelAndCsv_WithTheSameFigures()
    {
        var officer = await factory.SignedInClientAsync(Demo.User(StaffRole.PerformanceOfficer, "raa"));
        var page = await officer.GetPageAsync("/adopters/funnel?from=2025-11-24&to=2026-11-23");
        var enquiries = page.QuerySelector("#funnel tbody tr td")!.TextContent.Trim();

        var xlsx = await officer.GetAsync("/adopters/funnel?from=2025-11-24&to=2026-11-23&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true, sheetName: "Funnel").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("Enquiries", rows[0]["Step"]);
        Assert.Equal(enquiries, Convert.ToString(rows[0]["Households"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["Funnel", "By source", "Median days", "Timeliness"], MiniExcel.GetSheetNames(stream));

        var csv = await (await officer.GetAsync("/adopters/funnel?from=2025-11-24&to=2026-11-23&format=csv")).Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n");
        Assert.Equal("Recruitment funnel,2025-11-24,2026-11-23", lines[0]);
        Assert.Equal("Step,Households,Of the period's enquiries (%)", lines[3]);
        Assert.StartsWith($"Enquiries,{enquiries},", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Funnel_Page_ABadDate_IsAnErrorAtTheField()
    {
        var manager = await factory.SignedInClientAsync(Demo.User(StaffRole.ServiceManager, "raa"));
        var page = await manager.GetPageAsync("/adopters/funnel?from=2026-02-30");
        Assert.Contains("Start of the period must be a real date written as yyyy-mm-dd", page.QuerySelector("#From-error")!.TextContent, StringComparison.Ordinal);
    }
}
