using System.Net;
using Microsoft.EntityFrameworkCore;
using Permanence.Data.Model.Audit;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Staff;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Children;

[Collection(WebCollection.Name)]
public class ChildrenPageTests(PermanenceFactory factory)
{
    private static Dictionary<string, string> ValidForm(string givenName, string reference) =>
        new()
        {
            ["Input.GivenName"] = givenName,
            ["Input.FamilyName"] = "Testington",
            ["Input.LocalReference"] = reference,
            ["Input.DateOfBirth.Day"] = "29",
            ["Input.DateOfBirth.Month"] = "2",
            ["Input.DateOfBirth.Year"] = "2020",
            ["Input.Sex"] = "Female",
            ["Input.EthnicityCode"] = "MWBC",
            ["Input.HasDisability"] = "false",
            ["Input.DateEnteredCare.Day"] = "4",
            ["Input.DateEnteredCare.Month"] = "11",
            ["Input.DateEnteredCare.Year"] = "2024",
        };

    [Fact]
    public async Task Get_Children_AsLaUser_ListsOnlyOwnLaChildren()
    {
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.SocialWorker, Demo.OwnLa));
        var page = await client.GetPageAsync("/children?page=1");
        var las = page.QuerySelectorAll("table tbody tr td:nth-child(4)").Select(td => td.TextContent.Trim()).Distinct().ToList();
        Assert.Equal(["Kingsmere City Council"], las);
    }

    [Fact]
    public async Task Get_Children_SecondPage_ShowsTheNextChildrenWithoutErrors()
    {
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.FamilyFinder, "raa"));
        var first = await client.GetPageAsync("/children");
        var second = await client.GetPageAsync("/children?page=2");
        Assert.Null(first.QuerySelector(".govuk-error-summary"));
        Assert.Null(second.QuerySelector(".govuk-error-summary"));
        Assert.Contains("Page 2 of", second.QuerySelector(".govuk-pagination")!.TextContent, StringComparison.Ordinal);
        var firstNames = first.QuerySelectorAll("main table tbody a").Select(a => a.GetAttribute("href")).ToHashSet();
        var secondNames = second.QuerySelectorAll("main table tbody a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(25, secondNames.Count);
        Assert.DoesNotContain(secondNames, firstNames.Contains);
    }

    [Fact]
    public async Task Get_Children_SearchForAnotherLasChild_FindsNothing()
    {
        await using var db = factory.SystemContext();
        var other = await db.Children.FirstAsync(c => c.OwningOrganisation!.LaCode == Demo.OtherLa);
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.SocialWorker, Demo.OwnLa));
        var page = await client.GetPageAsync($"/children?search={other.LocalReference}");
        Assert.Contains("0 children found", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_OtherLaChild_ReturnsNotFound_WithoutTheRecord()
    {
        await using var db = factory.SystemContext();
        var other = await db.Children.FirstAsync(c => c.OwningOrganisation!.LaCode == Demo.OtherLa);
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.SocialWorker, Demo.OwnLa));
        var response = await client.GetAsync($"/children/{other.Id}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(other.FamilyName, body, StringComparison.Ordinal);
        Assert.Contains("Page not found", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_OwnChild_ShowsDetailsWithGovUkDates_AndAuditsTheRead()
    {
        var id = await factory.AnyChildOfAsync(Demo.OwnLa);
        var user = Demo.User(StaffRole.TeamManager, Demo.OwnLa);
        var client = await factory.SignedInClientAsync(user);
        var page = await client.GetPageAsync($"/children/{id}");
        await using var db = factory.SystemContext();
        var child = await db.Children.SingleAsync(c => c.Id == id);
        Assert.Equal(child.FullName, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(child.DateOfBirth.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), page.Body!.TextContent, StringComparison.Ordinal);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Read && a.RecordId == id.ToString() && a.UserName == user && a.Context == "GET /children/{id:guid}"));
    }

    [Fact]
    public async Task Post_NewChild_Valid_SavesAndAuditsTheCreation()
    {
        var user = Demo.User(StaffRole.SocialWorker, "993");
        var client = await factory.SignedInClientAsync(user);
        var response = await client.PostFormAsync("/children/new", ValidForm("Leapday", "T993001"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.SystemContext();
        var child = await db.Children.Include(c => c.OwningOrganisation).SingleAsync(c => c.LocalReference == "T993001");
        Assert.Equal("993", child.OwningOrganisation!.LaCode);
        Assert.Equal(new DateOnly(2020, 2, 29), child.DateOfBirth);
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == AuditAction.Create && a.RecordType == "Child" && a.RecordId == child.Id.ToString());
        Assert.Equal(user, audit.UserName);
        Assert.Contains("DateOfBirth", audit.ChangedFields!, StringComparison.Ordinal);
        Assert.Equal(child.OwningOrganisationId, audit.OwningOrganisationId);

        // The journey starts with the date the child entered care, recorded and audited with the child.
        var entered = await db.ChildJourneyEvents.SingleAsync(e => e.ChildId == child.Id);
        Assert.Equal((JourneyEventType.EnteredCare, child.DateEnteredCare), (entered.Type, entered.Date));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Create && a.RecordType == "ChildJourneyEvent" && a.RecordId == child.Id.ToString()));
    }

    [Theory]
    [InlineData("Input.DateOfBirth.Day", "30", "Date of birth must be a real date")]
    [InlineData("Input.DateOfBirth.Year", "2028", "Date of birth must be today or in the past")]
    [InlineData("Input.DateOfBirth.Month", "", "Date of birth must include a month")]
    [InlineData("Input.GivenName", "  ", "Enter the child's given name")]
    [InlineData("Input.EthnicityCode", "XXXX", "Select the child's ethnicity")]
    [InlineData("Input.DateEnteredCare.Year", "2019", "Date entered care must be on or after the date of birth")]
    public async Task Post_NewChild_Invalid_ShowsErrorSummaryAndSavesNothing(string field, string value, string message)
    {
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.SocialWorker, "994"));
        var form = ValidForm("Invalid", "BAD994");
        form[field] = value;
        var response = await client.PostFormAsync("/children/new", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Contains(message, page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".govuk-form-group--error"));
        await using var db = factory.SystemContext();
        Assert.False(await db.Children.AnyAsync(c => c.LocalReference == "BAD994"));
    }

    [Fact]
    public async Task Post_NewChild_Empty_ListsErrorsInPageOrder_LinkedToTheirFields()
    {
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.SocialWorker, "994"));
        var response = await client.PostFormAsync("/children/new", new Dictionary<string, string>());
        var page = await response.ReadHtmlAsync();
        var links = page.QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(
            ["#Input_GivenName", "#Input_FamilyName", "#Input_DateOfBirth", "#Input_Sex", "#Input_EthnicityCode", "#Input_HasDisability", "#Input_DateEnteredCare"],
            links);
        Assert.All(links, href => Assert.NotNull(page.QuerySelector(href)));
    }

    [Fact]
    public async Task Post_EditChild_AfterSomeoneElseSaved_ShowsConflictAndKeepsTheirChange()
    {
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.SocialWorker, "995"));
        await client.PostFormAsync("/children/new", ValidForm("Conflict", "C995001"));
        await using var db = factory.SystemContext();
        var id = await db.Children.Where(c => c.LocalReference == "C995001").Select(c => c.Id).SingleAsync();

        // Both people open the edit page; the first saves, then the second.
        var first = await factory.SignedInClientAsync(Demo.User(StaffRole.TeamManager, "995"));
        await first.GetPageAsync($"/children/{id}/edit");
        var secondPage = await client.GetPageAsync($"/children/{id}/edit");
        var stamp = secondPage.QuerySelector("input[name='Input.ConcurrencyStamp']")!.GetAttribute("value")!;
        var firstForm = ValidForm("FirstChange", "C995001");
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync($"/children/{id}/edit", firstForm)).StatusCode);
        var secondForm = ValidForm("SecondChange", "C995001");
        secondForm["Input.ConcurrencyStamp"] = stamp;
        var response = await client.PostFormAsync($"/children/{id}/edit", secondForm);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Someone else changed", (await response.ReadHtmlAsync()).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        await using var check = factory.SystemContext();
        Assert.Equal("FirstChange", (await check.Children.SingleAsync(c => c.Id == id)).GivenName);
    }
}
