using Microsoft.Extensions.Time.Testing;
using Permanence.Domain.Calendar;

namespace Permanence.Domain.Tests.Calendar;

public class UkTodayTests
{
    [Theory]
    [InlineData("2026-07-14T23:30:00Z", "2026-07-15")] // British Summer Time: 00:30 in London is already the next day
    [InlineData("2026-07-14T22:59:59Z", "2026-07-14")] // 23:59:59 in London
    [InlineData("2026-07-14T23:00:00Z", "2026-07-15")] // midnight in London
    [InlineData("2026-12-14T23:30:00Z", "2026-12-14")] // Greenwich Mean Time: London is on UTC
    [InlineData("2026-12-15T00:00:00Z", "2026-12-15")]
    [InlineData("2026-03-28T23:30:00Z", "2026-03-28")] // the night the clocks go forward (29 March 2026, 01:00 UTC)
    [InlineData("2026-03-29T23:30:00Z", "2026-03-30")] // the first night of summer time
    [InlineData("2026-10-24T23:30:00Z", "2026-10-25")] // the last night of summer time
    [InlineData("2026-10-25T23:30:00Z", "2026-10-25")] // back on Greenwich Mean Time
    [InlineData("2028-02-28T23:30:00Z", "2028-02-28")] // a leap year's February is winter time
    public void Today_IsTheDateInLondon_NotInUtc(string utc, string expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), clock.Today());
    }
}
