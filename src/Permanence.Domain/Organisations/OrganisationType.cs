namespace Permanence.Domain.Organisations;

/// <summary>The kinds of organisation in a region.</summary>
/// <remarks>
/// Glossary: RAA = Regional Adoption Agency; LA = local authority; VAA = voluntary adoption agency.
/// </remarks>
public enum OrganisationType
{
    RegionalAdoptionAgency,
    LocalAuthority,
    VoluntaryAdoptionAgency,
}

public static class OrganisationTypeNames
{
    public static string DisplayName(this OrganisationType type) =>
        type switch
        {
            OrganisationType.RegionalAdoptionAgency => "Regional adoption agency",
            OrganisationType.LocalAuthority => "Local authority",
            OrganisationType.VoluntaryAdoptionAgency => "Voluntary adoption agency",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
}
