using Permanence.Domain.Children.Journey;
using Permanence.Domain.Timescales;

namespace Permanence.Domain.Tests.Timescales;

public class CareProceedingsDurationTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static JourneyEvent E(JourneyEventType type, string date) => new(Guid.NewGuid(), type, D(date));

    [Theory]
    [InlineData("2024-01-01", "2024-07-01", 182, 26, false)] // 26 weeks to the day (2024 is a leap year): within
    [InlineData("2024-01-01", "2024-07-02", 183, 26, true)]
    [InlineData("2023-01-01", "2023-01-01", 0, 0, false)] // concluded the day they were issued
    [InlineData("2024-02-01", "2024-03-01", 29, 4, false)] // across 29 February
    public void Concluded_proceedings_are_measured_from_issue_to_conclusion(string issued, string concluded, int days, int weeks, bool over)
    {
        var duration = CareProceedingsDuration.Latest([E(JourneyEventType.CareProceedingsIssued, issued), E(JourneyEventType.CareProceedingsConcluded, concluded)], D("2026-11-23"))!;

        Assert.Equal((D(concluded), days, weeks, over), (duration.Concluded!.Value, duration.Days, duration.Weeks, duration.OverTarget));
    }

    [Fact]
    public void Open_proceedings_are_counted_to_today() =>
        Assert.Equal(
            new CareProceedingsDuration(D("2026-05-01"), null, 206),
            CareProceedingsDuration.Latest([E(JourneyEventType.CareProceedingsIssued, "2026-05-01")], D("2026-11-23"))
        );

    [Fact]
    public void The_latest_proceedings_count_after_earlier_ones_concluded()
    {
        var events = new[]
        {
            E(JourneyEventType.CareProceedingsIssued, "2022-01-01"),
            E(JourneyEventType.CareProceedingsConcluded, "2022-12-01"),
            E(JourneyEventType.CareProceedingsIssued, "2026-10-01"),
        };

        var duration = CareProceedingsDuration.Latest(events, D("2026-11-23"))!;

        Assert.Equal((D("2026-10-01"), (DateOnly?)null, 53, false), (duration.Issued, duration.Concluded, duration.Days, duration.OverTarget));
    }

    [Fact]
    public void No_proceedings_give_no_duration() =>
        Assert.Null(CareProceedingsDuration.Latest([E(JourneyEventType.EnteredCare, "2026-01-01")], D("2026-11-23")));
}
