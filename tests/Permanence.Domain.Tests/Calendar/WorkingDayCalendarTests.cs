using Permanence.Domain.Calendar;

namespace Permanence.Domain.Tests.Calendar;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Theory]
    [InlineData("2026-11-23", 5, "2026-11-30")] // Monday + 5 = next Monday
    [InlineData("2026-11-20", 5, "2026-11-27")] // Friday + 5 = next Friday
    [InlineData("2026-11-21", 5, "2026-11-27")] // Saturday: counts from Monday
    [InlineData("2026-11-22", 1, "2026-11-23")] // Sunday + 1 = Monday
    [InlineData("2026-11-23", 0, "2026-11-23")] // same day
    [InlineData("2026-12-22", 5, "2026-12-31")] // Christmas Day (Fri) and Boxing Day substitute (Mon 28th) skipped
    [InlineData("2026-04-01", 2, "2026-04-07")] // Good Friday 3 April and Easter Monday 6 April skipped
    [InlineData("2027-12-24", 1, "2027-12-29")] // Christmas at a weekend: substitute days 27 and 28 December
    [InlineData("2027-12-31", 1, "2028-01-04")] // New Year's Day 2028 is a Saturday: substitute Monday 3 January
    [InlineData("2028-02-28", 1, "2028-02-29")] // leap day is a working day
    [InlineData("2025-05-23", 1, "2025-05-27")] // spring bank holiday Monday 26 May
    public void AddWorkingDays_skips_weekends_and_bank_holidays(string from, int days, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), Calendar.AddWorkingDays(DateOnly.Parse(from), days));
    }

    [Theory]
    [InlineData("2026-11-23", "2026-11-30", 5)]
    [InlineData("2026-12-22", "2026-12-31", 5)]
    [InlineData("2026-11-23", "2026-11-23", 0)]
    [InlineData("2026-11-30", "2026-11-23", -5)] // backwards is negative
    [InlineData("2026-11-21", "2026-11-22", 0)] // a weekend has no working days
    public void WorkingDaysBetween_counts_the_working_days_after_the_start_up_to_the_end(string from, string to, int expected)
    {
        Assert.Equal(expected, Calendar.WorkingDaysBetween(DateOnly.Parse(from), DateOnly.Parse(to)));
    }

    [Fact]
    public void WorkingDaysBetween_undoes_AddWorkingDays_over_five_years()
    {
        for (var d = new DateOnly(2024, 1, 1); d < new DateOnly(2028, 12, 1); d = d.AddDays(3))
        {
            Assert.Equal(7, Calendar.WorkingDaysBetween(d, Calendar.AddWorkingDays(d, 7)));
        }
    }

    [Fact]
    public void Seeded_bank_holidays_are_weekdays_eight_a_year_for_2024_to_2028()
    {
        Assert.All(BankHolidays.EnglandAndWales, h => Assert.False(WorkingDayCalendar.IsWeekend(h.Date), h.Name + " " + h.Date));
        Assert.Equal([2024, 2025, 2026, 2027, 2028], BankHolidays.EnglandAndWales.Select(h => h.Date.Year).Distinct());
        Assert.All(BankHolidays.EnglandAndWales.GroupBy(h => h.Date.Year), g => Assert.Equal(8, g.Count()));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 12, 28)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2026, 12, 29)));
    }

    [Fact]
    public void An_edited_calendar_counts_an_extra_bank_holiday()
    {
        var coronation = new DateOnly(2023, 5, 8);
        var calendar = new WorkingDayCalendar([coronation]);
        Assert.Equal(new DateOnly(2023, 5, 9), calendar.AddWorkingDays(new DateOnly(2023, 5, 5), 1));
        Assert.Equal(new DateOnly(2023, 5, 8), WorkingDayCalendar.EnglandAndWales.AddWorkingDays(new DateOnly(2023, 5, 5), 1));
    }
}
