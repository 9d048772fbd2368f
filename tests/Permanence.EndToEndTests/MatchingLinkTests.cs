using OpenQA.Selenium;
using Permanence.Data.Demo;
using Permanence.Data.Journeys;
using Permanence.Data.Model.Adopters;
using Permanence.Data.Model.Children;
using Permanence.Domain.Adopters;
using Permanence.Domain.Children;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Staff;

namespace Permanence.EndToEndTests;

/// <summary>
/// A waiting child from shortlist to moving in, through the pages, with axe-core checks on each:
/// the family finder shortlists, visits, holds the linking meeting and proceeds; the panel adviser
/// puts the match on a quorate adoption panel and records its recommendation; the child's LA
/// agency decision maker approves the match; the family finder records introductions and the move-in.
/// </summary>
[Collection(BrowserCollection.Name)]
public class MatchingLinkTests(BrowserFixture browser) : BrowserTest(browser)
{
    private void Heading(string text) => Until(() => Driver.FindElement(By.TagName("h1")).Text == text, $"the heading '{text}'");

    private void Status(string text) => Until(() => Driver.FindElement(By.Id("link-status")).Text == text, $"the status '{text}'");

    private void Date(string legend, int day, int month, int year)
    {
        var fieldset = Driver.FindElements(By.CssSelector("fieldset")).First(f => f.FindElement(By.TagName("legend")).Text.Trim() == legend);
        foreach (var (input, value) in fieldset.FindElements(By.TagName("input")).Zip([day, month, year]))
        {
            input.Clear();
            input.SendKeys(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private void Choose(string legend, string label)
    {
        var fieldset = Driver.FindElements(By.CssSelector("fieldset")).First(f => f.FindElement(By.TagName("legend")).Text.Trim() == legend);
        fieldset.FindElements(By.CssSelector("label")).First(l => l.Text.Trim().StartsWith(label, StringComparison.Ordinal)).Click();
    }

    /// <summary>A child of LA 991 waiting with a placement order, and an approved household of the RAA; their ids.</summary>
    private (Guid Child, Guid Household) Arrange()
    {
        using var db = Browser.Factory.SystemContext();
        var la = db.Organisations.Single(o => o.LaCode == "991");
        var raa = db.Organisations.Single(o => o.Type == Domain.Organisations.OrganisationType.RegionalAdoptionAgency && o.RegionId == la.RegionId);
        var child = new Child
        {
            OwningOrganisationId = la.Id, GivenName = "Rowan", FamilyName = "Browserlink", DateOfBirth = new DateOnly(2023, 5, 10), Sex = Sex.Female,
            EthnicityCode = "WBRI", DateEnteredCare = new DateOnly(2024, 11, 4), LocalReference = "E2E-LINK",
        };
        var today = new DateOnly(2026, 11, 23);
        foreach (var (type, date) in new[] { (JourneyEventType.EnteredCare, "2024-11-04"), (JourneyEventType.ShouldBePlacedDecision, "2025-03-03"), (JourneyEventType.PlacementOrderGranted, "2025-06-02") })
        {
            Assert.True(JourneyRecorder.Record(child, new JourneyEvent(Guid.Empty, type, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), JourneyEventSource.Recorded, today).Succeeded);
        }

        db.Children.Add(child);
        var household = new AdopterHousehold
        {
            Name = "Sam and Alex Browserlink", OwningOrganisationId = raa.Id, NumberOfAdults = 2, Stage = AdopterStage.Approved, EnquiryDate = new DateOnly(2025, 9, 1),
            FastTrack = true, StageTwoStartDate = new DateOnly(2025, 10, 6), ReportCompletedDate = new DateOnly(2026, 2, 2), PanelDate = new DateOnly(2026, 2, 23),
            DecisionDate = new DateOnly(2026, 3, 2), ApprovalDate = new DateOnly(2026, 3, 2), Outcome = AdopterOutcome.Approved, Area = "Larkfield",
        };
        household.SetRange(new ApprovalRange(1, 2, 0, 4, true, null, null, "Larkfield"));
        db.AdopterHouseholds.Add(household);
        db.SaveChanges();
        return (child.Id, household.Id);
    }

    [Fact]
    public void FamilyFinder_WalksAChildFromShortlistToMovingIn()
    {
        var (child, household) = Arrange();

        // Rank: the child's ranking, searched down to the household, then its "Shortlist" button.
        SignIn(DemoRegion.SignIn(StaffRole.FamilyFinder, "raa"));
        Open($"/matching/children/{child}/links");
        Heading("Links for Rowan Browserlink");
        Axe.AssertAccessible(Driver);
        Open($"/matching/children/{child}?Search=Browserlink");
        Heading("Households for Rowan Browserlink");
        Axe.AssertAccessible(Driver);
        var shortlist = Driver.FindElement(By.CssSelector($"input[name='HouseholdId'][value='{household}']")).FindElement(By.XPath("./ancestor::form")).FindElement(By.TagName("button"));
        Navigate(shortlist.Click);
        Heading("Rowan Browserlink and Sam and Alex Browserlink");
        var linkPath = new Uri(Driver.Url).AbsolutePath;

        // Back on the ranking, the household now leads to its link instead of a second shortlist.
        Open($"/matching/children/{child}?Search=Browserlink");
        Heading("Households for Rowan Browserlink");
        Assert.Empty(Driver.FindElements(By.CssSelector($"input[name='HouseholdId'][value='{household}']")));
        Driver.FindElement(By.CssSelector($"main a[href='{linkPath}']")).Click();
        Heading("Rowan Browserlink and Sam and Alex Browserlink");
        Status("Shortlisted");
        Assert.Contains("waited 18 months or more", Driver.FindElement(By.Id("highlight")).Text, StringComparison.Ordinal);
        Axe.AssertAccessible(Driver);

        Click("Record the visit"); // nothing entered: refused at the fields
        Until(() => Driver.FindElements(By.CssSelector(".govuk-error-summary")).Count > 0, "the error summary");
        Assert.Contains("Enter the date of the visit", Driver.FindElement(By.CssSelector(".govuk-error-summary")).Text, StringComparison.Ordinal);
        Axe.AssertAccessible(Driver);
        Date("Date of the visit", 23, 11, 2026);
        FieldByLabel("Who visited or met").SendKeys("Family finder and Rowan's social worker");
        Click("Record the visit");
        Status("Visiting");

        Date("Date of the linking meeting", 23, 11, 2026);
        Choose("What the linking meeting decided", "Proceed to the matching panel");
        Click("Record the linking meeting");
        Status("Linking meeting held");
        Click("Proceed to panel");
        Status("Ready for panel");
        Axe.AssertAccessible(Driver);
        Screenshot("link-ready-for-panel");

        SignIn(DemoRegion.SignIn(StaffRole.PanelAdviser, "raa"));
        Open("/panels/new");
        Heading("Schedule a panel meeting");
        Choose("Panel", "Adoption panel");
        Date("Date of the meeting", 23, 11, 2026);
        Click("Schedule");
        Heading("Adoption panel, 23 November 2026");
        var attendance = Driver.FindElements(By.CssSelector("fieldset")).First(f => f.FindElement(By.TagName("legend")).Text.Trim() == "Members present");
        foreach (var label in attendance.FindElements(By.CssSelector("label")))
        {
            label.Click();
        }

        Click("Save attendance");
        Until(() => Driver.FindElement(By.Id("quorum")).Text.Contains("Quorate", StringComparison.Ordinal), "quorum");
        Choose("Add a case that is ready for panel", "Rowan Browserlink with Sam and Alex Browserlink: match");
        Click("Add to the agenda");
        Until(() => Driver.FindElements(By.Id("agenda")).Count > 0, "the agenda");
        Assert.Contains("Match: Rowan Browserlink with Sam and Alex Browserlink", Driver.FindElement(By.Id("agenda")).Text, StringComparison.Ordinal);
        Choose("Case", "Rowan Browserlink with Sam and Alex Browserlink: match");
        Choose("The panel's recommendation", "Recommended");
        Click("Record the recommendation");
        Until(() => Driver.FindElement(By.Id("agenda")).Text.Contains("Recommended", StringComparison.Ordinal), "the recommendation");
        Assert.Contains("The child's local authority's agency decision maker decides, on the link", Driver.FindElement(By.Id("agenda")).Text, StringComparison.Ordinal);
        Axe.AssertAccessible(Driver);
        Screenshot("link-on-panel-agenda");

        SignIn(DemoRegion.SignIn(StaffRole.AgencyDecisionMaker, "991"));
        FollowLink("Links");
        Heading("Links");
        Axe.AssertAccessible(Driver);
        Navigate(() => Driver.FindElement(By.CssSelector($"main a[href='{linkPath}']")).Click());
        Status("On the panel agenda");
        Assert.Contains("2 December 2026", Driver.FindElement(By.Id("decision")).Text, StringComparison.Ordinal); // 7 working days after the panel
        Assert.Empty(Driver.FindElements(By.CssSelector("a[href^='/adopters/']"))); // the LA sees the household as presented only
        Choose("Your decision", "Approve the match");
        Date("Date of the decision", 23, 11, 2026);
        Click("Record the match decision");
        Status("Matched");
        Axe.AssertAccessible(Driver);

        SignIn(DemoRegion.SignIn(StaffRole.FamilyFinder, "raa"));
        Open($"/matching/children/{child}/links");
        FollowLink("Sam and Alex Browserlink");
        Status("Matched");
        Date("Date introductions started", 23, 11, 2026);
        Click("Record the start of introductions");
        Status("Introductions");
        Date("Date the child moved in", 23, 11, 2026);
        Click("Record the move-in");
        Status("Moved in");
        Axe.AssertAccessible(Driver);
        Screenshot("link-moved-in");

        Open($"/children/{child}/journey");
        Until(() => Driver.FindElement(By.TagName("main")).Text.Contains("Moved in with the adoptive family", StringComparison.Ordinal), "the move-in on the journey");
        Assert.Contains("Match decision", Driver.FindElement(By.TagName("main")).Text, StringComparison.Ordinal);
    }
}
