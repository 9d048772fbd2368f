using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Matching;
using Permanence.Domain.Matching;

namespace Permanence.Web.Pages.Matching;

/// <summary>
/// Narrows the households shown (the ranking itself is of the whole pool, so a household keeps
/// its place whatever the filter): name or agency, inter-agency only, early-permanence approved
/// only, within a distance of the child's LA.
/// </summary>
public sealed record RankingFilter(string? Search, bool InterAgencyOnly, bool EarlyPermanenceOnly, string? MaxDistanceKm)
{
    public const int Shown = 100;

    /// <summary>The distance as a number of kilometres, and any problem with it, keyed by property name.</summary>
    public (int? Km, Dictionary<string, string> Errors) Read()
    {
        var errors = new Dictionary<string, string>();
        if (Search is { Length: > 100 }) errors[nameof(Search)] = "Search must be 100 characters or fewer";
        if (string.IsNullOrWhiteSpace(MaxDistanceKm)) return (null, errors);
        if (!int.TryParse(MaxDistanceKm.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var km) || km is < 1 or > 1000)
        {
            errors[nameof(MaxDistanceKm)] = "Maximum distance must be a whole number of kilometres from 1 to 1000";
            return (null, errors);
        }

        return (km, errors);
    }

    public bool Keeps(HouseholdForMatching h, HouseholdShown shown, GeoPoint? centre, int? km)
    {
        if (!string.IsNullOrWhiteSpace(Search)
            && !h.Name.Contains(Search.Trim(), StringComparison.OrdinalIgnoreCase)
            && !shown.AgencyName.Contains(Search.Trim(), StringComparison.OrdinalIgnoreCase)) return false;
        if (InterAgencyOnly && !h.InterAgency) return false;
        if (EarlyPermanenceOnly && !h.EarlyPermanenceApproved) return false;
        if (km is { } max && !(Ranking.Distance(h, centre) is { } d && d <= max)) return false;
        return true;
    }
}

/// <summary>A child's ranking as the page and the API show it: the whole pool ranked, then filtered for display.</summary>
public sealed record Ranking(
    WaitingChild Child,
    MatchingWeights Weights,
    int PoolSize,
    int RankedCount,
    IReadOnlyList<RankedHousehold> Ranked,
    IReadOnlyList<ExcludedHousehold> Excluded,
    IReadOnlyDictionary<Guid, HouseholdShown> Shown
)
{
    public static double? Distance(HouseholdForMatching h, GeoPoint? centre) =>
        h.Location is { } at && centre is { } c ? at.KilometresTo(c) : null;

    /// <summary>The child's region (whose RAA's households are not inter-agency); null when the child is not in scope.</summary>
    public static Task<int?> RegionOfChildAsync(PermanenceDbContext db, Guid childId, CancellationToken cancellationToken) =>
        db.Children.Where(c => c.Id == childId).Select(c => (int?)c.OwningOrganisation!.RegionId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Ranks the region's approved households for the child (with the siblings placed with them),
    /// shows what the filter keeps (the first <see cref="RankingFilter.Shown"/> ranked), and audits
    /// the children and households shown. Null when the child is not in scope or not waiting.
    /// </summary>
    public static async Task<Ranking?> LoadAsync(
        PermanenceDbContext db,
        Guid childId,
        RankingFilter filter,
        int? maxKm,
        MatchingWeights weights,
        DateOnly today,
        CancellationToken cancellationToken
    )
    {
        var child = await MatchingQueries.WaitingChildAsync(db, childId, today, cancellationToken);
        if (child is null) return null;
        var region = await RegionOfChildAsync(db, childId, cancellationToken);
        var pool = await MatchingQueries.ApprovedHouseholdsShownAsync(db, region, cancellationToken);
        var shown = pool.ToDictionary(p => p.Household.HouseholdId, p => p.Shown);
        var ranking = MatchRanker.Rank(child.Request, pool.Select(p => p.Household).ToList(), weights, today);
        var centre = child.Request.LocalAuthorityCentre;
        var ranked = ranking.Ranked.Where(r => filter.Keeps(r.Household, shown[r.Household.HouseholdId], centre, maxKm)).Take(RankingFilter.Shown).ToList();
        var excluded = ranking.Excluded.Where(r => filter.Keeps(r.Household, shown[r.Household.HouseholdId], centre, maxKm)).ToList();
        await MatchingQueries.AuditShownAsync(
            db,
            child.Request.Children.Select(c => c.ChildId).ToList(),
            ranked.Select(r => r.Household.HouseholdId).Concat(excluded.Select(e => e.Household.HouseholdId)).ToList(),
            cancellationToken
        );
        return new Ranking(child, weights, pool.Count, ranking.Ranked.Count, ranked, excluded, shown);
    }

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
