using System.Globalization;

namespace Permanence.Web.Api;

/// <summary>Reading API input the same way everywhere: ISO dates, and field errors keyed by the JSON property name.</summary>
internal static class ApiInput
{
    /// <summary>A validation problem with one message per field; "FieldName" keys become "fieldName" as in the request body.</summary>
    public static IResult Problems(Dictionary<string, string> errors) =>
        Results.ValidationProblem(errors.ToDictionary(e => e.Key.Length == 0 ? e.Key : char.ToLowerInvariant(e.Key[0]) + e.Key[1..], e => new[] { e.Value }));

    /// <summary>A yyyy-mm-dd date; blank gives null, anything else adds a message for <paramref name="key"/>.</summary>
    public static DateOnly? ParseDate(string? value, string key, string label, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        errors[key] = $"{label} must be a real date written as yyyy-mm-dd";
        return null;
    }

    /// <summary>A yyyy-mm-dd date for an operation's input; blank gives null, anything else adds a message for <paramref name="field"/>.</summary>
    public static DateOnly? ReadDate(string? value, string field, string label, Application.FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        errors.Add(field, $"{label} must be a real date written as yyyy-mm-dd");
        return null;
    }
}
