using Permanence.Domain.Timescales;

namespace Permanence.Web.Pages.Tracker;

/// <summary>The colour of a wait's status tag on the tracker.</summary>
public static class TrackerDisplay
{
    public static string StatusTagClass(this TimescaleStatus status) =>
        status switch
        {
            TimescaleStatus.OnTrack => "govuk-tag--green",
            TimescaleStatus.AtRisk => "govuk-tag--yellow",
            _ => "govuk-tag--red",
        };
}
