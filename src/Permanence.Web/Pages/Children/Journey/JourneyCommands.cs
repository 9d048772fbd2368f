using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Journeys;
using Permanence.Data.Model.Children;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Staff;

namespace Permanence.Web.Pages.Children.Journey;

/// <summary>The outcome of a change to a journey, a sibling group or an allocation, for a page or the API.</summary>
public sealed record CommandOutcome(IReadOnlyList<JourneyError> Errors, bool Conflict = false, Guid? Id = null)
{
    public bool Succeeded => Errors.Count == 0 && !Conflict;

    public static CommandOutcome Done(Guid? id = null) => new([], false, id);

    public static CommandOutcome Refused(string field, string message) => new([new JourneyError(field, message)]);

    public static CommandOutcome Stale { get; } = new([], true);
}

/// <summary>
/// Who may record which events (ADR 0050): the child's LA social workers and team managers record
/// every event; the LA's agency decision maker records their own decisions.
/// </summary>
public static class JourneyPermissions
{
    public static readonly IReadOnlySet<JourneyEventType> DecisionMakerTypes = new HashSet<JourneyEventType>
    {
        JourneyEventType.ShouldBePlacedDecision,
        JourneyEventType.ShouldBePlacedDecisionReversed,
        JourneyEventType.MatchDecision,
    };

    public static bool MayRecord(this ClaimsPrincipal user, JourneyEventType type) =>
        user.IsInRole(nameof(StaffRole.SocialWorker)) || user.IsInRole(nameof(StaffRole.TeamManager))
        || (user.IsInRole(nameof(StaffRole.AgencyDecisionMaker)) && DecisionMakerTypes.Contains(type));

    public static IReadOnlyList<JourneyEventType> TypesFor(ClaimsPrincipal user) =>
        Enum.GetValues<JourneyEventType>().Where(user.MayRecord).ToList();
}

/// <summary>Recording, changing and removing a child's journey events through <see cref="JourneyRecorder"/>, shared by pages and API.</summary>
public static class JourneyCommands
{
    /// <summary>The child with what the recorder needs, tracked; null when the user can't see it.</summary>
    public static Task<Child?> LoadAsync(PermanenceDbContext db, Guid childId) =>
        db.Children.Include(c => c.JourneyEvents).FirstOrDefaultAsync(c => c.Id == childId);

    public static async Task<CommandOutcome> RecordAsync(PermanenceDbContext db, Child child, JourneyEventType type, JourneyEventInput input, DateOnly today)
    {
        var (proposed, errors) = input.Read(type);
        if (proposed is null)
        {
            return new CommandOutcome(errors);
        }

        var result = JourneyRecorder.Record(child, proposed, JourneyEventSource.Recorded, today);
        if (!result.Succeeded)
        {
            return new CommandOutcome(result.Errors);
        }

        return await SaveAsync(db, child) ? CommandOutcome.Done(result.EventId) : CommandOutcome.Stale;
    }

    public static async Task<CommandOutcome> ChangeAsync(
        PermanenceDbContext db,
        Child child,
        ChildJourneyEvent entity,
        JourneyEventInput input,
        Guid? concurrencyStamp,
        DateOnly today
    )
    {
        var (replacement, errors) = input.Read(entity.Type, entity.Id);
        if (concurrencyStamp is null)
        {
            errors.Add(new("ConcurrencyStamp", "Send the concurrencyStamp of the event you changed"));
        }

        if (replacement is null || errors.Count > 0)
        {
            return new CommandOutcome(errors);
        }

        if (concurrencyStamp != entity.ConcurrencyStamp)
        {
            return CommandOutcome.Stale;
        }

        var result = JourneyRecorder.Change(child, entity.Id, replacement, today);
        if (!result.Succeeded)
        {
            return new CommandOutcome(result.Errors);
        }

        db.Entry(entity).Property(e => e.ConcurrencyStamp).OriginalValue = concurrencyStamp.Value;
        return await SaveAsync(db, child) ? CommandOutcome.Done(entity.Id) : CommandOutcome.Stale;
    }

    public static async Task<CommandOutcome> RemoveAsync(PermanenceDbContext db, Child child, ChildJourneyEvent entity, Guid? concurrencyStamp, DateOnly today)
    {
        if (concurrencyStamp is null)
        {
            return CommandOutcome.Refused("ConcurrencyStamp", "Send the concurrencyStamp of the event you are removing");
        }

        if (concurrencyStamp != entity.ConcurrencyStamp)
        {
            return CommandOutcome.Stale;
        }

        // A child looked after always has a period of care: the first entry is moved, not removed.
        if (entity.Type == JourneyEventType.EnteredCare && child.JourneyEvents.Count(e => e.Type == JourneyEventType.EnteredCare) == 1)
        {
            return CommandOutcome.Refused(ChildJourney.DateField, "The only date the child entered care can't be removed: change its date instead");
        }

        var result = JourneyRecorder.Remove(child, entity.Id, today);
        if (!result.Succeeded)
        {
            return new CommandOutcome(result.Errors.Select(e => e with { Message = $"This event can't be removed. {e.Message}" }).ToList());
        }

        db.Entry(entity).Property(e => e.ConcurrencyStamp).OriginalValue = concurrencyStamp.Value;
        return await SaveAsync(db, child) ? CommandOutcome.Done(entity.Id) : CommandOutcome.Stale;
    }

    /// <summary>
    /// Saves the journey and renews the child's stamp, so two people recording at once can't both
    /// pass the recorder's checks against the same events (two matches, say): the second is refused.
    /// </summary>
    private static async Task<bool> SaveAsync(PermanenceDbContext db, Child child)
    {
        db.Entry(child).Property(c => c.ConcurrencyStamp).IsModified = true;
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
