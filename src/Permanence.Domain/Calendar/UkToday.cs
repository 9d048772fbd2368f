namespace Permanence.Domain.Calendar;

/// <summary>
/// "Today" for every rule, clock and form: the calendar date in England (Europe/London), not UTC.
/// Between midnight and 1am in British Summer Time the UTC date is still yesterday, so an event
/// dated today would be refused as in the future and every clock would change status an hour late.
/// This is the only place the project turns an instant into a date.
/// </summary>
public static class UkToday
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The date in England at <paramref name="instant"/>.</summary>
    public static DateOnly DateAt(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, London).DateTime);

    /// <summary>Today's date in England by this clock.</summary>
    public static DateOnly Today(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateAt(clock.GetUtcNow());
    }
}
