using OpenQA.Selenium;
using Permanence.Data.Demo;
using Permanence.Domain.Staff;

namespace Permanence.EndToEndTests;

[Collection(BrowserCollection.Name)]
public class JourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public void SocialWorker_SignsIn_SeesDashboard_FindsAndAddsAChild()
    {
        SignIn(DemoRegion.SignIn(StaffRole.SocialWorker, "991"), checkSignInPage: true);
        Assert.Equal("Your dashboard", Driver.FindElement(By.TagName("h1")).Text);
        Assert.Contains("Kingsmere City Council", Driver.FindElement(By.CssSelector("main table")).Text, StringComparison.Ordinal);
        Axe.AssertAccessible(Driver);
        Screenshot("dashboard-social-worker");

        FollowLink("Children");
        Assert.Equal("Children", Driver.FindElement(By.TagName("h1")).Text);
        Assert.Empty(Driver.FindElements(By.CssSelector(".govuk-error-summary")));
        Axe.AssertAccessible(Driver);
        Driver.FindElement(By.CssSelector("a[rel=next]")).Click();
        Assert.Contains("Page 2 of", Driver.FindElement(By.CssSelector(".govuk-pagination")).Text, StringComparison.Ordinal);
        Assert.Empty(Driver.FindElements(By.CssSelector(".govuk-error-summary")));
        Axe.AssertAccessible(Driver);
        Driver.FindElement(By.CssSelector("main table tbody a")).Click();
        Assert.Contains("Local authority", Driver.FindElement(By.CssSelector(".govuk-summary-list")).Text, StringComparison.Ordinal);
        Axe.AssertAccessible(Driver);

        Open("/children/new");
        Axe.AssertAccessible(Driver);
        FieldByLabel("Given name").SendKeys("Browser");
        Click("Save");
        var summary = Driver.FindElement(By.CssSelector(".govuk-error-summary"));
        Assert.Contains("Enter the child's family name", summary.Text, StringComparison.Ordinal);
        Assert.StartsWith("Error:", Driver.Title, StringComparison.Ordinal);
        Axe.AssertAccessible(Driver);
        Screenshot("add-child-errors");

        FieldByLabel("Family name").SendKeys("Tested");
        var dob = Driver.FindElements(By.CssSelector("fieldset")).First(f => f.Text.StartsWith("Date of birth", StringComparison.Ordinal));
        dob.FindElements(By.TagName("input"))[0].SendKeys("5");
        dob.FindElements(By.TagName("input"))[1].SendKeys("3");
        dob.FindElements(By.TagName("input"))[2].SendKeys("2020");
        Driver.FindElement(By.CssSelector("label[for='Input_Sex']")).Click();
        FieldByLabel("Ethnicity").FindElement(By.CssSelector("option[value=BAFR]")).Click();
        Driver.FindElement(By.CssSelector("label[for='Input_HasDisability-2']")).Click();
        var entered = Driver.FindElements(By.CssSelector("fieldset")).First(f => f.Text.StartsWith("Date entered care", StringComparison.Ordinal));
        entered.FindElements(By.TagName("input"))[0].SendKeys("1");
        entered.FindElements(By.TagName("input"))[1].SendKeys("9");
        entered.FindElements(By.TagName("input"))[2].SendKeys("2025");
        Click("Save");
        Assert.Equal("Browser Tested", Driver.FindElement(By.TagName("h1")).Text);
        Assert.Contains("5 March 2020", Driver.FindElement(By.CssSelector(".govuk-summary-list")).Text, StringComparison.Ordinal);
        Axe.AssertAccessible(Driver);
    }

    [Fact]
    public void Administrator_SeesOrganisationsUsersAndTheAuditLog()
    {
        SignIn(DemoRegion.SignIn(StaffRole.Administrator, "raa"));
        Axe.AssertAccessible(Driver);
        foreach (var (link, heading) in new[] { ("Organisations", "Organisations"), ("Users", "Users"), ("Audit log", "Audit log") })
        {
            Driver.FindElement(By.LinkText(link)).Click();
            Assert.Equal(heading, Driver.FindElement(By.TagName("h1")).Text);
            Axe.AssertAccessible(Driver);
        }

        Screenshot("audit-log");
        Open("/admin/users/new");
        Axe.AssertAccessible(Driver);
    }
}
