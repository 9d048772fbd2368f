using OpenQA.Selenium;
using Permanence.Data.Demo;
using Permanence.Domain.Staff;

namespace Permanence.EndToEndTests;

/// <summary>One household from enquiry to approval, through the pages, with axe-core checks on each.</summary>
[Collection(BrowserCollection.Name)]
public class AdopterJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    private void Heading(string text) => Until(() => Driver.FindElement(By.TagName("h1")).Text == text, $"the heading '{text}'");

    private void Present(By by) => Until(() => Driver.FindElements(by).Count > 0, by.ToString());

    private void Choose(string id) => Driver.FindElement(By.CssSelector($"label[for='{id}']")).Click();

    private void Date(string legend, int day, int month, int year)
    {
        var fieldset = Driver.FindElements(By.CssSelector("fieldset")).First(f => f.FindElement(By.TagName("legend")).Text.Trim() == legend);
        var inputs = fieldset.FindElements(By.TagName("input"));
        foreach (var (input, value) in inputs.Zip([day, month, year]))
        {
            input.Clear();
            input.SendKeys(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void RecruitmentWorker_WalksAHouseholdFromEnquiryToApproval()
    {
        SignIn(DemoRegion.SignIn(StaffRole.SocialWorker, "raa"));
        FollowLink("Adopters");
        Heading("Adopter households");
        Axe.AssertAccessible(Driver);

        Click("Record an enquiry");
        Heading("Record an enquiry");
        Axe.AssertAccessible(Driver);
        FieldByLabel("Household name").SendKeys("Robin and Kit Browserton");
        Date("Enquiry date", 4, 5, 2026);
        Choose("Input_EnquirySource-3"); // Event
        Click("Save");
        Heading("Robin and Kit Browserton");
        Assert.Contains("Overdue", Driver.FindElement(By.Id("clocks")).Text, StringComparison.Ordinal); // information pack due 11 May
        Axe.AssertAccessible(Driver);

        Click("Record the next step");
        Heading("Record the household's journey");
        Axe.AssertAccessible(Driver);
        Date("Date the information pack was sent", 6, 5, 2026);
        Date("Initial visit date", 18, 5, 2026);
        Date("Registration of interest date", 1, 6, 2026);
        Date("Date Stage 1 started", 8, 6, 2026);
        Date("Date Stage 1 was completed", 31, 7, 2026);
        Date("Date Stage 2 started", 3, 8, 2026);
        Date("Target panel date", 23, 11, 2026);
        Date("Date preparation training was completed", 11, 9, 2026);
        Date("Date the Prospective Adopter's Report was completed", 2, 11, 2026);
        Date("Panel date", 16, 11, 2026);
        Date("Decision date", 13, 11, 2026); // before the panel: refused
        Choose("Input_Outcome-2"); // Approved
        Click("Save");
        Present(By.CssSelector(".govuk-error-summary"));
        var summary = Driver.FindElement(By.CssSelector(".govuk-error-summary"));
        Assert.Contains("Decision date must be on or after the panel date", summary.Text, StringComparison.Ordinal);
        Assert.StartsWith("Error:", Driver.Title, StringComparison.Ordinal);
        Axe.AssertAccessible(Driver);
        Screenshot("adopter-journey-errors");

        Date("Decision date", 20, 11, 2026);
        Click("Save");
        Heading("Robin and Kit Browserton");
        Assert.Contains("Approved, waiting", Driver.FindElement(By.CssSelector("main .govuk-summary-list")).Text, StringComparison.Ordinal);
        var clocks = Driver.FindElement(By.Id("clocks")).Text;
        Assert.Contains("Agency decision after panel", clocks, StringComparison.Ordinal);
        Assert.Contains("25 November 2026", clocks, StringComparison.Ordinal); // 7 working days after 16 November
        Assert.Contains("Agency decision: approved", Driver.FindElement(By.Id("timeline")).Text, StringComparison.Ordinal);
        Axe.AssertAccessible(Driver);
        Screenshot("adopter-approved");

        Click("Review approval");
        Heading("Review approval");
        Axe.AssertAccessible(Driver);
        Date("Date of the review", 20, 11, 2026);
        FieldByLabel("Smallest number of children").SendKeys("1");
        FieldByLabel("Largest number of children").SendKeys("2");
        FieldByLabel("Youngest age, in years").SendKeys("0");
        FieldByLabel("Oldest age, in years").SendKeys("4");
        Choose("Input_SiblingGroups"); // Yes
        FieldByLabel("Where the household lives").SendKeys("Ashcombe");
        Click("Save");
        Present(By.Id("range"));
        Assert.Contains("0 to 4 years", Driver.FindElement(By.Id("range")).Text, StringComparison.Ordinal);
        Axe.AssertAccessible(Driver);
    }

    [Fact]
    public void PanelAdviserAndManagers_SeeTheirPages_Accessibly()
    {
        SignIn(DemoRegion.SignIn(StaffRole.PanelAdviser, "raa"));
        FollowLink("Panels");
        Heading("Panels");
        Axe.AssertAccessible(Driver);
        // A meeting that has been held (with cases), not one of the next ones (the next may have a match on its agenda).
        Driver.FindElements(By.CssSelector("main table tbody tr"))
            .First(r => r.FindElements(By.TagName("td")) is var cells && cells[3].Text.Trim() != "0"
                && DateOnly.ParseExact(cells[0].Text.Trim(), "d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) <= new DateOnly(2026, 11, 23))
            .FindElement(By.TagName("a")).Click();
        Present(By.Id("quorum"));
        Assert.Contains("Quorate", Driver.FindElement(By.Id("quorum")).Text, StringComparison.Ordinal);
        Axe.AssertAccessible(Driver);
        Open("/panels/members");
        Axe.AssertAccessible(Driver);

        SignIn(DemoRegion.SignIn(StaffRole.TeamManager, "raa"));
        Open("/adopters/worklist");
        Assert.Equal("Worklist: adopters' statutory clocks", Driver.FindElement(By.TagName("h1")).Text);
        Axe.AssertAccessible(Driver);

        SignIn(DemoRegion.SignIn(StaffRole.PerformanceOfficer, "raa"));
        Open("/adopters/funnel");
        Axe.AssertAccessible(Driver);

        SignIn(DemoRegion.SignIn(StaffRole.Administrator, "raa"));
        Open("/admin/calendar");
        Axe.AssertAccessible(Driver);
    }
}
