using System.Globalization;

namespace Permanence.Web.Infrastructure.Forms;

/// <summary>A decimal number typed into a form, read for an operation's input.</summary>
public static class DecimalInput
{
    /// <summary>Null when blank; null with a message for <paramref name="field"/> when it is not a number.</summary>
    public static double? Read(string? value, string field, string label, Application.FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (double.TryParse(value.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)) return d;
        errors.Add(field, $"{label} must be a number, like 52.4862");
        return null;
    }
}
