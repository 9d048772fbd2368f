using System.Net;
using Microsoft.EntityFrameworkCore;
using Permanence.Data.Model.Audit;
using Permanence.Domain.Adopters;
using Permanence.Domain.Staff;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Adopters;

/// <summary>The adopter household pages, as at the test clock's today: Monday 23 November 2026.</summary>
[Collection(WebCollection.Name)]
public class AdopterPageTests(PermanenceFactory factory)
{
    private static readonly string Worker = Demo.User(StaffRole.SocialWorker, "raa");

    private static void Date(Dictionary<string, string> form, string field, string? iso)
    {
        var d = iso is null ? (DateOnly?)null : DateOnly.Parse(iso);
        form[$"Input.{field}.Day"] = d?.Day.ToString() ?? "";
        form[$"Input.{field}.Month"] = d?.Month.ToString() ?? "";
        form[$"Input.{field}.Year"] = d?.Year.ToString() ?? "";
    }

    private static Dictionary<string, string> Enquiry(string name, string date = "2026-11-23")
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.NumberOfAdults"] = "2",
            ["Input.Area"] = "Kingsmere",
            ["Input.EnquirySource"] = "Campaign",
            ["Input.FastTrack"] = "false",
        };
        Date(form, "Enquiry", date);
        return form;
    }

    /// <summary>A journey form: the enquiry plus the given step dates (others blank).</summary>
    private static Dictionary<string, string> Journey(string name, string enquiry, params (string Field, string Date)[] steps)
    {
        var form = Enquiry(name, enquiry);
        foreach (var (field, date) in steps) Date(form, field, date);
        return form;
    }

    private async Task<(HttpClient Client, Guid Id)> NewHouseholdAsync(string name, string enquiry = "2026-11-23")
    {
        var client = await factory.SignedInClientAsync(Worker);
        var response = await client.PostFormAsync("/adopters/new", Enquiry(name, enquiry));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.SystemContext();
        return (client, await db.AdopterHouseholds.Where(h => h.Name == name).Select(h => h.Id).SingleAsync());
    }

    [Fact]
    public async Task Post_Enquiry_SavesTheHousehold_AndItsPageShowsTheInformationPackClock()
    {
        var (client, id) = await NewHouseholdAsync("Enquiry Testfamily");
        await using var db = factory.SystemContext();
        var h = await db.AdopterHouseholds.Include(x => x.OwningOrganisation).SingleAsync(x => x.Id == id);
        Assert.Equal(AdopterStage.Enquiry, h.Stage);
        Assert.Equal(EnquirySource.Campaign, h.EnquirySource);
        Assert.Equal("raa", h.OwningOrganisation!.ShortName);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Create && a.RecordId == id.ToString() && a.UserName == Worker));

        var page = await client.GetPageAsync($"/adopters/{id}");
        var clocks = page.QuerySelector("#clocks")!.TextContent;
        Assert.Contains("Information pack sent", clocks, StringComparison.Ordinal);
        Assert.Contains("30 November 2026", clocks, StringComparison.Ordinal); // 5 working days after Monday 23 November
        Assert.Contains("On track", clocks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Journey_DecisionBeforeItsPanel_ShowsTheErrorAtTheDecision_AndSavesNothing()
    {
        var (client, id) = await NewHouseholdAsync("Decision Testfamily", "2026-01-05");
        var form = Journey("Decision Testfamily", "2026-01-05",
            ("InformationPackSent", "2026-01-07"), ("InitialVisit", "2026-01-20"), ("RegistrationOfInterest", "2026-02-02"),
            ("StageOneStarted", "2026-02-09"), ("StageOneCompleted", "2026-04-01"), ("StageTwoStarted", "2026-04-06"),
            ("TargetPanelDate", "2026-07-20"), ("ReportCompleted", "2026-07-01"), ("PanelDate", "2026-07-20"), ("DecisionDate", "2026-07-17"));
        form["Input.Outcome"] = "Approved";
        var response = await client.PostFormAsync($"/adopters/{id}/journey", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Contains("Decision date must be on or after the panel date", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#Input_DecisionDate", page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#Input_DecisionDate-error"));
        await using var db = factory.SystemContext();
        var h = await db.AdopterHouseholds.SingleAsync(x => x.Id == id);
        Assert.Null(h.PanelDate);
        Assert.Equal(AdopterStage.Enquiry, h.Stage);
    }

    [Theory]
    [InlineData("InformationPackSent", "2026-01-02", "Date the information pack was sent must be on or after the enquiry date")]
    [InlineData("StageOneStarted", "2026-12-01", "Date Stage 1 started must be today or in the past")]
    [InlineData("StageOneCompleted", "2026-03-01", "Date Stage 1 was completed must be on or after the date Stage 1 started")]
    public async Task Post_Journey_DatesOutOfOrder_AreRefusedAtTheField(string field, string date, string message)
    {
        var name = "Order Testfamily " + field;
        var (client, id) = await NewHouseholdAsync(name, "2026-01-05");
        var form = Journey(name, "2026-01-05", ("InformationPackSent", "2026-01-07"), ("RegistrationOfInterest", "2026-02-02"), ("StageOneStarted", "2026-03-02"), ("StageOneCompleted", "2026-04-20"));
        Date(form, field, date);
        var page = await (await client.PostFormAsync($"/adopters/{id}/journey", form)).ReadHtmlAsync();
        Assert.Contains(message, page.QuerySelector($"#Input_{field}-error")!.TextContent, StringComparison.Ordinal);
        await using var db = factory.SystemContext();
        Assert.Null((await db.AdopterHouseholds.SingleAsync(x => x.Id == id)).InformationPackSentDate);
    }

    [Fact]
    public async Task Post_Journey_ToApproval_ThenReviewOfApproval_SetsTheRange_AndContradictionsAreRefused()
    {
        var (client, id) = await NewHouseholdAsync("Approval Testfamily", "2026-01-05");
        var form = Journey("Approval Testfamily", "2026-01-05",
            ("InformationPackSent", "2026-01-07"), ("InitialVisit", "2026-01-20"), ("RegistrationOfInterest", "2026-02-02"),
            ("StageOneStarted", "2026-02-09"), ("StageOneCompleted", "2026-04-01"), ("StageTwoStarted", "2026-04-06"),
            ("TargetPanelDate", "2026-07-20"), ("PreparationTrainingCompleted", "2026-05-15"), ("ReportCompleted", "2026-07-01"),
            ("PanelDate", "2026-07-20"), ("DecisionDate", "2026-07-24"));
        form["Input.Outcome"] = "Approved";
        form["Input.PanelRecommendation"] = "Recommended for approval, one or two children aged 0 to 4.";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/adopters/{id}/journey", form)).StatusCode);

        var details = await client.GetPageAsync($"/adopters/{id}");
        Assert.Contains("Approved, waiting", details.QuerySelector("main dl")!.TextContent, StringComparison.Ordinal);
        var clocks = details.QuerySelector("#clocks")!.TextContent;
        Assert.Contains("Agency decision after panel", clocks, StringComparison.Ordinal);
        Assert.Contains("29 July 2026", clocks, StringComparison.Ordinal); // 7 working days after 20 July
        Assert.Contains("24 October 2026", clocks, StringComparison.Ordinal); // register referral, 3 months after approval: overdue
        Assert.Contains("Overdue", clocks, StringComparison.Ordinal);

        var review = new Dictionary<string, string>
        {
            ["Input.MinimumChildren"] = "1", ["Input.MaximumChildren"] = "2", ["Input.MinimumAgeYears"] = "5", ["Input.MaximumAgeYears"] = "3",
            ["Input.SiblingGroups"] = "true", ["Input.Location"] = "Kingsmere",
        };
        Date(review, "ReviewDate", "2026-07-24");
        var refused = await (await client.PostFormAsync($"/adopters/{id}/reviews/new", review)).ReadHtmlAsync();
        Assert.Contains("Oldest age must be the same as or older than the youngest age", refused.QuerySelector("#Input_MaximumAgeYears-error")!.TextContent, StringComparison.Ordinal);
        await using (var db = factory.SystemContext())
        {
            Assert.Null((await db.AdopterHouseholds.SingleAsync(x => x.Id == id)).RangeMaximumAgeYears);
        }

        review["Input.MinimumAgeYears"] = "0";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/adopters/{id}/reviews/new", review)).StatusCode);
        await using (var db = factory.SystemContext())
        {
            var h = await db.AdopterHouseholds.Include(x => x.Reviews).SingleAsync(x => x.Id == id);
            Assert.Equal((0, 3, true), (h.RangeMinimumAgeYears, h.RangeMaximumAgeYears, h.RangeSiblingGroups));
            Assert.Single(h.Reviews);
            Assert.Null(h.LastReviewDate); // the review at approval sets the range; the annual clock runs from approval
        }
    }

    [Fact]
    public async Task Post_Journey_AfterSomeoneElseSaved_ShowsConflictAndKeepsTheirChange()
    {
        var (client, id) = await NewHouseholdAsync("Conflict Testfamily", "2026-11-02");
        var other = await factory.SignedInClientAsync(Demo.User(StaffRole.TeamManager, "raa"));
        var stale = (await client.GetPageAsync($"/adopters/{id}/journey")).QuerySelector("input[name='Input.ConcurrencyStamp']")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await other.PostFormAsync($"/adopters/{id}/journey", Journey("Conflict Testfamily", "2026-11-02", ("InformationPackSent", "2026-11-04")))).StatusCode);
        var mine = Journey("Conflict Testfamily", "2026-11-02", ("InformationPackSent", "2026-11-06"));
        mine["Input.ConcurrencyStamp"] = stale;
        var response = await client.PostFormAsync($"/adopters/{id}/journey", mine);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Someone else changed this household's record", (await response.ReadHtmlAsync()).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        await using var db = factory.SystemContext();
        Assert.Equal(new DateOnly(2026, 11, 4), (await db.AdopterHouseholds.SingleAsync(x => x.Id == id)).InformationPackSentDate);
    }

    [Fact]
    public async Task Pause_DuringStageOne_ShowsTheClockPaused_AndResumingMovesTheDueDate()
    {
        var (client, id) = await NewHouseholdAsync("Pause Testfamily", "2026-08-03");
        var form = Journey("Pause Testfamily", "2026-08-03", ("InformationPackSent", "2026-08-05"), ("RegistrationOfInterest", "2026-08-24"), ("StageOneStarted", "2026-09-01"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/adopters/{id}/journey", form)).StatusCode);

        var pause = new Dictionary<string, string> { ["Input.Reason"] = "Family bereavement" };
        Date(pause, "StartDate", "2026-10-01");
        Date(pause, "EndDate", null);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/adopters/{id}/pauses/new", pause)).StatusCode);
        var page = await client.GetPageAsync($"/adopters/{id}");
        Assert.Contains("Paused", page.QuerySelector("#clocks")!.TextContent, StringComparison.Ordinal);

        // A second open pause is refused.
        var again = await (await client.PostFormAsync($"/adopters/{id}/pauses/new", pause)).ReadHtmlAsync();
        Assert.Contains("already paused", again.QuerySelector("#Input_StartDate-error")!.TextContent, StringComparison.Ordinal);

        var resume = page.QuerySelector("#pauses a")!.GetAttribute("href")!;
        var end = new Dictionary<string, string>();
        Date(end, "EndDate", "2026-10-15");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(resume, end)).StatusCode);
        var after = (await client.GetPageAsync($"/adopters/{id}")).QuerySelector("#clocks")!.TextContent;
        Assert.Contains("15 November 2026", after, StringComparison.Ordinal); // 1 November + 14 days paused
        Assert.Contains("plus 14 days paused", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Check_CompletedBeforeRequested_IsRefused_AndAValidCheckIsListed()
    {
        var (client, id) = await NewHouseholdAsync("Check Testfamily", "2026-09-01");
        var check = new Dictionary<string, string> { ["Input.Kind"] = "EnhancedDbs", ["Input.Subject"] = "Robin Testfamily", ["Input.Outcome"] = "Clear" };
        Date(check, "RequestedDate", "2026-10-05");
        Date(check, "CompletedDate", "2026-10-01");
        var refused = await (await client.PostFormAsync($"/adopters/{id}/checks/new", check)).ReadHtmlAsync();
        Assert.Contains("Date completed must be on or after the date requested", refused.QuerySelector("#Input_CompletedDate-error")!.TextContent, StringComparison.Ordinal);
        Date(check, "CompletedDate", "2026-10-20");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/adopters/{id}/checks/new", check)).StatusCode);
        var page = await client.GetPageAsync($"/adopters/{id}");
        Assert.Contains("Robin Testfamily", page.QuerySelector("#checks")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worklist_ListsOverdueClocks_OfTheAgencysHouseholds()
    {
        await NewHouseholdAsync("Overdue Testfamily", "2026-11-02"); // information pack due 9 November
        var manager = await factory.SignedInClientAsync(Demo.User(StaffRole.TeamManager, "raa"));
        var page = await manager.GetPageAsync("/adopters/worklist");
        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Overdue Testfamily", StringComparison.Ordinal));
        Assert.Contains("Information pack sent", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Overdue", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VaaStaff_SeeOnlyTheirOwnHouseholds_AndGetNotFoundForTheRaas()
    {
        var (_, raaHousehold) = await NewHouseholdAsync("Isolation Testfamily");
        var vaa = await factory.SignedInClientAsync(Demo.User(StaffRole.SocialWorker, "hearthstone"));
        Assert.Equal(HttpStatusCode.NotFound, (await vaa.GetAsync($"/adopters/{raaHousehold}")).StatusCode);
        var list = await vaa.GetPageAsync("/adopters?page=1");
        var agencies = list.QuerySelectorAll("tbody tr td:nth-child(4)").Select(td => td.TextContent.Trim()).Distinct().ToList();
        Assert.Equal(["Hearthstone Adoption"], agencies);
    }

    [Fact]
    public async Task Index_FiltersByStage()
    {
        var client = await factory.SignedInClientAsync(Demo.User(StaffRole.TeamManager, "raa"));
        var page = await client.GetPageAsync("/adopters?stage=StageTwo");
        var stages = page.QuerySelectorAll("tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()).Distinct().ToList();
        Assert.Equal(["Stage 2"], stages);
    }
}
