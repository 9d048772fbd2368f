namespace Permanence.Domain.Scorecard;

/// <summary>Which scorecard years and trend periods exist on a given day.</summary>
public static class ScorecardCalendar
{
    /// <summary>
    /// The last collection year (ending 31 March) that is complete on <paramref name="today"/>:
    /// on 31 March 2026 the year ending 31 March 2026 is not over yet, so it is 2025; from
    /// 1 April 2026 it is 2026.
    /// </summary>
    public static int LastCompleteYearEnding(DateOnly today) => today.Month > 3 ? today.Year : today.Year - 1;

    /// <summary>
    /// The last days of the <paramref name="quarters"/> quarters ending with 31 March of
    /// <paramref name="yearEnding"/>, oldest first (for a trend: 30 June, 30 September, 31 December, 31 March).
    /// </summary>
    public static IReadOnlyList<DateOnly> QuarterEnds(int yearEnding, int quarters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarters, 1);
        var end = new DateOnly(yearEnding, 3, 31);
        return Enumerable.Range(0, quarters)
            .Select(q => end.AddMonths(-3 * (quarters - 1 - q)))
            .Select(d => new DateOnly(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month)))
            .ToList();
    }

    /// <summary>The 12 whole months ending on <paramref name="monthEnd"/>, the last day of a month (1 July 2025 to 30 June 2026).</summary>
    public static ScorecardPeriod TwelveMonthsEnding(DateOnly monthEnd) =>
        new(new DateOnly(monthEnd.Year, monthEnd.Month, 1).AddMonths(-11), monthEnd);
}
