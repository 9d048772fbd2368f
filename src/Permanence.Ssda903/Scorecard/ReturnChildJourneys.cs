using Permanence.Domain.Children;
using Permanence.Domain.Children.Journey;
using Permanence.Ssda903.Reading;
using Permanence.Ssda903.Rules;

namespace Permanence.Ssda903.Scorecard;

/// <summary>A journey event as the return shows it (the tracker's recorder decides whether it can be recorded).</summary>
public sealed record ReturnEvent(
    JourneyEventType Type,
    DateOnly Date,
    string? Reason = null,
    bool AdoptedByFosterCarers = false,
    DateOnly? MovedInWithFosterCarersOn = null
);

/// <summary>
/// A child of the return with the journey events its rows give, oldest first, and what could not
/// be mapped (with the reason). Sex and date of birth are null when the Header row's value is not usable.
/// </summary>
public sealed record ReturnChild(
    string Child,
    DateOnly? DateOfBirth,
    Sex? Sex,
    string EthnicityCode,
    IReadOnlyList<ReturnEvent> Events,
    IReadOnlyList<string> NotMapped
)
{
    /// <summary>The latest period of care as the return gives it, for comparing with the tracker.</summary>
    public DateOnly? EnteredCare => Events.LastOrDefault(e => e.Type == JourneyEventType.EnteredCare)?.Date;

    /// <summary>The events of the latest period of care (from its entry into care, or all of them when its start is not known).</summary>
    public IEnumerable<ReturnEvent> LatestPeriod =>
        Events.Select((e, i) => (e, i)).LastOrDefault(x => x.e.Type == JourneyEventType.EnteredCare) is { e: not null } start
            ? Events.Skip(start.i)
            : Events;

    public DateOnly? Latest(JourneyEventType type) => LatestPeriod.FirstOrDefault(e => e.Type == type)?.Date;
}

/// <summary>
/// The children of an SSDA903 return and their journey events, for importing the return into the
/// tracker and reconciling the two (ADR 0041). Periods of care are chained across the years given
/// as ADR 0021 does; adoptions are mapped by <see cref="ReturnJourneys"/> so that the import and
/// the scorecard read a return the same way.
/// </summary>
public static class ReturnChildJourneys
{
    /// <summary>The children of <paramref name="current"/>'s Header, with events from it and from <paramref name="previous"/>.</summary>
    public static IReadOnlyList<ReturnChild> Map(Ssda903Return current, Ssda903Return? previous = null)
    {
        var returns = previous is null ? new[] { current } : [previous, current];
        var episodes = ReturnJourneys.ChainEpisodes(returns);
        var adoptions = ReturnJourneys.Map(returns);
        var adopted = adoptions.Journeys.ToLookup(j => j.ChildId, StringComparer.Ordinal);
        var unmapped = adoptions.Unmapped.ToLookup(u => u.Child, StringComparer.Ordinal);
        var decisions = returns.SelectMany(r => r.PlacedAdoption)
            .Where(p => Ssda903Date.Parse(p.DatePlaced) is not null)
            .GroupBy(p => (p.Child, p.DatePlaced))
            .Select(g => g.Last()) // the later return knows whether the decision was reversed
            .ToLookup(p => p.Child, StringComparer.Ordinal);
        var ad1 = returns.SelectMany(r => r.Ad1).ToLookup(a => a.Child, StringComparer.Ordinal);

        var children = new List<ReturnChild>();
        foreach (var header in current.Header.DistinctBy(h => h.Child))
        {
            var events = new List<ReturnEvent>();
            var notMapped = unmapped[header.Child].Select(u => $"Adoption of {u.AdoptionDate}: {u.Reason}").ToList();
            foreach (var period in Periods(episodes.GetValueOrDefault(header.Child) ?? []))
            {
                MapPeriod(period, adopted[header.Child], decisions[header.Child], ad1[header.Child], events, notMapped);
            }

            children.Add(new ReturnChild(
                header.Child,
                Ssda903Date.Parse(header.Dob),
                header.Sex switch { "M" or "1" => Sex.Male, "F" or "2" => Sex.Female, _ => null },
                header.Ethnic,
                events.Order(Chronological).ToList(),
                notMapped));
        }

        return children;
    }

