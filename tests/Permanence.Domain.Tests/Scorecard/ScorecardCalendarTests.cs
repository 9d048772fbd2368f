using Permanence.Domain.Scorecard;

namespace Permanence.Domain.Tests.Scorecard;

public class ScorecardCalendarTests
{
    [Theory]
    [InlineData("2026-03-31", 2025)] // the last day of the year: not complete until it is over
    [InlineData("2026-04-01", 2026)]
    [InlineData("2026-11-23", 2026)]
    [InlineData("2027-01-01", 2026)]
    [InlineData("2024-02-29", 2023)] // leap day
    public void LastCompleteYearEnding_IsTheLastYearEnding31MarchBeforeToday(string today, int expected) =>
        Assert.Equal(expected, ScorecardCalendar.LastCompleteYearEnding(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void QuarterEnds_AreTheLastDaysOfTheQuarters_OldestFirst_EndingOn31March()
    {
        var ends = ScorecardCalendar.QuarterEnds(2026, 5);
        Assert.Equal(
            [new DateOnly(2025, 3, 31), new(2025, 6, 30), new(2025, 9, 30), new(2025, 12, 31), new(2026, 3, 31)],
            ends);
    }

    [Theory]
    [InlineData("2026-03-31", "2025-04-01")] // the collection year
    [InlineData("2025-06-30", "2024-07-01")]
    [InlineData("2024-12-31", "2024-01-01")] // a calendar year
    [InlineData("2024-02-29", "2023-03-01")] // ending on a leap day
    public void TwelveMonthsEnding_StartsOnTheFirstOfTheMonthElevenMonthsBefore(string end, string start)
    {
        var period = ScorecardCalendar.TwelveMonthsEnding(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
    }

    [Fact]
    public void TwelveMonthsEnding31March_IsTheOneYearScorecardPeriod() =>
        Assert.Equal(ScorecardPeriod.YearEnding(2026), ScorecardCalendar.TwelveMonthsEnding(new DateOnly(2026, 3, 31)));
}
