using System.Globalization;

namespace Permanence.Ssda903;

/// <summary>
/// An SSDA903 collection year: 1 April to 31 March, named by the year it ends in (the DfE's
/// "year ending 31 March 2026" is the 2025 to 2026 return).
/// </summary>
public readonly record struct CollectionYear(int YearEnding)
{
    /// <summary>The first year of the current return format is far enough back for any upload.</summary>
    public const int Earliest = 2014;

    public DateOnly Start => new(YearEnding - 1, 4, 1);

    public DateOnly End => new(YearEnding, 3, 31);

    /// <summary>"2025 to 2026", as GOV.UK writes year ranges.</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{YearEnding - 1} to {YearEnding}");

    /// <summary>The collection year that <paramref name="date"/> falls in.</summary>
    public static CollectionYear Containing(DateOnly date) => new(date.Month >= 4 ? date.Year + 1 : date.Year);

    /// <summary>
    /// The years a return may be uploaded for on <paramref name="today"/>: the year under way (LAs
    /// validate their data during the year) and the <paramref name="count"/> - 1 before it, latest first.
    /// </summary>
    public static IReadOnlyList<CollectionYear> Recent(DateOnly today, int count)
    {
        var current = Containing(today).YearEnding;
        return Enumerable.Range(0, count).Select(i => new CollectionYear(current - i)).Where(y => y.YearEnding >= Earliest).ToList();
    }

    /// <summary>Whether a return for this year can exist on <paramref name="today"/> (not before the format, not after the year under way).</summary>
    public bool IsUploadableOn(DateOnly today) => YearEnding >= Earliest && YearEnding <= Containing(today).YearEnding;

    public override string ToString() => Label;
}
