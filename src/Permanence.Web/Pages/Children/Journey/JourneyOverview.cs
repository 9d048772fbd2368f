using Microsoft.EntityFrameworkCore;
using Permanence.Application.Tracker;
using Permanence.Data;
using Permanence.Data.Journeys;
using Permanence.Data.Model.Children;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Timescales;

namespace Permanence.Web.Pages.Children.Journey;

/// <summary>One event as the timeline shows it, with the rules it breaks (only imported history can).</summary>
public sealed record TimelineEvent(ChildJourneyEvent Event, IReadOnlyList<JourneyViolation> Violations);

/// <summary>A wait so far against a scorecard threshold.</summary>
public sealed record TimescaleWait(int Days, int ThresholdDays, TimescaleStatus Status, bool Completed);

/// <summary>
/// Everything the child's timeline shows, computed from the events by the domain rules; the page
/// and the API both render this, so they agree.
/// </summary>
public sealed class JourneyOverview
{
    public required Child Child { get; init; }

    public required ChildJourney Journey { get; init; }

    public required IReadOnlyList<TimelineEvent> Events { get; init; }

    public required IReadOnlyList<PriorityReason> PriorityReasons { get; init; }

    public required bool WaitedEighteenMonths { get; init; }

    public required TimescaleWait? A1 { get; init; }

    public required TimescaleWait? A2 { get; init; }

    public required CareProceedingsDuration? CareProceedings { get; init; }

    public required IReadOnlyList<Child> Siblings { get; init; }

    public JourneyStage Stage => Journey.Stage;

    public PeriodOfCare? Current => Journey.Current;

    /// <summary>The child with events, sibling group and family finder, read-only; null when the user can't see it.</summary>
    public static async Task<JourneyOverview?> LoadAsync(PermanenceDbContext db, Guid childId, DateOnly today, TrackerOptions thresholds)
    {
        var child = await db
            .Children.Include(c => c.OwningOrganisation)
            .Include(c => c.JourneyEvents)
            .Include(c => c.FamilyFinder)
            .Include(c => c.SiblingGroup!).ThenInclude(g => g.Children)
            .AsNoTrackingWithIdentityResolution()
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == childId);
        return child is null ? null : From(child, today, thresholds);
    }

    /// <param name="thresholds">The tracker's configured thresholds, so the timeline and the tracker agree.</param>
    public static JourneyOverview From(Child child, DateOnly today, TrackerOptions thresholds)
    {
        var journey = JourneyRecorder.Journey(child, today);
        var byId = child.JourneyEvents.ToDictionary(e => e.Id);
        var events = journey
            .Events.Select(e => new TimelineEvent(byId[e.Id], journey.Violations.Where(v => v.EventId == e.Id).ToList()))
            .ToList();
        var siblings = child.SiblingGroup?.Children.Where(c => c.Id != child.Id).OrderBy(c => c.DateOfBirth).ThenBy(c => c.GivenName).ToList() ?? [];
        var groupSize = child.SiblingGroup is null ? 0 : siblings.Count + 1;
        var current = journey.Current;
        var followed = current is not null && (journey.Stage.IsTracked() || journey.Stage == JourneyStage.Adopted);
        return new JourneyOverview
        {
            Child = child,
            Journey = journey,
            Events = events,
            PriorityReasons = PriorityChild.Reasons(child.DateOfBirth, child.EthnicityCode, groupSize, child.HasDisability, today),
            WaitedEighteenMonths = current is { IsOpen: true } && journey.Stage.IsTracked()
                && PriorityChild.HasWaitedEighteenMonths(current.Start, current.MovedInWithAdopters, today),
            A1 = followed ? Wait(current!.DaysEnteredCareToMovedIn(today), thresholds.A1Threshold, current.MovedInWithAdopters is not null) : null,
            A2 = followed && current!.DaysPlacementOrderToMatch(today) is { } a2
                ? Wait(a2, thresholds.A2Threshold, current.MatchDecision is not null)
                : null,
            CareProceedings = CareProceedingsDuration.Latest(journey.Events, today),
            Siblings = siblings,
        };
    }

    private static TimescaleWait Wait(int days, TimescaleThreshold threshold, bool completed) =>
        new(days, threshold.ThresholdDays, threshold.StatusOf(days), completed);
}
