namespace Permanence.Domain.Calendar;

/// <summary>
/// Working days: Monday to Friday, except bank holidays. "Within N working days of" a date counts
/// from the next working day, so the date itself is day 0 (an enquiry on a Friday has its fifth
/// working day on the next Friday; one on a Saturday, also on the next Friday).
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _holidays;

    public WorkingDayCalendar(IEnumerable<DateOnly> bankHolidays)
    {
        _holidays = [.. bankHolidays];
    }

    /// <summary>The calendar with the England and Wales bank holidays seeded in <see cref="BankHolidays"/>.</summary>
    public static WorkingDayCalendar EnglandAndWales { get; } = new(BankHolidays.EnglandAndWales.Select(h => h.Date));

    public bool IsBankHoliday(DateOnly date) => _holidays.Contains(date);

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public bool IsWorkingDay(DateOnly date) => !IsWeekend(date) && !IsBankHoliday(date);

    /// <summary>The date <paramref name="days"/> working days after <paramref name="from"/> (0 gives <paramref name="from"/>).</summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = from;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                days--;
            }
        }

        return date;
    }

    /// <summary>
    /// The working days after <paramref name="from"/> up to and including <paramref name="to"/>;
    /// negative when <paramref name="to"/> is earlier. AddWorkingDays(d, n) counts back to n.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }
}