    private static readonly IComparer<ReturnEvent> Chronological = Comparer<ReturnEvent>.Create(
        (a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : ((int)a.Type).CompareTo((int)b.Type));

    /// <summary>Episodes grouped into periods of care: an episode ended X1 runs on into the next.</summary>
    private static IEnumerable<List<Episode>> Periods(List<Episode> episodes)
    {
        var period = new List<Episode>();
        foreach (var e in episodes.Where(e => e.Decom is not null))
        {
            if (period.Count > 0 && (period[^1].Row.Rec != "X1" || e.Row.Rne == "S"))
            {
                yield return period;
                period = [];
            }
            period.Add(e);
        }

        if (period.Count > 0)
        {
            yield return period;
        }
    }

    private static void MapPeriod(
        List<Episode> period,
        IEnumerable<Domain.Scorecard.AdoptionJourney> adoptions,
        IEnumerable<PlacedAdoptionRow> decisions,
        IEnumerable<Ad1Row> ad1,
        List<ReturnEvent> events,
        List<string> notMapped)
    {
        var start = period[0].Decom!.Value;
        var last = period[^1];
        var end = last.Row.Rec is { Length: > 0 } rec && rec != "X1" ? last.Dec : null;
        bool InPeriod(DateOnly d) => d >= start && (end is null || d <= end);

        if (period[0].Row.Rne == "S")
        {
            events.Add(new(JourneyEventType.EnteredCare, start));
        }
        else
        {
            notMapped.Add($"The period of care that includes {Ssda903Date.Format(start)} began before the returns given: its start is not known");
        }

        // The LA's decision that the child should be placed for adoption, and its reversal.
        var periodDecisions = decisions.Where(d => InPeriod(Ssda903Date.Parse(d.DatePlaced)!.Value)).ToList();
        foreach (var d in periodDecisions)
        {
            events.Add(new(JourneyEventType.ShouldBePlacedDecision, Ssda903Date.Parse(d.DatePlaced)!.Value));
            if (Ssda903Date.Parse(d.DatePlacedCeased) is { } ceased)
            {
                events.Add(new(JourneyEventType.ShouldBePlacedDecisionReversed, ceased, $"SSDA903 reason {d.ReasonPlacedCeased}: {ReasonPlacedCeased(d.ReasonPlacedCeased)}"));
            }
        }

        // ADR 0021: the period's first placement order counts.
        var order = period.FirstOrDefault(e => Codes.PlacementOrder.Contains(e.Row.Ls));
        if (order is not null)
        {
            events.Add(new(JourneyEventType.PlacementOrderGranted, order.Decom!.Value));
        }

        if (end is { } ended && Codes.Adopted.Contains(last.Row.Rec))
        {
            var journey = adoptions.FirstOrDefault(j => j.AdoptionOrder == ended);
            if (journey is null)
            {
                return; // listed in notMapped with ReturnJourneys' reason
            }

            if (periodDecisions.Count == 0 && ad1.FirstOrDefault(a => Ssda903Date.Parse(a.DateMatch) == journey.MatchDecision) is { } row && Ssda903Date.Parse(row.DateInt) is { } decided)
            {
                events.Add(new(JourneyEventType.ShouldBePlacedDecision, decided));
            }

            if (journey.MatchDecision is { } match)
            {
                events.Add(new(JourneyEventType.MatchDecision, match));
            }

            if (journey.Relinquished)
            {
                // The return has no consent date: consent was in force when the child was placed.
                events.Add(new(JourneyEventType.ParentalConsentToPlacement, journey.MovedInWithAdopters));
            }

            events.Add(new(JourneyEventType.MovedInWithAdopters, journey.MovedInWithAdopters, null, journey.AdoptedByFosterCarers,
                journey.AdoptedByFosterCarers ? journey.MovedInWithFosterCarersWhoAdopted : null));
            events.Add(new(JourneyEventType.AdoptionOrder, ended));
            return;
        }

        // Placed for adoption and not (yet) adopted: the last unbroken run of A3-A6 placements.
        if (end is null && Codes.PlacedForAdoption.Contains(last.Row.Place))
        {
            var run = period.Count - 1;
            while (run > 0 && Codes.PlacedForAdoption.Contains(period[run - 1].Row.Place))
            {
                run--;
            }

            var placed = period[run];
            if (order is null)
            {
                events.Add(new(JourneyEventType.ParentalConsentToPlacement, placed.Decom!.Value));
            }

            events.Add(new(JourneyEventType.MovedInWithAdopters, placed.Decom!.Value, null, Codes.PlacedWithCurrentFosterCarers.Contains(placed.Row.Place)));
            return;
        }

        if (end is { } left)
        {
            events.Add(new(JourneyEventType.LeftCare, left, $"SSDA903 reason episode ceased {last.Row.Rec}"));
        }
    }

    private static string ReasonPlacedCeased(string code) => code switch
    {
        "RD1" => "the child's needs changed after the decision",
        "RD2" => "the court did not make a placement order",
        "RD3" => "prospective adopters could not be found",
        _ => "another reason",
    };
}
