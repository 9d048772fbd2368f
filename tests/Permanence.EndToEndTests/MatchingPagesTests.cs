using OpenQA.Selenium;
using Permanence.Data.Demo;
using Permanence.Domain.Staff;

namespace Permanence.EndToEndTests;

[Collection(BrowserCollection.Name)]
public class MatchingPagesTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public void FamilyFinder_OpensTheWaitingChildren_RanksHouseholdsForOne_AndFilters_ManagerSeesTheSufficiencyGap()
    {
        SignIn(DemoRegion.SignIn(StaffRole.FamilyFinder, "raa"));
        FollowLink("Matching");
        Assert.Equal("Children waiting for a family", Driver.FindElement(By.TagName("h1")).Text);
        Axe.AssertAccessible(Driver);
        Screenshot("matching-waiting");

        Navigate(() => Driver.FindElement(By.CssSelector("#waiting tbody tr a")).Click());
        Assert.StartsWith("Households for", Driver.FindElement(By.TagName("h1")).Text, StringComparison.Ordinal);
        Assert.NotEmpty(Driver.FindElements(By.CssSelector("#ranked li, #excluded tr")));
        Axe.AssertAccessible(Driver);
        Screenshot("matching-ranking");

        FieldByLabel("Inter-agency households only").Click();
        Click("Apply filters");
        Assert.Contains("InterAgencyOnly=true", Driver.Url, StringComparison.Ordinal);
        Assert.All(Driver.FindElements(By.CssSelector("#ranked > li")), li => Assert.Contains("Inter-agency", li.Text, StringComparison.Ordinal));
        Axe.AssertAccessible(Driver);

        SignIn(DemoRegion.SignIn(StaffRole.ServiceManager, "raa"));
        FollowLink("Matching");
        FollowLink("See the sufficiency gap for the region");
        Assert.Equal("Sufficiency gap", Driver.FindElement(By.TagName("h1")).Text);
        Assert.NotEmpty(Driver.FindElements(By.CssSelector("#sufficiency tbody tr")));
        Axe.AssertAccessible(Driver);
        Screenshot("matching-sufficiency");
    }
}
