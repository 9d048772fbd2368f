using System.Globalization;

namespace Permanence.Web.Infrastructure.Forms;

/// <summary>Dates as GOV.UK shows them: "5 March 2025".</summary>
public static class DateDisplay
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Format(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    public static string Format(DateOnly? date) => date is { } d ? Format(d) : "";

    public static string Format(DateTime utc) =>
        utc.ToString("d MMMM yyyy 'at' h:mmtt", EnGb).Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal);
}
