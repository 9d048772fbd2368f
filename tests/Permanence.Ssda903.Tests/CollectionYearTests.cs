namespace Permanence.Ssda903.Tests;

public class CollectionYearTests
{
    [Theory]
    [InlineData("2026-03-31", 2026)] // the last day of the 2025 to 2026 year
    [InlineData("2026-04-01", 2027)] // the first day of the next
    [InlineData("2024-02-29", 2024)] // a leap day falls in the year ending that March
    [InlineData("2025-12-31", 2026)]
    [InlineData("2026-01-01", 2026)]
    public void A_date_falls_in_the_collection_year_ending_the_next_31_March(string date, int yearEnding) =>
        Assert.Equal(yearEnding, CollectionYear.Containing(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).YearEnding);

    [Fact]
    public void A_collection_year_runs_from_1_April_to_31_March_and_is_named_by_both_years()
    {
        var year = new CollectionYear(2026);

        Assert.Equal(new DateOnly(2025, 4, 1), year.Start);
        Assert.Equal(new DateOnly(2026, 3, 31), year.End);
        Assert.Equal("2025 to 2026", year.Label);
    }

    [Theory]
    [InlineData(2027, true)] // the year under way on 23 November 2026
    [InlineData(2028, false)] // not begun
    [InlineData(2014, true)]
    [InlineData(2013, false)] // before the current format
    public void Returns_can_be_uploaded_for_the_year_under_way_and_earlier_years(int yearEnding, bool uploadable) =>
        Assert.Equal(uploadable, new CollectionYear(yearEnding).IsUploadableOn(new DateOnly(2026, 11, 23)));

    [Fact]
    public void Recent_years_start_with_the_year_under_way()
    {
        Assert.Equal([2027, 2026, 2025], CollectionYear.Recent(new DateOnly(2026, 11, 23), 3).Select(y => y.YearEnding));
        Assert.Equal([2015, 2014], CollectionYear.Recent(new DateOnly(2014, 6, 1), 5).Select(y => y.YearEnding));
    }
}
