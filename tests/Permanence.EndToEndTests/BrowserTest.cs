using OpenQA.Selenium;
using Permanence.Data.Demo;

namespace Permanence.EndToEndTests;

/// <summary>
/// What every browser test does: open a page, find fields by their label, press a button and wait
/// for the next page (a busy machine can return from a click before the next page has loaded),
/// sign in, take a screenshot.
/// </summary>
public abstract class BrowserTest(BrowserFixture browser)
{
    protected BrowserFixture Browser => browser;

    protected OpenQA.Selenium.Chrome.ChromeDriver Driver => browser.Driver;

    protected void Open(string path) => Driver.Navigate().GoToUrl(browser.BaseAddress + path);

    protected IWebElement FieldByLabel(string label)
    {
        var element = Driver.FindElements(By.TagName("label")).First(l => l.Text.Trim() == label);
        return Driver.FindElement(By.Id(element.GetAttribute("for")!));
    }

    /// <summary>Presses a button (or a link styled as one) in the page's main content and waits for the page it leads to.</summary>
    protected void Click(string buttonText) =>
        Navigate(() => Driver.FindElements(By.CssSelector("main button, main a[role=button]")).First(b => b.Text.Trim() == buttonText).Click());

    /// <summary>Follows a link by its text and waits for the page it leads to.</summary>
    protected void FollowLink(string text) => Navigate(() => Driver.FindElement(By.LinkText(text)).Click());

    /// <summary>Does what loads a new page, and waits until the old page is gone.</summary>
    protected void Navigate(Action action)
    {
        var old = Driver.FindElement(By.TagName("html"));
        action();
        var until = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < until)
        {
            try
            {
                _ = old.Enabled;
                Thread.Sleep(50);
            }
            catch (StaleElementReferenceException)
            {
                return;
            }
            catch (UnknownErrorException e) when (e.Message.Contains("does not belong to the document", StringComparison.Ordinal))
            {
                // Chromium sometimes reports the old page's element this way instead of as stale.
                return;
            }
        }

        throw new TimeoutException($"No new page after 30 seconds on {Driver.Url}");
    }

    /// <summary>Waits (up to 15 s) until <paramref name="ready"/> holds.</summary>
    protected void Until(Func<bool> ready, string what)
    {
        var end = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < end)
        {
            try
            {
                if (ready())
                {
                    return;
                }
            }
            catch (WebDriverException)
            {
                // The old page went away mid-check: look again.
            }

            Thread.Sleep(100);
        }

        throw new TimeoutException("Waited for " + what + " on " + Driver.Url);
    }

    protected void SignIn(string email, bool checkSignInPage = false)
    {
        Driver.Manage().Cookies.DeleteAllCookies();
        Open("/account/sign-in");
        if (checkSignInPage)
        {
            Axe.AssertAccessible(Driver);
        }

        FieldByLabel("Email address").SendKeys(email);
        FieldByLabel("Password").SendKeys(DemoRegion.Password);
        Click("Sign in");
    }

    protected void Screenshot(string name) =>
        ((ITakesScreenshot)Driver).GetScreenshot().SaveAsFile(Path.Combine(browser.ScreenshotFolder, name + ".png"));
}
