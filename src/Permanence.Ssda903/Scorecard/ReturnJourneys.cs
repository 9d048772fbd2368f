using Permanence.Domain.Scorecard;
using Permanence.Ssda903.Reading;
using Permanence.Ssda903.Rules;

namespace Permanence.Ssda903.Scorecard;

/// <summary>A child adopted in the returns whose journey could not be built, and why.</summary>
public sealed record UnmappedAdoption(string Child, string AdoptionDate, string Reason);

public sealed record JourneyMapping(IReadOnlyList<AdoptionJourney> Journeys, IReadOnlyList<UnmappedAdoption> Unmapped);

/// <summary>
/// Builds <see cref="AdoptionJourney"/> records from one LA's SSDA903 returns for one or more
/// years, so that the scorecard engine gives the same answers as for the tracker. Every choice
/// is in docs/adr/0021-ssda903-scorecard-mapping.md.
/// </summary>
public static class ReturnJourneys
{
    public static JourneyMapping Map(IEnumerable<Ssda903Return> returns, string? localAuthorityCode = null)
    {
        var all = returns.ToList();
        var episodes = ChainEpisodes(all);
        var ad1 = new Dictionary<string, List<Ad1Row>>(StringComparer.Ordinal);
        foreach (var row in all.SelectMany(r => r.Ad1))
        {
            if (!ad1.TryGetValue(row.Child, out var list))
            {
                ad1[row.Child] = list = [];
            }
            list.Add(row);
        }

        var journeys = new List<AdoptionJourney>();
        var unmapped = new List<UnmappedAdoption>();
        foreach (var (child, list) in episodes)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (Codes.Adopted.Contains(list[i].Row.Rec) && list[i].Dec is { } adopted)
                {
                    var result = MapOne(child, list, i, adopted, ad1.GetValueOrDefault(child), localAuthorityCode);
                    if (result.Journey is not null)
                    {
                        journeys.Add(result.Journey);
                    }
                    else
                    {
                        unmapped.Add(new UnmappedAdoption(child, Ssda903Date.Format(adopted), result.Reason!));
                    }
                }
            }
        }
        return new JourneyMapping(journeys, unmapped);
    }

    /// <summary>
    /// Every episode of each child across the returns, once: an episode open at the end of one
    /// year appears again in the next, so the same start date is the same episode, and the
    /// later return (which knows how it ended) wins.
    /// </summary>
    internal static Dictionary<string, List<Episode>> ChainEpisodes(IEnumerable<Ssda903Return> returns)
    {
        var byChild = new Dictionary<string, Dictionary<DateOnly, Episode>>(StringComparer.Ordinal);
        foreach (var r in returns.OrderBy(LatestDate))
        {
            foreach (var row in r.Episodes)
            {
                if (Ssda903Date.Parse(row.Decom) is not { } start)
                {
                    continue;
                }
                if (!byChild.TryGetValue(row.Child, out var episodes))
                {
                    byChild[row.Child] = episodes = [];
                }
                episodes[start] = new Episode(row, 0);
            }
        }
        return byChild.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderBy(e => e.Key).Select(e => e.Value).ToList(),
            StringComparer.Ordinal);
    }

    private static DateOnly LatestDate(Ssda903Return r) =>
        r.Episodes.Select(e => Ssda903Date.Parse(e.Decom)).Where(d => d is not null).Select(d => d!.Value).DefaultIfEmpty().Max();

    private static (AdoptionJourney? Journey, string? Reason) MapOne(
        string child, List<Episode> episodes, int adoptedAt, DateOnly adoptionOrder, List<Ad1Row>? ad1, string? la)
    {
        // The period of care: walk back while the episode before was continued (X1) into this one.
        var first = adoptedAt;
        while (first > 0 && episodes[first - 1].Row.Rec == "X1" && episodes[first].Row.Rne != "S")
        {
            first--;
        }
        var period = episodes.GetRange(first, adoptedAt - first + 1);
        if (period[0].Row.Rne != "S")
        {
            // The period began before the earliest return supplied: its start is unknown, and a
            // guess would understate the wait. The user can supply earlier years.
            return (null, "the period of care began before the earliest return supplied");
        }

        // Moved in with the adopters: the start of the last unbroken run of adoption placements,
        // so after a disruption the family who adopted counts (ADR 0020, ADR 0021).
        var run = period.Count - 1;
        if (!Codes.PlacedForAdoption.Contains(period[run].Row.Place))
        {
            return (null, $"the adoption episode has placement {period[run].Row.Place}, not A3-A6");
        }
        while (run > 0 && Codes.PlacedForAdoption.Contains(period[run - 1].Row.Place))
        {
            run--;
        }
        var placement = period[run];
        var movedIn = placement.Decom!.Value;

        var order = period.FirstOrDefault(e => Codes.PlacementOrder.Contains(e.Row.Ls))?.Decom;
        // A child adopted twice (rare) has an AD1 row per adoption: take the latest match up to this order.
        var adoption = ad1?.Where(a => Ssda903Date.Parse(a.DateMatch) is not { } m || m <= adoptionOrder).LastOrDefault();
        var fosterCarers = adoption?.FosterCare == "1";

        DateOnly? withCarers = null;
        if (fosterCarers)
        {
            // The carers' home is the adoption placement's postcode: walk back through the
            // foster placements there that ran straight into it.
            var i = run;
            while (i > 0 && period[i - 1].Row.PlPost.Length > 0 && period[i - 1].Row.PlPost == placement.Row.PlPost
                && (Codes.FosterPlacements.Contains(period[i - 1].Row.Place) || Codes.PlacedForAdoption.Contains(period[i - 1].Row.Place)))
            {
                i--;
            }
            withCarers = period[i].Decom;
        }

        return (new AdoptionJourney(
            child,
            la,
            period[0].Decom!.Value,
            movedIn,
            withCarers,
            fosterCarers,
            order,
            adoption is null ? null : Ssda903Date.Parse(adoption.DateMatch),
            adoptionOrder,
            // Relinquished: placed with parental consent and never under a placement order.
            Relinquished: order is null && placement.Row.Place is "A3" or "A4"), null);
    }
}
