using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Organisations;
using Permanence.Domain.Organisations;
using Permanence.Web.Pages.Adopters;

namespace Permanence.Web.Pages.Admin.Organisations;

/// <summary>
/// An LA's centre, from which the ranking measures how far away a household lives. Set by the
/// RAA's administrators for the LAs of their region (ADR 0062). Errors are keyed by property name.
/// </summary>
public sealed record CentreFields(double? Latitude, double? Longitude)
{
    public Dictionary<string, string> Problems()
    {
        var errors = new Dictionary<string, string>();
        if (Latitude is null != Longitude is null)
            errors[Latitude is null ? nameof(Latitude) : nameof(Longitude)] = "Enter both the latitude and the longitude, or neither";
        if (Latitude is { } lat && (!double.IsFinite(lat) || lat is < MatchingRangeFields.MinimumLatitude or > MatchingRangeFields.MaximumLatitude))
            errors[nameof(Latitude)] = "Latitude must be between 49.8 and 60.9 (in the United Kingdom)";
        if (Longitude is { } lon && (!double.IsFinite(lon) || lon is < MatchingRangeFields.MinimumLongitude or > MatchingRangeFields.MaximumLongitude))
            errors[nameof(Longitude)] = "Longitude must be between -8.7 and 1.8 (in the United Kingdom)";
        return errors;
    }

    public void ApplyTo(Organisation la)
    {
        la.CentreLatitude = Latitude is { } lat ? Math.Round(lat, 4) : null;
        la.CentreLongitude = Longitude is { } lon ? Math.Round(lon, 4) : null;
    }

    /// <summary>An LA of the administrator's region, tracked; null for anything else.</summary>
    public static Task<Organisation?> LoadAsync(PermanenceDbContext db, ClaimsPrincipal user, int id) =>
        AdminScope.ManagedOrganisations(db, user).FirstOrDefaultAsync(o => o.Id == id && o.Type == OrganisationType.LocalAuthority);
}
