using OpenQA.Selenium;
using Permanence.Data.Demo;
using Permanence.Domain.Staff;

namespace Permanence.EndToEndTests;

[Collection(BrowserCollection.Name)]
public class TrackerAndScorecardTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public void ServiceManager_OpensTheTracker_FiltersIt_AndOpensTheScorecardAndItsChildren()
    {
        SignIn(DemoRegion.SignIn(StaffRole.ServiceManager, "raa"));
        FollowLink("Tracker");
        Assert.Equal("Adoption tracker", Driver.FindElement(By.TagName("h1")).Text);
        Assert.Contains("Over", Driver.FindElement(By.CssSelector("main table tbody tr")).Text, StringComparison.Ordinal);
        Axe.AssertAccessible(Driver);
        Screenshot("tracker");

        FieldByLabel("Stage").FindElement(By.CssSelector("option[value=Matched]")).Click();
        Click("Apply filters");
        Assert.All(Driver.FindElements(By.CssSelector("main table tbody tr td:nth-child(3)")), td => Assert.Equal("Matched", td.Text));
        Axe.AssertAccessible(Driver);

        FollowLink("Scorecard");
        Assert.StartsWith("Adoption Scorecard", Driver.FindElement(By.TagName("h1")).Text, StringComparison.Ordinal);
        Axe.AssertAccessible(Driver);
        Screenshot("scorecard");

        Driver.FindElement(By.CssSelector("main a[href^='/scorecard/children']")).Click();
        Assert.EndsWith("the children", Driver.FindElement(By.TagName("h1")).Text, StringComparison.Ordinal);
        Axe.AssertAccessible(Driver);
    }
}
