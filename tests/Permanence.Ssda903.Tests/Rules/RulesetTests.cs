using Permanence.Ssda903.Rules;

namespace Permanence.Ssda903.Tests.Rules;

public class RulesetTests
{
    [Theory]
    [InlineData(2024, 2025)]
    [InlineData(2025, 2025)]
    [InlineData(2026, 2026)]
    [InlineData(2027, 2026)]
    public void Ruleset_for_a_return_is_its_own_year_or_the_nearest_one_we_have(int returnYear, int rulesetYear)
    {
        Assert.Equal(rulesetYear, Ruleset.For(returnYear).YearEnding);
    }

    [Fact]
    public void Ruleset_names_itself_and_says_when_it_is_not_the_returns_own_year()
    {
        Assert.Equal("DfE rules for 2024 to 2025", Ruleset.For(2025).Describe(2025));
        Assert.Equal("DfE rules for 2025 to 2026 (the nearest this tool has to the 2026 to 2027 return)", Ruleset.For(2027).Describe(2027));
    }

    [Fact]
    public void Rules_added_for_2025_to_2026_do_not_run_on_a_2024_to_2025_return()
    {
        var earlier = Ruleset.Year2025.Rules.Select(r => r.Code).ToHashSet();
        var later = Ruleset.Year2026.Rules.Select(r => r.Code).ToHashSet();

        Assert.DoesNotContain("233", earlier);
        Assert.Contains("233", later);
        Assert.Empty(earlier.Except(later));
    }

    [Theory]
    [InlineData("H5", 2025, false)]
    [InlineData("H5", 2026, true)]
    [InlineData("Z1", 2025, false)]
    [InlineData("Z1", 2026, true)]
    [InlineData("Z12", 2025, true)]
    [InlineData("Z12", 2026, false)]
    public void Rule_146_knows_which_placement_codes_each_year_has(string place, int year, bool fails)
    {
        var fixture = new ReturnFixture().Episode(0, e => e with { Place = place });
        var rule = ReturnValidator.All.Single(r => r.Code == "146");

        var errors = rule.Run(new ValidationContext(fixture.Build(), year));

        Assert.Equal(fails, errors.Count > 0);
    }
}
