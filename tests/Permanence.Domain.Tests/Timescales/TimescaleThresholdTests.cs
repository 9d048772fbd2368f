using Permanence.Domain.Timescales;

namespace Permanence.Domain.Tests.Timescales;

public class TimescaleThresholdTests
{
    [Theory]
    [InlineData(0, TimescaleStatus.OnTrack)]
    [InlineData(334, TimescaleStatus.OnTrack)]
    [InlineData(335, TimescaleStatus.AtRisk)] // 91 days before day 426
    [InlineData(425, TimescaleStatus.AtRisk)] // moving in today would still be under 14 months
    [InlineData(426, TimescaleStatus.Over)] // A3 counts waits of less than 426 days
    [InlineData(900, TimescaleStatus.Over)]
    public void A1_a_child_still_waiting_is_over_from_day_426(int days, TimescaleStatus status) =>
        Assert.Equal(status, TimescaleThreshold.A1Default.StatusOf(days));

    [Theory]
    [InlineData(91, TimescaleStatus.OnTrack)]
    [InlineData(92, TimescaleStatus.AtRisk)]
    [InlineData(121, TimescaleStatus.AtRisk)] // a match on day 121 meets the threshold
    [InlineData(122, TimescaleStatus.Over)]
    public void A2_a_child_waiting_for_a_match_is_over_from_day_122(int days, TimescaleStatus status) =>
        Assert.Equal(status, TimescaleThreshold.A2Default.StatusOf(days));

    [Theory]
    [InlineData(400, 25)]
    [InlineData(425, 0)]
    [InlineData(430, -5)]
    public void Days_left_counts_down_to_the_last_day_within(int days, int left) =>
        Assert.Equal(left, TimescaleThreshold.A1Default.DaysLeft(days));

    [Fact]
    public void A_configured_margin_of_zero_has_no_at_risk_band() =>
        Assert.Equal(TimescaleStatus.OnTrack, new TimescaleThreshold(100, 0, false).StatusOf(100));
}
