using Permanence.Ssda903.Rules;

namespace Permanence.Ssda903.Tests.Docs;

public class RulesDocumentTests
{
    [Fact]
    public void Docs_rules_table_lists_every_catalogue_rule_and_marks_exactly_the_implemented_ones()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Permanence.slnx")))
        {
            root = root.Parent;
        }
        Assert.NotNull(root);

        var lines = File.ReadAllLines(Path.Combine(root.FullName, "docs", "ssda903-rules.md"));
        var table = Array.FindIndex(lines, l => l.StartsWith("| code | implemented", StringComparison.Ordinal));
        var rows = lines.Skip(table).TakeWhile(l => l.StartsWith('|'))
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| code", StringComparison.Ordinal) && !l.StartsWith("| ---", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(cells => cells[1], cells => cells[2] == "yes");

        Assert.Equal(RuleCatalogue.All.Keys.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            ReturnValidator.All.Select(r => r.Code).Order(StringComparer.Ordinal),
            rows.Where(r => r.Value).Select(r => r.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Docs_give_the_same_reason_for_a_rule_not_run_as_the_report_does()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Permanence.slnx")))
        {
            root = root.Parent;
        }
        Assert.NotNull(root);
        var lines = File.ReadAllLines(Path.Combine(root.FullName, "docs", "ssda903-rules.md"));
        var table = Array.FindIndex(lines, l => l.StartsWith("| code | implemented", StringComparison.Ordinal));
        var notRun = lines.Skip(table + 2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Where(cells => cells[2] == "no");

        Assert.All(notRun, cells => Assert.Equal(Ruleset.WhyNotRun(cells[1]), cells[6]));
    }
}
