using Permanence.Ssda903.Rules;

namespace Permanence.Ssda903.Tests.Parity;

public class CommunityValidatorParityTests
{
    [Fact]
    public void Report()
    {
        var lines = new List<string>();
        foreach (var (ruleset, mine) in new[] { ("lac2024_25", Ruleset.Year2025), ("lac2025_26", Ruleset.Year2026) })
        {
            var ours = mine.Rules.ToDictionary(r => r.Code);
            foreach (var (code, module) in CommunityCase.Ruleset(ruleset))
            {
                if (!ours.TryGetValue(code, out var rule))
                {
                    lines.Add($"{ruleset} {code}: not ours");
                    continue;
                }
                foreach (var c in CommunityCase.All.Where(c => c.Module == module && c.Code == code))
                {
                    if (c.Disagreement(rule, mine) is { } d)
                    {
                        lines.Add($"{ruleset} {d}");
                    }
                }
            }
        }
        File.WriteAllLines("/tmp/parity-report.txt", lines);
    }
}
