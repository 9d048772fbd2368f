using Permanence.Domain.Organisations;

namespace Permanence.Data.Demo;

/// <summary>The fictional demo region: one RAA, five LAs and two VAAs. LA codes 991-995 are not real DfE codes.</summary>
public static class DemoRegion
{
    public const string Password = "Demo-Pass-2026!";
    public const string RegionName = "Northvale Adoption Region";
    public const string EmailDomainSuffix = ".demo";

    public sealed record DemoOrganisation(OrganisationType Type, string Name, string ShortName, string? LaCode);

    public static IReadOnlyList<DemoOrganisation> Organisations { get; } =
    [
        new(OrganisationType.RegionalAdoptionAgency, "Adopt Northvale", "raa", null),
        new(OrganisationType.LocalAuthority, "Kingsmere City Council", "kingsmere", "991"),
        new(OrganisationType.LocalAuthority, "Oakbridge Borough Council", "oakbridge", "992"),
        new(OrganisationType.LocalAuthority, "Westerby County Council", "westerby", "993"),
        new(OrganisationType.LocalAuthority, "Fernleigh Council", "fernleigh", "994"),
        new(OrganisationType.LocalAuthority, "Millbrook District Council", "millbrook", "995"),
        new(OrganisationType.VoluntaryAdoptionAgency, "Hearthstone Adoption", "hearthstone", null),
        new(OrganisationType.VoluntaryAdoptionAgency, "Bridgeway Families", "bridgeway", null),
    ];

    /// <summary>The demo sign-in for a role in an organisation, e.g. social-worker@991.demo.</summary>
    public static string SignIn(Domain.Staff.StaffRole role, string organisationSuffix) =>
        $"{Domain.Staff.StaffRoles.Slug(role)}@{organisationSuffix}{EmailDomainSuffix}";
}
