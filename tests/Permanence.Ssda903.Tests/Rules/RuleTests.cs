using System.Collections.Frozen;
using Permanence.Ssda903.Reading;
using Permanence.Ssda903.Rules;

namespace Permanence.Ssda903.Tests.Rules;

public class RuleTests
{
    public static TheoryData<string> ImplementedRules() => new(ReturnValidator.All.Select(r => r.Code));

    private static IReadOnlyList<ValidationError> Run(string code, ReturnFixture f)
    {
        var rule = ReturnValidator.All.Single(r => r.Code == code);
        return rule.Run(new ValidationContext(f.Build(), ReturnFixture.YearEnding, f.Previous?.Build(), reference: Reference));
    }

    /// <summary>Reference lists for the rules that need them: one LA code (931, Oxfordshire) and one Ofsted URN.</summary>
    internal static readonly ReferenceData Reference = new()
    {
        LaCodes = new[] { "931", "SCO", "WAL", "NIR", "NUK" }.ToFrozenSet(),
        ProviderUrns = new[] { "SC123456" }.ToFrozenSet(),
    };

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
    public void Rule_209_accepts_UN1_for_a_child_not_yet_of_school_age()
    {
        // 4 on 1 September 2023, after the 31 August cut-off: not yet of school age.
        var fixture = Valid().Header0(h => h with { Dob = "01/09/2019", Upn = "UN1" });

        Assert.Empty(Run("209", fixture));
    }

    [Fact]
    public void Rule_210_accepts_UN4_for_a_child_who_came_into_care_in_the_last_week()
    {
        var fixture = Valid().Header0(h => h with { Upn = "UN4" });
        fixture.Episodes.RemoveRange(0, 2);
        fixture.Episode(0, e => e with { Decom = "25/03/2025", Rne = "S", Ls = "C2", Dec = "", Rec = "" });

        Assert.Empty(Run("210", fixture));
    }

    [Fact]
    public void Rule_SW11bSTG2_accepts_an_episode_ending_at_the_year_end_that_is_followed_by_another()
    {
        var fixture = Valid();
        fixture.SocialWorkers.AddRange([
            new(0, "1", "01/06/2021", "SW1", "01/04/2024", "28/03/2025", "MANAGE"),
            new(0, "1", "01/06/2021", "SW2", "28/03/2025", "", ""),
        ]);

        Assert.Empty(Run("SW11bSTG2", fixture));
    }

    [Fact]
    public void Rule_SW12STG2_accepts_social_workers_from_the_start_of_the_year_or_from_birth()
    {
        var fromApril = Valid().Episode(2, e => e with { Dec = "", Rec = "" });
        fromApril.SocialWorkers.AddRange([
            new(0, "1", "01/06/2021", "SW1", "01/03/2024", "01/05/2024", "MANAGE"),
            new(0, "1", "01/06/2021", "SW2", "01/05/2024", "", ""),
        ]);
        var bornInYear = Valid().Header0(h => h with { Dob = "01/06/2024" });
        bornInYear.Episodes.RemoveRange(0, 2);
        bornInYear.Episode(0, e => e with { Decom = "03/06/2024", Rne = "S", Dec = "", Rec = "" });
        bornInYear.SocialWorkers.Add(new(0, "1", "01/06/2024", "SW1", "01/06/2024", "", ""));

        Assert.Empty(Run("SW12STG2", fromApril));
        Assert.Empty(Run("SW12STG2", bornInYear));
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
