using OpenQA.Selenium;
using Permanence.Data.Demo;
using Permanence.Domain.Staff;

namespace Permanence.EndToEndTests;

/// <summary>A social worker records a child's journey through the pages, checked with axe-core on each page.</summary>
[Collection(BrowserCollection.Name)]
public class ChildJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    private void ChooseLabel(string text) => Driver.FindElements(By.CssSelector("main label")).First(l => l.Text.Trim() == text).Click();

    private void EnterDate(string legend, DateOnly date)
    {
        var fieldset = Driver.FindElements(By.CssSelector("main fieldset")).First(f => f.Text.StartsWith(legend, StringComparison.Ordinal));
        var inputs = fieldset.FindElements(By.TagName("input"));
        foreach (var (input, value) in inputs.Zip(new[] { date.Day, date.Month, date.Year }))
        {
            input.Clear();
            input.SendKeys(value.ToString());
        }
    }

    [Fact]
    public void SocialWorker_RecordsAJourney_ThroughThePages()
    {
        Guid childId;
        DateOnly entered;
        using (var db = Browser.Factory.SystemContext())
        {
            var child = db.Children.Where(c => c.OwningOrganisation!.LaCode == "993").OrderBy(c => c.LocalReference).First();
            (childId, entered) = (child.Id, child.DateEnteredCare);
        }

        SignIn(DemoRegion.SignIn(StaffRole.SocialWorker, "993"));
        Open($"/children/{childId}");
        FollowLink("Permanence journey, siblings and family finder");
        Assert.Equal("Permanence journey", Driver.FindElement(By.TagName("h1")).Text);
        Axe.AssertAccessible(Driver);

        // Step 1 without a choice: the error summary.
        Click("Record an event");
        Axe.AssertAccessible(Driver);
        Click("Continue");
        Assert.Contains("Select the event to record", Driver.FindElement(By.CssSelector(".govuk-error-summary")).Text, StringComparison.Ordinal);
        Axe.AssertAccessible(Driver);

        // Step 2 with a date in the future: the error at the field and in the summary; then corrected.
        ChooseLabel("Identified as possibly needing adoption");
        Click("Continue");
        Assert.Equal("Identified as possibly needing adoption", Driver.FindElement(By.TagName("h1")).Text);
        Axe.AssertAccessible(Driver);
        EnterDate("Date", DateOnly.FromDateTime(Permanence.TestCommon.PermanenceFactory.Now.UtcDateTime).AddYears(1));
        Click("Save");
        Assert.Contains("Date must be today or in the past", Driver.FindElement(By.CssSelector(".govuk-error-summary")).Text, StringComparison.Ordinal);
        Assert.Contains("Date must be today or in the past", Driver.FindElement(By.Id("Input_Date-error")).Text, StringComparison.Ordinal);
        Assert.StartsWith("Error:", Driver.Title, StringComparison.Ordinal);
        Axe.AssertAccessible(Driver);
        Screenshot("journey-event-error");
        EnterDate("Date", entered);
        Click("Save");
        Assert.Contains("The event has been recorded.", Driver.FindElement(By.CssSelector(".govuk-notification-banner")).Text, StringComparison.Ordinal);
        Assert.Equal("Possible adoption", Driver.FindElement(By.Id("stage")).Text);
        Axe.AssertAccessible(Driver);

        // A plan with two routes explored in parallel, and early permanence.
        Click("Record an event");
        ChooseLabel("Permanence plan");
        Click("Continue");
        Axe.AssertAccessible(Driver);
        EnterDate("Date", entered);
        ChooseLabel("Adoption");
        ChooseLabel("Long-term fostering");
        ChooseLabel("Fostering for adoption");
        Click("Save");
        Assert.Contains("twin-track", Driver.FindElement(By.Id("timeline")).Text, StringComparison.Ordinal);

        // The decision, then a reversal whose reason is shown on the timeline.
        Click("Record an event");
        ChooseLabel("Should be placed for adoption decision (SHOBPA)");
        Click("Continue");
        EnterDate("Date", entered);
        Click("Save");
        Assert.Equal("Should be placed for adoption", Driver.FindElement(By.Id("stage")).Text);
        Click("Record an event");
        ChooseLabel("Should be placed for adoption decision reversed");
        Click("Continue");
        Axe.AssertAccessible(Driver);
        EnterDate("Date", DateOnly.FromDateTime(Permanence.TestCommon.PermanenceFactory.Now.UtcDateTime) < entered.AddDays(1) ? entered : entered.AddDays(1));
        FieldByLabel("Reason").SendKeys("Birth father's family assessed positively");
        Click("Save");
        Assert.Contains("Reason: Birth father's family assessed positively", Driver.FindElement(By.Id("timeline")).Text, StringComparison.Ordinal);
        Axe.AssertAccessible(Driver);
        Screenshot("journey-timeline");

        // Change an event, and the confirmation page for removing one.
        Navigate(() => Driver.FindElements(By.CssSelector("#timeline a")).First(a => a.Text.StartsWith("Change", StringComparison.Ordinal)).Click());
        Axe.AssertAccessible(Driver);
        Click("Save");
        Assert.Contains("The event has been changed.", Driver.FindElement(By.CssSelector(".govuk-notification-banner")).Text, StringComparison.Ordinal);
        Navigate(() => Driver.FindElements(By.CssSelector("#timeline a")).Last(a => a.Text.StartsWith("Remove", StringComparison.Ordinal)).Click());
        Assert.Equal("Are you sure you want to remove this event?", Driver.FindElement(By.TagName("h1")).Text);
        Axe.AssertAccessible(Driver);
        Click("Remove the event");
        Assert.Contains("The event has been removed.", Driver.FindElement(By.CssSelector(".govuk-notification-banner")).Text, StringComparison.Ordinal);

        Open($"/children/{childId}/siblings");
        Assert.Equal("Siblings", Driver.FindElement(By.TagName("h1")).Text);
        Axe.AssertAccessible(Driver);

        SignIn(DemoRegion.SignIn(StaffRole.TeamManager, "raa"));
        Open($"/children/{childId}/family-finder");
        Axe.AssertAccessible(Driver);
    }
}
