namespace Permanence.Domain.Timescales;

/// <summary>How a child's wait so far stands against a scorecard threshold.</summary>
public enum TimescaleStatus
{
    OnTrack,
    AtRisk,
    Over,
}

/// <summary>
/// A scorecard threshold as the tracker applies it to one child (ADR 0023). The thresholds and the
/// at-risk margin are configuration; the defaults are the national A1 and A2 thresholds.
/// </summary>
/// <param name="ThresholdDays">The threshold (A1 426, A2 121).</param>
/// <param name="AtRiskMarginDays">A wait this many days or fewer short of being over is at risk.</param>
/// <param name="MustBeUnder">
/// True when a wait equal to the threshold already fails it. A3 counts waits of "less than 14
/// months", so a child still waiting on day 426 can no longer count; A2's threshold is met by an
/// average equal to it, so day 121 is still on time.
/// </param>
public sealed record TimescaleThreshold(int ThresholdDays, int AtRiskMarginDays, bool MustBeUnder)
{
    public static TimescaleThreshold A1Default { get; } = new(Scorecard.ScorecardThresholds.EnteredCareToMovedInDays, 91, true);

    public static TimescaleThreshold A2Default { get; } = new(Scorecard.ScorecardThresholds.PlacementOrderToMatchDays, 30, false);

    /// <summary>The first day count that is over the threshold.</summary>
    public int OverFrom => MustBeUnder ? ThresholdDays : ThresholdDays + 1;

    public TimescaleStatus StatusOf(int days) =>
        days >= OverFrom ? TimescaleStatus.Over
        : days >= OverFrom - AtRiskMarginDays ? TimescaleStatus.AtRisk
        : TimescaleStatus.OnTrack;

    /// <summary>Days left before the wait is over the threshold (negative once over).</summary>
    public int DaysLeft(int days) => OverFrom - 1 - days;
}
