using Permanence.Data.Model.Children;
using Permanence.Domain.Children.Journey;

namespace Permanence.Data.Journeys;

/// <summary>
/// The one way to add, change or remove a child's journey events: each change is replayed with
/// the child's other events through <see cref="ChildJourney"/>, and refused with the rules it
/// would break (on the event itself or on an event it would make wrong). Works on a tracked
/// child whose <see cref="Child.JourneyEvents"/> are loaded; the caller saves, so several changes
/// (an import) can share one transaction. Keeps <see cref="Child.DateEnteredCare"/> equal to the
/// start of the latest period of care.
/// </summary>
public static class JourneyRecorder
{
    /// <summary>The child's journey as it stands.</summary>
    public static ChildJourney Journey(Child child, DateOnly today) =>
        ChildJourney.Replay(child.JourneyEvents.Select(e => e.ToDomain()), child.DateOfBirth, today);

    /// <summary>Adds <paramref name="proposed"/> (its Id and Sequence are assigned here) unless it breaks a rule.</summary>
    public static JourneyResult Record(Child child, JourneyEvent proposed, JourneyEventSource source, DateOnly today)
    {
        var entity = new ChildJourneyEvent
        {
            ChildId = child.Id,
            OwningOrganisationId = child.OwningOrganisationId,
            Sequence = child.JourneyEvents.Count == 0 ? 1 : child.JourneyEvents.Max(e => e.Sequence) + 1,
            Source = source,
        };
        var candidate = proposed with { Id = entity.Id, Sequence = entity.Sequence };
        var result = Check(child, today, candidate.Id, events => events.Append(candidate));
        if (result.Succeeded)
        {
            CopyTo(candidate, entity);
            child.JourneyEvents.Add(entity);
            SyncChild(child, result.Journey);
        }

        return result with { EventId = entity.Id };
    }

    /// <summary>Replaces the fields of event <paramref name="eventId"/> with those of <paramref name="replacement"/>.</summary>
    public static JourneyResult Change(Child child, Guid eventId, JourneyEvent replacement, DateOnly today)
    {
        var entity = child.JourneyEvents.SingleOrDefault(e => e.Id == eventId) ?? throw new KeyNotFoundException("No such journey event for this child.");
        var candidate = replacement with { Id = entity.Id, Sequence = entity.Sequence };
        var result = Check(child, today, eventId, events => events.Select(e => e.Id == eventId ? candidate : e));
        if (result.Succeeded)
        {
            CopyTo(candidate, entity);
            SyncChild(child, result.Journey);
        }

        return result with { EventId = eventId };
    }

    /// <summary>Removes a mistaken event, unless other events depend on it.</summary>
    public static JourneyResult Remove(Child child, Guid eventId, DateOnly today)
    {
        var entity = child.JourneyEvents.SingleOrDefault(e => e.Id == eventId) ?? throw new KeyNotFoundException("No such journey event for this child.");
        var result = Check(child, today, eventId, events => events.Where(e => e.Id != eventId));
        if (result.Succeeded)
        {
            child.JourneyEvents.Remove(entity);
            SyncChild(child, result.Journey);
        }

        return result with { EventId = eventId };
    }

    /// <summary>
    /// After the child's record was edited (date of birth, date entered care), makes the journey
    /// agree: the first save records the <see cref="JourneyEventType.EnteredCare"/> event, later
    /// ones move the latest one to <see cref="Child.DateEnteredCare"/>. Refused, with the fields
    /// and messages, when the new dates break the journey (an event before the new date of birth,
    /// a match before the new date entered care).
    /// </summary>
    public static JourneyResult AlignWithRecord(Child child, DateOnly previousDateOfBirth, DateOnly today)
    {
        var current = child.JourneyEvents.Select(e => e.ToDomain()).ToList();
        var before = ChildJourney.Replay(current, previousDateOfBirth, today);
        var latestEntry = before.Events.LastOrDefault(e => e.Type == JourneyEventType.EnteredCare);
        if (latestEntry is null)
        {
            return Record(child, new JourneyEvent(Guid.Empty, JourneyEventType.EnteredCare, child.DateEnteredCare), JourneyEventSource.Recorded, today);
        }

        var after = ChildJourney.Replay(
            current.Select(e => e.Id == latestEntry.Id ? e with { Date = child.DateEnteredCare } : e),
            child.DateOfBirth,
            today
        );
        var already = before.Violations.Select(v => (v.EventId, v.Field, v.Message)).ToHashSet();
        var errors = after
            .Violations.Where(v => !already.Contains((v.EventId, v.Field, v.Message)))
            .Select(v => v.EventId == latestEntry.Id ? new JourneyError(nameof(Child.DateEnteredCare), v.Message) : ConflictWith(after, v))
            .Distinct()
            .ToList();
        if (errors.Count == 0)
        {
            child.JourneyEvents.Single(e => e.Id == latestEntry.Id).Date = child.DateEnteredCare;
        }

        return new JourneyResult(errors, after, latestEntry.Id);
    }

    private static JourneyResult Check(Child child, DateOnly today, Guid subject, Func<IEnumerable<JourneyEvent>, IEnumerable<JourneyEvent>> change)
    {
        var current = child.JourneyEvents.Select(e => e.ToDomain()).ToList();
        var before = ChildJourney.Replay(current, child.DateOfBirth, today);
        var after = ChildJourney.Replay(change(current), child.DateOfBirth, today);

        // Only what this change breaks counts: an imported history may already break a rule,
        // and that must not stop a social worker from recording today's event.
        var already = before.Violations.Select(v => (v.EventId, v.Field, v.Message)).ToHashSet();
        var errors = after
            .Violations.Where(v => !already.Contains((v.EventId, v.Field, v.Message)))
            .Select(v => v.EventId == subject ? new JourneyError(v.Field, v.Message) : ConflictWith(after, v))
            .Distinct()
            .ToList();
        return new JourneyResult(errors, after, subject);
    }

    private static JourneyError ConflictWith(ChildJourney journey, JourneyViolation v)
    {
        var other = journey.Events.First(e => e.Id == v.EventId);
        var date = other.Date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        return new JourneyError(ChildJourney.DateField, $"This conflicts with the {other.Type.DisplayName().ToLowerInvariant()} of {date}: {v.Message}");
    }

    private static void CopyTo(JourneyEvent e, ChildJourneyEvent entity)
    {
        entity.Type = e.Type;
        entity.Date = e.Date;
        entity.Reason = string.IsNullOrWhiteSpace(e.Reason) ? null : e.Reason.Trim();
        entity.Routes = e.Routes;
        entity.EarlyPermanence = e.EarlyPermanence;
        entity.AdoptedByFosterCarers = e.AdoptedByFosterCarers;
        entity.MovedInWithFosterCarersOn = e.MovedInWithFosterCarersOn;
    }

    private static void SyncChild(Child child, ChildJourney journey)
    {
        if (journey.Current is { } period && child.DateEnteredCare != period.Start)
        {
            child.DateEnteredCare = period.Start;
        }
    }
}

/// <summary>A field and its message, as a page shows it beside the field and in the error summary.</summary>
public sealed record JourneyError(string Field, string Message);

/// <summary>The outcome of a change: the errors (none when it was made) and the journey after it.</summary>
public sealed record JourneyResult(IReadOnlyList<JourneyError> Errors, ChildJourney Journey, Guid EventId)
{
    public bool Succeeded => Errors.Count == 0;
}
