using System.Diagnostics.CodeAnalysis;

namespace Permanence.Domain.Organisations;

/// <summary>
/// A local authority's three-digit code, as used in the SSDA903 return and DfE statistics
/// (for example 201 for the City of London, 941 for West Northamptonshire).
/// </summary>
public static class LaCode
{
    public const string FormatMessage = "LA code must be 3 digits, like 301";

    public static bool IsValid([NotNullWhen(true)] string? code) =>
        code is { Length: 3 } && code.All(char.IsAsciiDigit) && code != "000";

    /// <summary>Trims the code and returns it if valid; otherwise null.</summary>
    public static string? Normalise(string? code)
    {
        var trimmed = code?.Trim();
        return IsValid(trimmed) ? trimmed : null;
    }
}
