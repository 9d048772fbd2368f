using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Adopters;
using Permanence.Domain.Children;
using Permanence.Domain.Matching;
using Permanence.Domain.Organisations;

namespace Permanence.Web.Pages.Adopters;

/// <summary>
/// The structured part of an approval range that the matching rules read (ADR 0062), as entered at a
/// review of approval (the one at approval sets it). Every field is optional: blank means "not
/// recorded", and the ranking says so instead of guessing. Errors are keyed by property name.
/// </summary>
public sealed record MatchingRangeFields(
    IReadOnlyList<string>? NeedsCanMeet,
    IReadOnlyList<string>? EthnicityCodes,
    string? Religion,
    IReadOnlyList<string>? Languages,
    int? LivesInLocalAuthorityId,
    double? Latitude,
    double? Longitude,
    bool? EarlyPermanenceApproved
)
{
    // Roughly the United Kingdom: catches a latitude and longitude entered the wrong way round.
    public const double MinimumLatitude = 49.8, MaximumLatitude = 60.9, MinimumLongitude = -8.7, MaximumLongitude = 1.8;

    public static MatchingRangeFields From(AdopterHousehold h) =>
        new(
            MatchingVocabulary.Split(h.RangeNeedsCanMeet), MatchingVocabulary.Split(h.EthnicityCodes), h.Religion, MatchingVocabulary.Split(h.Languages),
            h.LivesInLocalAuthorityId, h.Latitude, h.Longitude, h.EarlyPermanenceApproved
        );

    /// <summary>The LAs a household of the agency may live in: the LAs of the agency's region.</summary>
    public static Task<List<(int Id, string Name)>> LocalAuthoritiesAsync(PermanenceDbContext db, int agencyId) =>
        db.Organisations.AsNoTracking()
            .Where(o => o.Type == OrganisationType.LocalAuthority && o.RegionId == db.Organisations.Where(a => a.Id == agencyId).Select(a => a.RegionId).First())
            .OrderBy(o => o.Name)
            .Select(o => new ValueTuple<int, string>(o.Id, o.Name))
            .ToListAsync();

    public Dictionary<string, string> Problems(IReadOnlyCollection<int> localAuthorities)
    {
        var errors = new Dictionary<string, string>();
        if (NeedsCanMeet?.FirstOrDefault(n => MatchingVocabulary.Need(n) is null) is { } need)
            errors[nameof(NeedsCanMeet)] = $"“{need}” is not a need: select the needs from the list";
        if (EthnicityCodes is { Count: > 6 }) errors[nameof(EthnicityCodes)] = "Enter no more than 6 ethnicity codes, one for each adult";
        else if (EthnicityCodes?.FirstOrDefault(c => Ethnicity.FromCode(c) is null) is { } code)
            errors[nameof(EthnicityCodes)] = $"“{code}” is not a DfE ethnicity code: enter codes like WBRI or MWBC";
        if (!string.IsNullOrWhiteSpace(Religion) && MatchingVocabulary.Religion(Religion) is null)
            errors[nameof(Religion)] = "Select a religion from the list";
        if (Languages?.FirstOrDefault(l => MatchingVocabulary.Language(l) is null) is { } language)
            errors[nameof(Languages)] = $"“{language}” is not on the list of languages: select the languages from the list";
        if (LivesInLocalAuthorityId is { } la && !localAuthorities.Contains(la))
            errors[nameof(LivesInLocalAuthorityId)] = "Select a local authority of the region, or none";
        if (Latitude is null != Longitude is null)
            errors[Latitude is null ? nameof(Latitude) : nameof(Longitude)] = "Enter both the latitude and the longitude, or neither";
        if (Latitude is { } lat && (!double.IsFinite(lat) || lat is < MinimumLatitude or > MaximumLatitude))
            errors[nameof(Latitude)] = "Latitude must be between 49.8 and 60.9 (in the United Kingdom)";
        if (Longitude is { } lon && (!double.IsFinite(lon) || lon is < MinimumLongitude or > MaximumLongitude))
            errors[nameof(Longitude)] = "Longitude must be between -8.7 and 1.8 (in the United Kingdom)";
        return errors;
    }

    public void ApplyTo(AdopterHousehold h)
    {
        h.RangeNeedsCanMeet = MatchingVocabulary.JoinNeeds((NeedsCanMeet ?? []).Select(MatchingVocabulary.Need).OfType<MatchingNeed>());
        h.EthnicityCodes = MatchingVocabulary.Join((EthnicityCodes ?? []).Select(c => Ethnicity.FromCode(c)!.Code));
        h.Religion = MatchingVocabulary.Religion(Religion);
        h.Languages = MatchingVocabulary.Join((Languages ?? []).Select(l => MatchingVocabulary.Language(l)!));
        h.LivesInLocalAuthorityId = LivesInLocalAuthorityId;
        h.Latitude = Latitude is { } lat ? Math.Round(lat, 4) : null;
        h.Longitude = Longitude is { } lon ? Math.Round(lon, 4) : null;
        h.EarlyPermanenceApproved = EarlyPermanenceApproved ?? false;
    }

    /// <summary>A number typed into a form: null when blank; an error when it is not a number.</summary>
    public static double? ParseDecimal(string? value, string field, string label, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (double.TryParse(value.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)) return d;
        errors[field] = $"{label} must be a number, like 52.4862";
        return null;
    }
}
