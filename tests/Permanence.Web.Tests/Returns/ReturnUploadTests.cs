using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Permanence.Data.Model.Audit;
using Permanence.Domain.Staff;
using Permanence.Ssda903.Rules;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Returns;

[Collection(WebCollection.Name)]
public class ReturnUploadTests(PermanenceFactory factory)
{
    private static string Officer(string organisation) => Demo.User(StaffRole.PerformanceOfficer, organisation);

    private async Task<int> UploadCountAsync()
    {
        await using var db = factory.SystemContext();
        return await db.ReturnUploads.CountAsync();
    }

    [Fact]
    public async Task Post_GoodFiles_StoresTheUpload_AndShowsTheReportGroupedByRule()
    {
        var generated = ReturnFiles.Generate(seed: 11);
        var expected = ReturnValidator.Validate(generated.Current, ReturnFiles.Year, generated.Previous);
        Assert.NotEmpty(expected);
        var client = await factory.SignedInClientAsync(Officer(Demo.OwnLa));

        var response = await client.PostUploadPageAsync(ReturnFiles.Year, ReturnFiles.Files(generated.Current), ReturnFiles.Files(generated.Previous!));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = ReturnFiles.UploadId(response);
        await using (var db = factory.SystemContext())
        {
            var upload = await db.ReturnUploads.Include(u => u.Files).Include(u => u.OwningOrganisation).SingleAsync(u => u.Id == id);
            Assert.Equal(Demo.OwnLa, upload.OwningOrganisation!.LaCode);
            Assert.Equal(Officer(Demo.OwnLa), upload.UploadedByName);
            Assert.Equal(expected.Count, upload.ErrorCount);
            Assert.Equal(generated.Current.Header.Count, upload.ChildCount);
            Assert.True(upload.HasPreviousYear);
            Assert.Equal(generated.Current.TablesSupplied.Count + generated.Previous!.TablesSupplied.Count, upload.Files.Count);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Create && a.RecordType == "ReturnUpload" && a.RecordId == id.ToString()));
        }

        var report = await client.GetPageAsync($"/returns/{id}");
        var main = report.QuerySelector("main")!.TextContent;
        Assert.Contains("Checked with the DfE rules for 2025 to 2026", main, StringComparison.Ordinal);
        Assert.Contains("1015, 164, 169", main, StringComparison.Ordinal); // the rules not run, with why
        Assert.Contains("needs a postcode lookup", main, StringComparison.Ordinal);
        var rows = report.QuerySelectorAll("main table tbody tr")
            .Select(tr => (Code: tr.QuerySelector("th")!.TextContent.Replace("Rule", "", StringComparison.Ordinal).Trim(), Count: int.Parse(tr.QuerySelectorAll("td")[1].TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        var byRule = expected.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(byRule.OrderBy(kv => kv.Key, StringComparer.Ordinal), rows.ToDictionary(r => r.Code, r => r.Count).OrderBy(kv => kv.Key, StringComparer.Ordinal));

        var (code, count) = rows[0];
        var drill = await client.GetPageAsync($"/returns/{id}/rules/{code}");
        Assert.Contains(RuleCatalogue.Get(code).Message, drill.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var drillRows = drill.QuerySelectorAll("main table tbody tr").ToList();
        Assert.Equal(Math.Min(count, 100), drillRows.Count);
        var first = expected.First(e => e.Code == code);
        Assert.Contains(drillRows, tr => tr.QuerySelectorAll("td")[2].TextContent.Trim() == first.Row.ToString(System.Globalization.CultureInfo.InvariantCulture) && tr.QuerySelectorAll("td")[3].TextContent.Trim() == first.Child);
    }

    [Fact]
    public async Task Post_UnreadableFiles_ListsEachProblemInTheErrorSummary_AndStoresNothing()
    {
        var generated = ReturnFiles.Generate(seed: 12, errorRate: 0);
        var files = ReturnFiles.Files(generated.Current).Where(f => f.Name != "episodes.csv").ToList();
        files.Add(ReturnFiles.Csv("episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n000001,31/02/2025,S,C2,N1,U1,PR1,,,,AB1 2CD,AB1 3CD,SC123456\n"));
        files.Add(ReturnFiles.Csv("notes.csv", "NAME,COMMENT\nx,y\n"));
        files.Add(new("reviews.csv", [.. Encoding.UTF8.GetBytes("CHILD,DOB,REVIEW,REVIEW_CODE\n"), 0xFF, 0xFE, 0x41]));
        var before = await UploadCountAsync();
        var client = await factory.SignedInClientAsync(Officer(Demo.OwnLa));

        var response = await client.PostUploadPageAsync(ReturnFiles.Year, files);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        var summary = page.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("episodes.csv row 2 column DECOM: '31/02/2025' is not a dd/mm/yyyy date", summary, StringComparison.Ordinal);
        Assert.Contains("notes.csv row 1: unknown table", summary, StringComparison.Ordinal);
        Assert.Matches(@"reviews\.csv row \d: bad encoding: the file is not UTF-8 text", summary);
        Assert.Contains("The selected files cannot be read", page.QuerySelector("#Files-error")!.TextContent, StringComparison.Ordinal);
        foreach (var link in page.QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")![1..]))
        {
            Assert.NotNull(page.GetElementById(link));
        }

        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Equal(before, await UploadCountAsync());
    }

    [Theory]
    [InlineData("", "Select the collection year")]
    [InlineData("2031", "Collection year must be a year ending between 2014 and 2027")]
    public async Task Post_BadYear_ShowsTheErrorAtTheField(string year, string message)
    {
        var client = await factory.SignedInClientAsync(Officer(Demo.OwnLa));
        var page = await client.GetPageAsync("/returns/upload");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var content = ReturnFiles.Form(year, ReturnFiles.Files(ReturnFiles.Generate(seed: 13, children: 5).Current), antiforgeryToken: token);

        var response = await client.PostAsync("/returns/upload", content);

        var html = await response.ReadHtmlAsync();
        Assert.Contains(message, html.QuerySelector("#Year-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        var client = await factory.SignedInClientAsync(Officer(Demo.OwnLa));
        var before = await UploadCountAsync();
        var response = await client.PostAsync("/returns/upload", ReturnFiles.Form(ReturnFiles.Year, ReturnFiles.Files(ReturnFiles.Generate(seed: 14, children: 5).Current)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await UploadCountAsync());
    }

    [Fact]
    public async Task Get_OtherLaUpload_ReturnsNotFound_InPagesAndApi()
    {
        var generated = ReturnFiles.Generate(seed: 15, children: 10);
        var own = await factory.SignedInClientAsync(Officer(Demo.OwnLa));
        var id = ReturnFiles.UploadId(await own.PostUploadPageAsync(ReturnFiles.Year, ReturnFiles.Files(generated.Current)));
        var other = await factory.SignedInClientAsync(Officer(Demo.OtherLa));
        var otherApi = await factory.ApiClientAsync(Officer(Demo.OtherLa));

        foreach (var url in new[] { $"/returns/{id}", $"/returns/{id}/rules/103", $"/returns/{id}/errors.xlsx" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await otherApi.GetAsync($"/api/returns/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherApi.GetAsync($"/api/returns/{id}/errors")).StatusCode);
        var list = await otherApi.GetFromJsonAsync<JsonElement>("/api/returns?pageSize=500");
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), u => u.GetProperty("id").GetGuid() == id);
        var listPage = await other.GetPageAsync("/returns");
        Assert.DoesNotContain(listPage.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"/returns/{id}");

        var raa = await factory.SignedInClientAsync(Officer("raa"));
        Assert.Equal(HttpStatusCode.OK, (await raa.GetAsync($"/returns/{id}")).StatusCode);
    }

    [Fact]
    public async Task Api_Upload_GivesTheReport_ListsIt_AndDrillsDownByRule()
    {
        var generated = ReturnFiles.Generate(seed: 16);
        var expected = ReturnValidator.Validate(generated.Current, ReturnFiles.Year, generated.Previous);
        var api = await factory.ApiClientAsync(Officer("993"));

        var response = await api.PostAsync("/api/returns", ReturnFiles.Form(ReturnFiles.Year, ReturnFiles.Files(generated.Current), ReturnFiles.Files(generated.Previous!)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = report.GetProperty("upload").GetProperty("id").GetGuid();
        Assert.Equal($"/api/returns/{id}", response.Headers.Location!.AbsolutePath);
        Assert.Equal("993", report.GetProperty("upload").GetProperty("laCode").GetString());
        Assert.Equal(expected.Count, report.GetProperty("errorCount").GetInt32());
        var rule = report.GetProperty("byRule")[0];
        var code = rule.GetProperty("code").GetString()!;
        Assert.Equal(expected.Count(e => e.Code == code), rule.GetProperty("errors").GetInt32());

        var list = await api.GetFromJsonAsync<JsonElement>("/api/returns?laCode=993&year=2026");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), u => u.GetProperty("id").GetGuid() == id);
        var errors = await api.GetFromJsonAsync<JsonElement>($"/api/returns/{id}/errors?rule={code}");
        Assert.Equal(expected.Count(e => e.Code == code), errors.GetProperty("total").GetInt32());
        Assert.All(errors.GetProperty("items").EnumerateArray(), e => Assert.Equal(code, e.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync($"/api/returns/{id}/errors?rule=NOPE")).StatusCode);
    }

    [Fact]
    public async Task Api_UnreadableFiles_AreProblemDetailsWithEveryProblem_AndNothingIsStored()
    {
        var api = await factory.ApiClientAsync(Officer(Demo.OwnLa));
        var before = await UploadCountAsync();
        var response = await api.PostAsync("/api/returns", ReturnFiles.Form(ReturnFiles.Year, [ReturnFiles.Csv("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER\n1,1,01/01/2020,WBRI,,\n"), ReturnFiles.Csv("episodes.xlsx", "x")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var problems = problem.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("file").GetString(), p.GetProperty("column").GetString(), p.GetProperty("reason").GetString())).ToList();
        Assert.Contains(("header.csv", "MC_DOB", "missing column for table Header"), problems);
        Assert.Contains(problems, p => p.Item1 == "episodes.xlsx" && p.Item3!.StartsWith("not a CSV file", StringComparison.Ordinal));
        Assert.Equal(before, await UploadCountAsync());
    }

    [Fact]
    public async Task Api_TooLargeUpload_Is413WithAClearMessage()
    {
        var api = await factory.ApiClientAsync(Officer(Demo.OwnLa));
        var big = new byte[21 * 1024 * 1024];
        var response = await api.PostAsync("/api/returns", ReturnFiles.Form(ReturnFiles.Year, [new("episodes.csv", big)]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("smaller than 20 MB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_RaaPerformanceOfficer_CannotUpload()
    {
        var api = await factory.ApiClientAsync(Officer("raa"));
        var response = await api.PostAsync("/api/returns", ReturnFiles.Form(ReturnFiles.Year, ReturnFiles.Files(ReturnFiles.Generate(seed: 17, children: 5).Current)));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_Workbook_IsAnXlsxOfEveryError_AndTheDownloadIsAudited()
    {
        var generated = ReturnFiles.Generate(seed: 18);
        var client = await factory.SignedInClientAsync(Officer("993"));
        var id = ReturnFiles.UploadId(await client.PostUploadPageAsync(ReturnFiles.Year, ReturnFiles.Files(generated.Current)));

        var response = await client.GetAsync($"/returns/{id}/errors.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Errors").Count();
        Assert.Equal(ReturnValidator.Validate(generated.Current, ReturnFiles.Year).Count, rows);
        await using var db = factory.SystemContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Export && a.RecordId == id.ToString() && a.UserName == Officer("993")));
    }

    [Fact]
    public async Task Post_TooLargeUpload_InThePage_SaysHowLargeItMayBe_AndStoresNothing()
    {
        var client = await factory.SignedInClientAsync(Officer(Demo.OwnLa));
        var before = await UploadCountAsync();
        var page = await client.GetPageAsync("/returns/upload");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync("/returns/upload", ReturnFiles.Form(ReturnFiles.Year, [new("episodes.csv", new byte[21 * 1024 * 1024])], antiforgeryToken: token));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.ReadHtmlAsync();
        Assert.Contains("The selected files must be smaller than 20 MB in total", html.QuerySelector("#Files-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The selected files must be smaller than 20 MB in total", html.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await UploadCountAsync());
    }

    [Fact]
    public async Task RaaPerformanceOfficer_SeesTheRegionsUploads_ButCannotImport()
    {
        var own = await factory.SignedInClientAsync(Officer(Demo.OwnLa));
        var ownId = ReturnFiles.UploadId(await own.PostUploadPageAsync(ReturnFiles.Year, ReturnFiles.Files(ReturnFiles.Generate(seed: 19, children: 5).Current)));
        var other = await factory.SignedInClientAsync(Officer(Demo.OtherLa));
        var otherId = ReturnFiles.UploadId(await other.PostUploadPageAsync(ReturnFiles.Year, ReturnFiles.Files(ReturnFiles.Generate(seed: 20, children: 5).Current)));
        var raa = await factory.SignedInClientAsync(Officer("raa"));

        var list = await raa.GetPageAsync("/returns");
        var links = list.QuerySelectorAll("main table a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/returns/{ownId}", links);
        Assert.Contains($"/returns/{otherId}", links);
        Assert.Empty(list.QuerySelectorAll("main a[href='/returns/upload']"));
        var filtered = await raa.GetPageAsync($"/returns?la={Demo.OtherLa}");
        Assert.DoesNotContain($"/returns/{ownId}", filtered.QuerySelectorAll("main table a").Select(a => a.GetAttribute("href")));

        var report = await raa.GetPageAsync($"/returns/{ownId}");
        Assert.Empty(report.QuerySelectorAll($"main a[href='/returns/{ownId}/import']"));
        Assert.NotEmpty(report.QuerySelectorAll($"main a[href='/returns/{ownId}/reconciliation']"));
        Assert.Equal(HttpStatusCode.Redirect, (await raa.GetAsync($"/returns/{ownId}/import")).StatusCode);
    }

    [Fact]
    public async Task Api_UnreadablePreviousYearFile_IsNamedAsLastYears()
    {
        var generated = ReturnFiles.Generate(seed: 21, children: 5);
        var api = await factory.ApiClientAsync(Officer(Demo.OwnLa));

        var response = await api.PostAsync("/api/returns", ReturnFiles.Form(ReturnFiles.Year, ReturnFiles.Files(generated.Current), [ReturnFiles.Csv("episodes.csv", "CHILD,DECOM\n1,01/01/2020\n")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray().ToList();
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Equal("episodes.csv (previous year)", p.GetProperty("file").GetString()));
    }
}
