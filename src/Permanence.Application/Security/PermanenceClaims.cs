using System.Security.Claims;
using Permanence.Domain.Organisations;

namespace Permanence.Application.Security;

/// <summary>The claims a signed-in user carries besides name and roles.</summary>
public static class PermanenceClaims
{
    public const string OrganisationId = "permanence:org";
    public const string OrganisationType = "permanence:org_type";
    public const string OrganisationName = "permanence:org_name";
    public const string RegionId = "permanence:region";
    public const string DisplayName = "permanence:display_name";

    public static int? GetOrganisationId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(OrganisationId), out var id) ? id : null;

    public static int? GetRegionId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(RegionId), out var id) ? id : null;

    public static OrganisationType? GetOrganisationType(this ClaimsPrincipal user) =>
        Enum.TryParse<OrganisationType>(user.FindFirstValue(OrganisationType), out var type) ? type : null;

    public static string GetDisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? "";

    public static string GetOrganisationName(this ClaimsPrincipal user) => user.FindFirstValue(OrganisationName) ?? "";

    public static bool IsRegionWide(this ClaimsPrincipal user) =>
        user.GetOrganisationType() == Domain.Organisations.OrganisationType.RegionalAdoptionAgency;
}
