using System.Text.RegularExpressions;

namespace Permanence.Domain.Organisations;

/// <summary>
/// What a partner organisation added to a region must be: a named LA or VAA (the region's RAA
/// exists already), with a short name for sign-ins and, for an LA only, its DfE code. Messages are
/// keyed by the fields Name, Type, ShortName and LaCode.
/// </summary>
public static partial class OrganisationRules
{
    public const int MaximumNameLength = 200;

    public static IEnumerable<KeyValuePair<string, string>> Problems(string? name, string? type, string? shortName, string? laCode)
    {
        if (string.IsNullOrWhiteSpace(name)) yield return new("Name", "Enter the organisation's name");
        else if (name.Length > MaximumNameLength) yield return new("Name", "Name must be 200 characters or fewer");

        if (ParseType(type) is not (OrganisationType.LocalAuthority or OrganisationType.VoluntaryAdoptionAgency))
            yield return new("Type", "Select local authority or voluntary adoption agency");

        if (shortName is null || !ShortNamePattern().IsMatch(shortName.Trim()))
            yield return new("ShortName", "Short name must be 2 to 60 lower-case letters, numbers or hyphens, starting with a letter");

        var isLa = ParseType(type) == OrganisationType.LocalAuthority;
        if (isLa && !LaCode.IsValid(laCode?.Trim())) yield return new("LaCode", LaCode.FormatMessage);
        if (!isLa && !string.IsNullOrWhiteSpace(laCode)) yield return new("LaCode", "Only a local authority has an LA code");
    }

    /// <summary>The type by its name in any case; a number or an unknown name is no type at all.</summary>
    public static OrganisationType? ParseType(string? type) =>
        Enum.TryParse<OrganisationType>(type, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(type, out _) ? parsed : null;

    [GeneratedRegex("^[a-z][a-z0-9-]{1,59}$")]
    private static partial Regex ShortNamePattern();
}
