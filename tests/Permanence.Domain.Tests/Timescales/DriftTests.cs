using Permanence.Domain.Timescales;

namespace Permanence.Domain.Tests.Timescales;

public class DriftTests
{
    private static readonly TimescaleThreshold A1 = TimescaleThreshold.A1Default; // over from day 426, at risk from 335
    private static readonly TimescaleThreshold A2 = TimescaleThreshold.A2Default; // over from day 122, at risk from 92

    [Theory]
    [InlineData(100, null, TimescaleStatus.OnTrack, 325)] // no placement order: A1 alone
    [InlineData(335, null, TimescaleStatus.AtRisk, 90)]
    [InlineData(426, null, TimescaleStatus.Over, -1)]
    [InlineData(300, 121, TimescaleStatus.AtRisk, 0)] // A2 is the worse: 121 days still meets it, 0 days left
    [InlineData(300, 122, TimescaleStatus.Over, -1)]
    [InlineData(430, 10, TimescaleStatus.Over, -5)] // A1 over though A2 on track: the worse status, the fewer days left
    public void Drift_IsTheWorseStatus_AndTheFewerDaysLeft(int a1Days, int? a2Days, TimescaleStatus worst, int daysLeft) =>
        Assert.Equal(new Drift(worst, daysLeft), Drift.Of(A1, a1Days, A2, a2Days));

    [Fact]
    public void DriftingFirst_OrdersOverThenAtRiskThenOnTrack_EachByDaysLeft()
    {
        var onTrack = Drift.Of(A1, 10, A2, null);
        var atRiskSoon = Drift.Of(A1, 420, A2, null);
        var atRiskLater = Drift.Of(A1, 340, A2, null);
        var longOver = Drift.Of(A1, 700, A2, null);
        var justOver = Drift.Of(A1, 200, A2, 125);
        Drift[] drifts = [onTrack, atRiskLater, justOver, atRiskSoon, longOver];
        Assert.Equal([longOver, justOver, atRiskSoon, atRiskLater, onTrack], drifts.Order());
    }
}
