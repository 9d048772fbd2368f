namespace Permanence.Domain.Scorecard;

/// <summary>
/// A reporting period of whole days, both ends included. Scorecard periods end on 31 March (the
/// SSDA903 collection year), either one year or a rolling three years.
/// </summary>
public readonly record struct ScorecardPeriod(DateOnly Start, DateOnly End)
{
    /// <summary>The collection year 1 April (<paramref name="yearEnding"/> - 1) to 31 March <paramref name="yearEnding"/>.</summary>
    public static ScorecardPeriod YearEnding(int yearEnding) => YearsEnding(yearEnding, 1);

    /// <summary>The rolling three years ending 31 March <paramref name="yearEnding"/>.</summary>
    public static ScorecardPeriod ThreeYearsEnding(int yearEnding) => YearsEnding(yearEnding, 3);

    public static ScorecardPeriod YearsEnding(int yearEnding, int years)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        return new(new DateOnly(yearEnding - years, 4, 1), new DateOnly(yearEnding, 3, 31));
    }

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public override string ToString() => $"{Start:yyyy-MM-dd} to {End:yyyy-MM-dd}";
}
