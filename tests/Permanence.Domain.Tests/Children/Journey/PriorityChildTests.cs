using Permanence.Domain.Children.Journey;

namespace Permanence.Domain.Tests.Children.Journey;

public class PriorityChildTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2021-11-23", "WBRI", 1, false, "AgedFourOrOver")] // five today
    [InlineData("2022-11-24", "WBRI", 1, false, "")] // 3 years old, White British, alone, no disability
    [InlineData("2022-11-23", "WBRI", 1, false, "AgedFourOrOver")] // fourth birthday today
    [InlineData("2022-11-24", "MWBC", 1, false, "BlackOrMinorityEthnic")]
    [InlineData("2022-11-24", "NOBT", 1, false, "")] // ethnicity not yet obtained is not BME
    [InlineData("2022-11-24", "WBRI", 2, false, "SiblingGroup")]
    [InlineData("2022-11-24", "WBRI", 1, true, "DisabilityOrMedicalCondition")]
    [InlineData("2018-01-01", "BAFR", 3, true, "AgedFourOrOver,BlackOrMinorityEthnic,SiblingGroup,DisabilityOrMedicalCondition")]
    public void A_priority_child_is_four_or_over_BME_in_a_sibling_group_or_disabled(string birth, string ethnicity, int siblings, bool disabled, string expected)
    {
        var reasons = PriorityChild.Reasons(D(birth), ethnicity, siblings, disabled, D("2026-11-23"));
        Assert.Equal(expected, string.Join(",", reasons));
    }

    [Fact]
    public void A_leap_day_birthday_is_four_on_29_February_of_a_leap_year()
    {
        // Four years after a leap day is always a leap day (until 2100), so no 1 March rule applies here.
        Assert.Empty(PriorityChild.Reasons(D("2020-02-29"), "WBRI", 1, false, D("2024-02-28")));
        Assert.Equal([PriorityReason.AgedFourOrOver], PriorityChild.Reasons(D("2020-02-29"), "WBRI", 1, false, D("2024-02-29")));
    }

    [Theory]
    [InlineData("2024-01-15", null, "2025-07-14", false)] // the day before 18 months
    [InlineData("2024-01-15", null, "2025-07-15", true)] // 18 months to the day
    [InlineData("2023-08-31", null, "2025-02-28", true)] // 31 August + 18 months: no 31 February, so the 28th
    [InlineData("2022-08-31", null, "2024-02-28", false)] // ... in a leap year it is the 29th
    [InlineData("2022-08-31", null, "2024-02-29", true)]
    [InlineData("2024-01-15", "2025-06-01", "2026-01-01", false)] // moved in with adopters: no longer waiting
    public void Waiting_eighteen_months_counts_calendar_months_until_the_child_moves_in(string entered, string? movedIn, string asAt, bool expected) =>
        Assert.Equal(expected, PriorityChild.HasWaitedEighteenMonths(D(entered), movedIn is null ? null : D(movedIn), D(asAt)));
}
