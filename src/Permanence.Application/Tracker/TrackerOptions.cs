using Permanence.Domain.Timescales;

namespace Permanence.Application.Tracker;

/// <summary>
/// The tracker's thresholds and at-risk margins, from the "Tracker" section of the configuration
/// (for example <c>Tracker__A1__AtRiskMarginDays=60</c>). The defaults are the national A1 (426
/// days) and A2 (121 days) thresholds with margins of 91 and 30 days (ADR 0023).
/// </summary>
public sealed class TrackerOptions
{
    public const string Section = "Tracker";

    public ThresholdSetting A1 { get; set; } = new() { ThresholdDays = TimescaleThreshold.A1Default.ThresholdDays, AtRiskMarginDays = TimescaleThreshold.A1Default.AtRiskMarginDays };

    public ThresholdSetting A2 { get; set; } = new() { ThresholdDays = TimescaleThreshold.A2Default.ThresholdDays, AtRiskMarginDays = TimescaleThreshold.A2Default.AtRiskMarginDays };

    public TimescaleThreshold A1Threshold => new(A1.ThresholdDays, A1.AtRiskMarginDays, TimescaleThreshold.A1Default.MustBeUnder);

    public TimescaleThreshold A2Threshold => new(A2.ThresholdDays, A2.AtRiskMarginDays, TimescaleThreshold.A2Default.MustBeUnder);

    public sealed class ThresholdSetting
    {
        public int ThresholdDays { get; set; }

        public int AtRiskMarginDays { get; set; }
    }
}
