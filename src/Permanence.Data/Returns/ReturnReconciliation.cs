using Permanence.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Permanence.Data.Journeys;
using Permanence.Data.Model.Children;
using Permanence.Domain.Children.Journey;
using Permanence.Ssda903.Scorecard;

namespace Permanence.Data.Returns;

/// <summary>A date the return and the tracker give differently for one child (null where one of them has none).</summary>
public sealed record DateDifference(string Milestone, DateOnly? InReturn, DateOnly? InTracker);

public sealed record ChildDifferences(string Child, Child TrackerChild, IReadOnlyList<DateDifference> Dates);

/// <summary>A child of the return with no record in the tracker.</summary>
public sealed record ReturnOnlyChild(string Child, DateOnly? DateOfBirth, DateOnly? EnteredCare);

/// <summary>Where an LA's return for a year and its tracker disagree.</summary>
public sealed record Reconciliation(
    IReadOnlyList<ReturnOnlyChild> OnlyInReturn,
    IReadOnlyList<Child> OnlyInTracker,
    IReadOnlyList<ChildDifferences> Differences,
    int ChildrenCompared
);

/// <summary>
/// Compares a return with the tracker (ADR 0041). Children are matched on the local reference
/// (the SSDA903 CHILD id). For each child in both, the latest period of care of the return is
/// compared with the tracker's period that began on the same day (or the tracker's latest period):
/// entered care, placement order (the period's first), match, moved in and adoption order, and the
/// date of birth (the match only for a child adopted in the year: AD1 has no other). A tracker child is expected in the return when it was in care at some time in the
/// collection year.
/// </summary>
public static class ReturnReconciliation
{
    public static async Task<Reconciliation> CompareAsync(PermanenceDbContext db, ReturnReport report, CancellationToken cancellationToken = default)
    {
        var today = db.Clock.Today();
        var year = report.Year;
        var returnChildren = ReturnChildJourneys.Map(report.Current, report.Previous).ToDictionary(c => c.Child, StringComparer.Ordinal);
        var tracker = await db.Children
            .Include(c => c.JourneyEvents)
            .Where(c => c.OwningOrganisationId == report.Upload.OwningOrganisationId)
            .AsSplitQuery()
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var differences = new List<ChildDifferences>();
        var onlyInTracker = new List<Child>();
        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var child in tracker.OrderBy(c => c.LocalReference, StringComparer.Ordinal).ThenBy(c => c.FamilyName))
        {
            var journey = JourneyRecorder.Journey(child, today);
            if (child.LocalReference is null || !returnChildren.TryGetValue(child.LocalReference, out var inReturn))
            {
                if (InCareDuring(child, journey, year.Start, year.End))
                {
                    onlyInTracker.Add(child);
                }

                continue;
            }

            matched.Add(child.LocalReference);
            var dates = Compare(child, journey, inReturn);
            if (dates.Count > 0)
            {
                differences.Add(new ChildDifferences(child.LocalReference, child, dates));
            }
        }

        var onlyInReturn = returnChildren.Values
            .Where(c => !matched.Contains(c.Child))
            .OrderBy(c => c.Child, StringComparer.Ordinal)
            .Select(c => new ReturnOnlyChild(c.Child, c.DateOfBirth, c.EnteredCare))
            .ToList();
        return new Reconciliation(onlyInReturn, onlyInTracker, differences, matched.Count);
    }

    private static bool InCareDuring(Child child, ChildJourney journey, DateOnly start, DateOnly end) =>
        journey.Periods.Count == 0
            ? child.DateEnteredCare <= end
            : journey.Periods.Any(p => p.Start <= end && (p.End is null || p.End >= start));

    private static List<DateDifference> Compare(Child child, ChildJourney journey, ReturnChild inReturn)
    {
        var entered = inReturn.EnteredCare;
        var period = journey.Periods.LastOrDefault(p => p.Start == entered) ?? journey.Current;
        var pairs = new (string Milestone, DateOnly? InReturn, DateOnly? InTracker)[]
        {
            ("Date of birth", inReturn.DateOfBirth, child.DateOfBirth),
            (JourneyEventType.EnteredCare.DisplayName(), entered, entered is null ? null : period?.Start),
            (JourneyEventType.PlacementOrderGranted.DisplayName(), inReturn.Latest(JourneyEventType.PlacementOrderGranted), period?.FirstPlacementOrder),
            (JourneyEventType.MatchDecision.DisplayName(), inReturn.Latest(JourneyEventType.MatchDecision), period?.MatchDecision),
            (JourneyEventType.MovedInWithAdopters.DisplayName(), inReturn.Latest(JourneyEventType.MovedInWithAdopters), period?.MovedInWithAdopters),
            (JourneyEventType.AdoptionOrder.DisplayName(), inReturn.Latest(JourneyEventType.AdoptionOrder), period?.AdoptionOrder),
        };
        // The return gives a match (AD1) only for a child adopted in the year: no match otherwise is not a disagreement.
        var adopted = inReturn.Latest(JourneyEventType.AdoptionOrder) is not null;
        return pairs
            .Where(p => p.InReturn != p.InTracker && (adopted || p.Milestone != JourneyEventType.MatchDecision.DisplayName())).Select(p => new DateDifference(p.Milestone, p.InReturn, p.InTracker)).ToList();
    }
}
