using OpenQA.Selenium;
using Permanence.Data.Demo;
using Permanence.Domain.Staff;

namespace Permanence.EndToEndTests;

[Collection(BrowserCollection.Name)]
public class TrackerAndScorecardTests(BrowserFixture browser)
{
    private OpenQA.Selenium.Chrome.ChromeDriver Driver => browser.Driver;

    private void Open(string path) => Driver.Navigate().GoToUrl(browser.BaseAddress + path);

    private IWebElement FieldByLabel(string label)
    {
        var element = Driver.FindElements(By.TagName("label")).First(l => l.Text.Trim() == label);
        return Driver.FindElement(By.Id(element.GetAttribute("for")!));
    }

    private void Click(string buttonText) =>
        Driver.FindElements(By.CssSelector("main button, main a[role=button]")).First(b => b.Text.Trim() == buttonText).Click();

    private void Screenshot(string name) =>
        ((ITakesScreenshot)Driver).GetScreenshot().SaveAsFile(Path.Combine(browser.ScreenshotFolder, name + ".png"));

    private void SignIn(string email)
    {
        Driver.Manage().Cookies.DeleteAllCookies();
        Open("/account/sign-in");
        FieldByLabel("Email address").SendKeys(email);
        FieldByLabel("Password").SendKeys(DemoRegion.Password);
        Click("Sign in");
    }

    [Fact]
    public void ServiceManager_OpensTheTracker_FiltersIt_AndOpensTheScorecardAndItsChildren()
    {
        SignIn(DemoRegion.SignIn(StaffRole.ServiceManager, "raa"));
        Driver.FindElement(By.LinkText("Tracker")).Click();
        Assert.Equal("Adoption tracker", Driver.FindElement(By.TagName("h1")).Text);
        Assert.Contains("Over", Driver.FindElement(By.CssSelector("main table tbody tr")).Text, StringComparison.Ordinal);
        Axe.AssertAccessible(Driver);
        Screenshot("tracker");

        FieldByLabel("Stage").FindElement(By.CssSelector("option[value=Matched]")).Click();
        Click("Apply filters");
        Assert.All(Driver.FindElements(By.CssSelector("main table tbody tr td:nth-child(3)")), td => Assert.Equal("Matched", td.Text));
        Axe.AssertAccessible(Driver);

        Driver.FindElement(By.LinkText("Scorecard")).Click();
        Assert.StartsWith("Adoption Scorecard", Driver.FindElement(By.TagName("h1")).Text, StringComparison.Ordinal);
        Axe.AssertAccessible(Driver);
        Screenshot("scorecard");

        Driver.FindElement(By.CssSelector("main a[href^='/scorecard/children']")).Click();
        Assert.EndsWith("the children", Driver.FindElement(By.TagName("h1")).Text, StringComparison.Ordinal);
        Axe.AssertAccessible(Driver);
    }
}
