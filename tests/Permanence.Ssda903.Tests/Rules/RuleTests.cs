using Permanence.Ssda903.Reading;
using Permanence.Ssda903.Rules;

namespace Permanence.Ssda903.Tests.Rules;

public class RuleTests
{
    public static TheoryData<string> ImplementedRules() => new(ReturnValidator.All.Select(r => r.Code));

    private static IReadOnlyList<ValidationError> Run(string code, ReturnFixture f)
    {
        var rule = ReturnValidator.All.Single(r => r.Code == code);
        return rule.Run(new ValidationContext(f.Build(), ReturnFixture.YearEnding, f.Previous?.Build()));
    }

    private static ReturnFixture Valid() => new() { Previous = ReturnFixture.LastYear() };

    [Theory]
    [MemberData(nameof(ImplementedRules))]
    public void Rule_passes_a_valid_adoption(string code)
    {
        Assert.Empty(Run(code, Valid()));
    }

    [Theory]
    [MemberData(nameof(ImplementedRules))]
    public void Rule_fails_its_breaking_example(string code)
    {
        Assert.True(RuleCases.Failing.TryGetValue(code, out var breakIt), $"rule {code} has no failing example");
        var fixture = Valid();
        breakIt(fixture);

        var errors = Run(code, fixture);

        Assert.NotEmpty(errors);
        Assert.All(errors, e =>
        {
            Assert.Equal(code, e.Code);
            Assert.Equal(RuleCatalogue.Get(code).Message, e.Message);
            Assert.True(e.Row >= 2, "errors point at a data row");
        });
    }

    [Fact]
    public void Rule_525_is_about_reversed_decisions_not_missing_ones()
    {
        // An adopted child with no decision row at all is reported by 551 and 553, not 525.
        var fixture = Valid();
        fixture.PlacedAdoption.Clear();

        Assert.Empty(Run("525", fixture));
        Assert.NotEmpty(Run("551", fixture));
    }

    [Fact]
    public void Rule_335_accepts_a_foster_carer_adoption_placed_A5()
    {
        var fixture = Valid().Adoption(a => a with { FosterCare = "1" }).Episode(2, e => e with { Place = "A5", Rne = "T" });

        Assert.Empty(Run("335", fixture));
    }

    [Fact]
    public void Rules_that_need_last_years_return_are_skipped_without_it()
    {
        var fixture = Valid();
        fixture.Previous!.PlacedAdoption.Clear(); // would fail 559
        var rule = ReturnValidator.All.Single(r => r.Code == "559");

        Assert.Empty(rule.Run(new ValidationContext(fixture.Build(), ReturnFixture.YearEnding)));
    }

    [Fact]
    public void Every_implemented_rule_is_in_the_catalogue_once()
    {
        var codes = ReturnValidator.All.Select(r => r.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.True(RuleCatalogue.All.ContainsKey(c)));
    }

    [Fact]
    public void Validating_a_whole_valid_return_finds_nothing()
    {
        var f = Valid();

        Assert.Empty(ReturnValidator.Validate(f.Build(), ReturnFixture.YearEnding, f.Previous!.Build()));
    }

    [Fact]
    public void Errors_name_file_table_row_and_child()
    {
        var f = Valid().Adoption(a => a with { SexAdoptr = "M1" });
        var r = f.Build();
        r.FileNames[Ssda903Table.Ad1] = "ad1.csv";

        var error = Assert.Single(ReturnValidator.Validate(r, ReturnFixture.YearEnding), e => e.Code == "511");

        Assert.Equal((Ssda903Table.Ad1, "ad1.csv", 2, "1", "NB_ADOPTR,SEX_ADOPTR"), (error.Table, error.File, error.Row, error.Child, error.Fields));
    }
}
