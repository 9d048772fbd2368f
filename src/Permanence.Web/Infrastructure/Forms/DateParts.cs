using System.Globalization;

namespace Permanence.Web.Infrastructure.Forms;

/// <summary>The day, month and year boxes of a GOV.UK date input, as typed.</summary>
public sealed class DateParts
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>The date, or null when it is incomplete or not a real date.</summary>
    public DateOnly? ToDate()
    {
        if (
            int.TryParse(Day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && int.TryParse(Month?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && Year?.Trim() is { Length: 4 } y
            && int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year >= 1900
            && m is >= 1 and <= 12
            && d >= 1
            && d <= DateTime.DaysInMonth(year, m)
        )
        {
            return new DateOnly(year, m, d);
        }

        return null;
    }

    /// <summary>The GOV.UK message for a date that cannot be read, or null if it reads.</summary>
    public string? Problem(string label)
    {
        if (IsEmpty)
        {
            return $"Enter {label.ToLowerInvariant()}";
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(Day)) missing.Add("day");
        if (string.IsNullOrWhiteSpace(Month)) missing.Add("month");
        if (string.IsNullOrWhiteSpace(Year)) missing.Add("year");
        if (missing.Count > 0)
        {
            return $"{label} must include a {string.Join(" and ", missing)}";
        }

        if (Year!.Trim().Length != 4)
        {
            return $"Year must include 4 numbers";
        }

        return ToDate() is null ? $"{label} must be a real date" : null;
    }

    /// <summary>
    /// The date as typed for <paramref name="field"/>: null when blank (the operation's rule says
    /// whether it is needed), or null with the GOV.UK message in <paramref name="errors"/> when it
    /// cannot be read.
    /// </summary>
    public DateOnly? Read(string field, string label, Application.FieldErrors errors)
    {
        if (IsEmpty) return null;
        if (Problem(label) is { } problem) errors.Add(field, problem);
        return ToDate();
    }

    public static DateParts From(DateOnly? date) =>
        date is { } d
            ? new DateParts
            {
                Day = d.Day.ToString(CultureInfo.InvariantCulture),
                Month = d.Month.ToString(CultureInfo.InvariantCulture),
                Year = d.Year.ToString(CultureInfo.InvariantCulture),
            }
            : new DateParts();
}
