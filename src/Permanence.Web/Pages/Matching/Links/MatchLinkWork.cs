using Permanence.Domain.Calendar;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Journeys;
using Permanence.Data.Matching;
using Permanence.Data.Model.Adopters;
using Permanence.Data.Model.Children;
using Permanence.Data.Model.Matching;
using Permanence.Data.Scoping;
using Permanence.Domain.Adopters;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Matching;
using Permanence.Domain.Organisations;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Matching.Links;

/// <summary>
/// The family-finding workflow on a link, shared by the pages and the API (ADR 0064). Every method
/// checks <see cref="MatchLinkRules"/> (and, for the match decision and the move-in, the child's
/// journey rules through <see cref="JourneyRecorder"/>) and returns the problems keyed by field;
/// nothing is changed unless there are none. The caller saves.
/// </summary>
public sealed class MatchLinkWork(PermanenceDbContext db, TimeProvider clock, DbContextOptions<PermanenceDbContext> options)
{
    public DateOnly Today => clock.Today();

    /// <summary>The link with its child (and the child's sibling group) and visits; null when the user can't see it.</summary>
    public Task<MatchLink?> LoadAsync(Guid id, bool tracking = false)
    {
        var query = db.MatchLinks
            .Include(l => l.Child).ThenInclude(c => c!.SiblingGroup)
            .Include(l => l.Visits)
            .Include(l => l.OwningOrganisation)
            .AsSplitQuery();
        return (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(l => l.Id == id);
    }

    /// <summary>The siblings to be placed with the lead child (not including the child).</summary>
    public async Task<IReadOnlyList<Child>> SiblingsPlacedWithAsync(Child child, bool tracking)
    {
        if (child.SiblingGroupId is not { } group || child.SiblingGroup is not { PlaceTogether: true }) return [];
        var query = db.Children.Where(c => c.SiblingGroupId == group && c.Id != child.Id).Include(c => c.JourneyEvents).OrderBy(c => c.DateOfBirth);
        return await (tracking ? query : query.AsNoTracking()).ToListAsync();
    }

    /// <summary>Waiting for a family: a should be placed decision or authority to place, and no match yet.</summary>
    public static bool IsWaiting(ChildJourney journey) => journey.Stage is JourneyStage.ShouldBePlaced or JourneyStage.AuthorityToPlace;

    /// <summary>
    /// Shortlists an approved, waiting household for a child who is waiting for a family. The
    /// snapshot of the household is what the child's LA will see.
    /// </summary>
    public async Task<(Dictionary<string, string> Errors, MatchLink? Link)> ShortlistAsync(Child child, Guid? householdId, ClaimsPrincipal user)
    {
        var errors = new Dictionary<string, string>();
        var household = householdId is { } hid
            ? await db.AdopterHouseholds.Include(h => h.OwningOrganisation).AsNoTracking().FirstOrDefaultAsync(h => h.Id == hid)
            : null;
        if (householdId is null) errors["HouseholdId"] = "Select a household";
        var journey = JourneyRecorder.Journey(child, Today);
        var already = household is not null && await db.MatchLinks.AnyAsync(l => l.ChildId == child.Id && l.HouseholdId == household.Id
            && l.Status != MatchLinkStatus.Declined && l.Status != MatchLinkStatus.Withdrawn && l.Status != MatchLinkStatus.MovedIn);
        foreach (var (field, message) in MatchLinkRules.Shortlist(household is { Stage: AdopterStage.Approved }, already, IsWaiting(journey)))
        {
            if (field == "HouseholdId" && householdId is null) continue;
            errors.TryAdd(field, message);
        }

        if (errors.Count > 0 || household is null) return (errors, null);

        // The same hard rules as the ranking page (ADR 0060): a household that fails one is refused with the reason.
        var request = await MatchingQueries.RequestForChildAsync(db, child.Id, Today);
        var candidate = await MatchingQueries.ApprovedHouseholdAsync(db, household.Id, child.OwningOrganisation!.RegionId);
        if (request is not null && candidate is { } c && !MatchRanker.MeetsHardRules(request, c.Household, Today))
        {
            var failed = MatchRanker.Rank(request, [c.Household], MatchingWeights.Default, Today).Excluded.SelectMany(x => x.Failed).Select(f => f.Explanation);
            errors["HouseholdId"] = "The household fails a hard requirement for the child: " + string.Join("; ", failed);
            return (errors, null);
        }

        var raaOfRegion = await db.Organisations.Where(o => o.RegionId == child.OwningOrganisation!.RegionId && o.Type == OrganisationType.RegionalAdoptionAgency).Select(o => o.Id).ToListAsync();
        var link = new MatchLink
        {
            OwningOrganisationId = child.OwningOrganisationId,
            ChildId = child.Id,
            HouseholdId = household.Id,
            Status = MatchLinkStatus.Shortlisted,
            ShortlistedOn = Today,
            ShortlistedBy = user.GetDisplayName(),
            ShortlistedById = user.FindFirstValue(ClaimTypes.NameIdentifier),
            PresentedName = household.Name,
            PresentedAgency = household.OwningOrganisation?.Name ?? "",
            PresentedArea = household.Area,
            PresentedApprovalRange = MatchLinkRules.PresentedRange(household.Range),
            InterAgency = !raaOfRegion.Contains(household.OwningOrganisationId),
            FeeStatus = InterAgencyFeeStatus.NotApplicable,
        };
        db.MatchLinks.Add(link);
        return (errors, link);
    }

    private static Dictionary<string, string> ToErrors(IEnumerable<(string Field, string Message)> problems)
    {
        var errors = new Dictionary<string, string>();
        foreach (var (field, message) in problems) errors.TryAdd(field, message);
        return errors;
    }

    public Dictionary<string, string> RecordVisit(MatchLink link, DateOnly? date, string? visitors, string? notes)
    {
        var errors = ToErrors(MatchLinkRules.Visit(link.State, date, notes, Today));
        if (string.IsNullOrWhiteSpace(visitors)) errors.TryAdd("Visitors", "Enter who visited or met");
        else if (visitors.Trim().Length > 500) errors.TryAdd("Visitors", "Who visited must be 500 characters or fewer");
        if (errors.Count > 0) return errors;
        var visit = new MatchLinkVisit { MatchLinkId = link.Id, OwningOrganisationId = link.OwningOrganisationId, VisitDate = date!.Value, Visitors = visitors!.Trim(), Notes = Blank(notes) };
        db.MatchLinkVisits.Add(visit);
        link.Visits.Add(visit);
        if (link.Status == MatchLinkStatus.Shortlisted) link.Status = MatchLinkStatus.Visiting;
        Touch(link);
        return errors;
    }

    public Dictionary<string, string> RecordLinkingMeeting(MatchLink link, DateOnly? date, LinkingMeetingOutcome? outcome, string? notes)
    {
        var errors = ToErrors(MatchLinkRules.LinkingMeeting(link.State, date, outcome, notes, Today));
        if (errors.Count > 0) return errors;
        link.LinkingMeetingDate = date;
        link.LinkingMeetingOutcome = outcome;
        link.LinkingMeetingNotes = Blank(notes);
        link.Status = MatchLinkStatus.LinkingMeeting;
        return errors;
    }

    /// <summary>Proceeding makes the match ready for the adoption panel (GET /api/panels/ready).</summary>
    public async Task<Dictionary<string, string>> ProceedAsync(MatchLink link)
    {
        var live = new[] { MatchLinkStatus.Proceeding, MatchLinkStatus.OnPanelAgenda, MatchLinkStatus.Matched, MatchLinkStatus.Introductions };
        var childBusy = await db.MatchLinks.AnyAsync(l => l.ChildId == link.ChildId && l.Id != link.Id && live.Contains(l.Status));
        // The household's other links may belong to other LAs' children: the RAA sees them all.
        var householdBusy = await db.MatchLinks.AnyAsync(l => l.HouseholdId == link.HouseholdId && l.Id != link.Id && live.Contains(l.Status));
        var errors = ToErrors(MatchLinkRules.Proceed(link.State, childBusy, householdBusy));
        if (errors.Count > 0) return errors;
        link.Status = MatchLinkStatus.Proceeding;
        link.ProceedingOn = Today;
        return errors;
    }

    public Dictionary<string, string> Close(MatchLink link, bool withdraw, DeclineReason? reason, string? notes)
    {
        var errors = ToErrors(MatchLinkRules.Close(link.State, withdraw, reason, notes));
        if (errors.Count > 0) return errors;
        link.Status = withdraw ? MatchLinkStatus.Withdrawn : MatchLinkStatus.Declined;
        link.DeclineReason = withdraw ? null : reason;
        link.CloseNotes = Blank(notes);
        link.ClosedOn = Today;
        return errors;
    }

    public Dictionary<string, string> SetFee(MatchLink link, InterAgencyFeeStatus? status, decimal? amount)
    {
        var errors = ToErrors(MatchLinkRules.Fee(status, amount));
        if (errors.Count > 0) return errors;
        link.FeeStatus = status!.Value;
        link.FeeAmount = amount;
        return errors;
    }

    /// <summary>
    /// The child's LA agency decision maker's match decision. Approving records the match decision
    /// on the journey of the child and of each sibling placed with them, through the journey rules;
    /// any rule broken comes back at the date, and nothing changes. Not approving declines the link.
    /// </summary>
    public async Task<Dictionary<string, string>> DecideAsync(MatchLink link, bool? approve, DateOnly? date, string? reasons, string decidedBy)
    {
        var errors = ToErrors(MatchLinkRules.Decide(link.State, approve, date, reasons, Today));
        if (errors.Count > 0) return errors;
        if (approve == true)
        {
            foreach (var (field, message) in await RecordOnJourneysAsync(link, JourneyEventType.MatchDecision, date!.Value, "DecisionDate"))
            {
                errors.TryAdd(field, message);
            }

            if (errors.Count > 0) return errors;
            link.Status = MatchLinkStatus.Matched;
        }
        else
        {
            link.Status = MatchLinkStatus.Declined;
            link.DeclineReason = DeclineReason.NotApprovedByDecisionMaker;
            link.ClosedOn = date;
        }

        link.MatchApproved = approve;
        link.MatchDecisionDate = date;
        link.MatchDecisionReasons = Blank(reasons);
        link.MatchDecidedBy = decidedBy;
        return errors;
    }

    public Dictionary<string, string> StartIntroductions(MatchLink link, DateOnly? date)
    {
        var errors = ToErrors(MatchLinkRules.Introductions(link.State, date, Today));
        if (errors.Count > 0) return errors;
        link.IntroductionsStartDate = date;
        link.Status = MatchLinkStatus.Introductions;
        return errors;
    }

    /// <summary>The child (and siblings placed with them) moved in: recorded on their journeys.</summary>
    public async Task<Dictionary<string, string>> MovedInAsync(MatchLink link, DateOnly? date)
    {
        var errors = ToErrors(MatchLinkRules.MovedIn(link.State, date, Today));
        if (errors.Count > 0) return errors;
        foreach (var (field, message) in await RecordOnJourneysAsync(link, JourneyEventType.MovedInWithAdopters, date!.Value, "MovedInDate"))
        {
            errors.TryAdd(field, message);
        }

        if (errors.Count > 0) return errors;
        link.MovedInDate = date;
        link.Status = MatchLinkStatus.MovedIn;
        return errors;
    }

    private async Task<List<(string Field, string Message)>> RecordOnJourneysAsync(MatchLink link, JourneyEventType type, DateOnly date, string field)
    {
        var problems = new List<(string, string)>();
        var child = await db.Children.Include(c => c.JourneyEvents).Include(c => c.SiblingGroup).FirstAsync(c => c.Id == link.ChildId);
        var children = new List<Child> { child };
        children.AddRange(await SiblingsPlacedWithAsync(child, tracking: true));
        foreach (var c in children)
        {
            var result = JourneyRecorder.Record(c, new JourneyEvent(Guid.Empty, type, date), JourneyEventSource.Recorded, Today);
            foreach (var e in result.Errors)
            {
                problems.Add((field, c.Id == child.Id ? e.Message : $"{c.FullName}: {e.Message}"));
            }
        }

        if (problems.Count > 0)
        {
            // Nothing is saved: undo what was recorded on the journeys that passed.
            foreach (var entry in db.ChangeTracker.Entries<ChildJourneyEvent>().Where(e => e.State == EntityState.Added).ToList())
            {
                children.Single(c => c.Id == entry.Entity.ChildId).JourneyEvents.Remove(entry.Entity);
                entry.State = EntityState.Detached;
            }
        }

        return problems;
    }

    /// <summary>
    /// When a match is approved the household is linked (its stage becomes matched and the
    /// register-referral clock stops). The child's LA decides, but the household belongs to the
    /// RAA or VAA, which the LA cannot see or change: so this one field is written by the system on
    /// the decision maker's behalf, audited under their name (ADR 0065). Call after the link is saved.
    /// </summary>
    public async Task MarkHouseholdLinkedAsync(MatchLink link, string actorName)
    {
        if (link.Status != MatchLinkStatus.Matched || link.MatchDecisionDate is not { } date) return;
        await using var system = new PermanenceDbContext(options, new SystemDataScope(actorName, $"match decision on link {link.Id}"), clock);
        var household = await system.AdopterHouseholds.FirstOrDefaultAsync(h => h.Id == link.HouseholdId);
        if (household is null || household.LinkedDate is not null || household.Outcome != AdopterOutcome.Approved || household.ApprovalDate > date) return;
        household.LinkedDate = date;
        household.Stage = AdopterStage.Matched;
        await system.SaveChangesAsync();
    }

    /// <summary>The highlight a link page shows for the child: the 18-month wait and priority reasons.</summary>
    public async Task<(bool LongWait, IReadOnlyList<PriorityReason> Priority)> HighlightAsync(Child child)
    {
        var journey = JourneyRecorder.Journey(child, Today);
        var siblings = child.SiblingGroupId is { } g ? await db.Children.CountAsync(c => c.SiblingGroupId == g) : 1;
        var movedIn = journey.Current?.MovedInWithAdopters;
        return (
            PriorityChild.HasWaitedEighteenMonths(child.DateEnteredCare, movedIn, Today),
            PriorityChild.Reasons(child.DateOfBirth, child.EthnicityCode, siblings, child.HasDisability, Today)
        );
    }

    /// <summary>Keeps the link's stamp and time moving when only a child row (a visit) changed.</summary>
    private void Touch(MatchLink link)
    {
        if (db.Entry(link).State == EntityState.Unchanged) db.Entry(link).Property(l => l.UpdatedAtUtc).IsModified = true;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
