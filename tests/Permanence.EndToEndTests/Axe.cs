using System.Text.Json;
using OpenQA.Selenium;

namespace Permanence.EndToEndTests;

/// <summary>Runs axe-core (from npm) in the page and fails on any WCAG 2.2 A or AA violation.</summary>
public static class Axe
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static readonly Lazy<string> Source = new(() =>
        File.ReadAllText(Path.Combine(BrowserFixture.RepositoryRoot(), "tests", "Permanence.EndToEndTests", "node_modules", "axe-core", "axe.min.js")));

    public static void AssertAccessible(IWebDriver driver)
    {
        var js = (IJavaScriptExecutor)driver;
        js.ExecuteScript(Source.Value);
        var json = (string?)js.ExecuteAsyncScript(
            """
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
               .then(r => done(JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) })))))
               .catch(e => done(JSON.stringify([{ id: 'axe-error', help: String(e), nodes: [] }])));
            """);
        var violations = JsonDocument.Parse(json ?? "[]").RootElement;
        Assert.True(violations.GetArrayLength() == 0, $"Accessibility violations on {driver.Url}:\n{JsonSerializer.Serialize(violations, Indented)}");
    }
}
