using OpenQA.Selenium;
using Permanence.Data.Demo;
using Permanence.Domain.Staff;
using Permanence.Ssda903.Generation;
using Permanence.Ssda903.Reading;

namespace Permanence.EndToEndTests;

[Collection(BrowserCollection.Name)]
public class ReturnTests(BrowserFixture browser) : BrowserTest(browser)
{
    /// <summary>The heading of the page once it has loaded (a multipart post can take a moment to answer).</summary>
    private string Heading(Func<string, bool> loaded)
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        string text;
        do
        {
            try
            {
                text = Driver.FindElement(By.TagName("h1")).Text;
            }
            catch (WebDriverException) // stale or not there yet: the next page is still loading
            {
                text = "";
            }

            if (loaded(text))
            {
                return text;
            }

            Thread.Sleep(100);
        }
        while (DateTime.UtcNow < until);
        return text;
    }

    [Fact]
    public void PerformanceOfficer_UploadsAReturn_SeesTheReport_ImportsIt_AndComparesWithTheTracker()
    {
        var generated = ReturnGenerator.Generate(40, 2026, seed: 77, errorRate: 0.2, years: 2);
        var folder = Directory.CreateTempSubdirectory("permanence-return").FullName;
        ReturnWriter.WriteFolder(generated.Current, folder);
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();

        SignIn(DemoRegion.SignIn(StaffRole.PerformanceOfficer, "993"));
        Heading(h => h == "Your dashboard");
        FollowLink("SSDA903 returns");
        Assert.Equal("SSDA903 returns", Heading(h => h == "SSDA903 returns"));
        Axe.AssertAccessible(Driver);

        Click("Upload a return");
        Heading(h => h == "Upload an SSDA903 return");
        Axe.AssertAccessible(Driver);
        Click("Upload and validate");
        Heading(_ => Driver.FindElements(By.CssSelector(".govuk-error-summary")).Count > 0);
        Assert.Contains("Select the CSV files of the year's return", Driver.FindElement(By.CssSelector(".govuk-error-summary")).Text, StringComparison.Ordinal);
        Assert.StartsWith("Error:", Driver.Title, StringComparison.Ordinal);
        Axe.AssertAccessible(Driver);

        FieldByLabel("Collection year").FindElement(By.CssSelector("option[value='2026']")).Click();
        FieldByLabel("The year's files").SendKeys(string.Join("\n", files));
        Click("Upload and validate");
        Assert.Equal("SSDA903 return 2025 to 2026", Heading(h => h.StartsWith("SSDA903 return", StringComparison.Ordinal)));
        Assert.NotEmpty(Driver.FindElements(By.CssSelector("main table tbody tr")));
        Axe.AssertAccessible(Driver);
        Screenshot("ssda903-report");

        Driver.FindElement(By.CssSelector("main table tbody th a")).Click();
        Assert.StartsWith("Rule ", Heading(h => h.StartsWith("Rule ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.NotEmpty(Driver.FindElements(By.CssSelector("main table tbody tr")));
        Axe.AssertAccessible(Driver);
        FollowLink("Back to the validation report");
        Heading(h => h.StartsWith("SSDA903 return", StringComparison.Ordinal));

        Click("Import into the tracker");
        Heading(h => h.StartsWith("Import the", StringComparison.Ordinal));
        Axe.AssertAccessible(Driver);
        Click("Import into the tracker");
        Assert.Equal("Return imported", Heading(h => h == "Return imported"));
        Axe.AssertAccessible(Driver);
        Screenshot("ssda903-imported");

        FollowLink("See where the return and the tracker disagree");
        Assert.Equal("Return and tracker compared", Heading(h => h == "Return and tracker compared"));
        Axe.AssertAccessible(Driver);
        Screenshot("ssda903-reconciliation");
    }
}
