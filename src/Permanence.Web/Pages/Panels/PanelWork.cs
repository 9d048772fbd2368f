using Permanence.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Calendar;
using Permanence.Data.Model.Adopters;
using Permanence.Data.Model.Panels;
using Permanence.Domain.Adopters;
using Permanence.Domain.Panels;
using Permanence.Domain.Timescales;
using Permanence.Web.Pages.Adopters;

namespace Permanence.Web.Pages.Panels;

/// <summary>
/// The panel adviser's and agency decision maker's work, shared by the pages and the API. Every
/// method validates first and returns the problems keyed by field name; nothing is saved unless
/// there are none.
/// </summary>
public sealed class PanelWork(PermanenceDbContext db, TimeProvider clock)
{
    public DateOnly Today => clock.Today();

    /// <summary>
    /// A case ready for panel. <paramref name="CaseId"/> names it: the household for approvals and
    /// reviews, the link for a match, the child for a disruption report.
    /// </summary>
    public sealed record ReadyCase(AgendaItemKind Kind, Guid CaseId, string Title, int OwningOrganisationId, string Why, Guid? HouseholdId = null, Guid? ChildId = null, Guid? MatchLinkId = null);

    public Task<PanelMeeting?> LoadAsync(Guid id, bool tracking = false)
    {
        var query = db.PanelMeetings
            .Include(m => m.OwningOrganisation)
            .Include(m => m.Attendance).ThenInclude(a => a.Member)
            .Include(m => m.Items).ThenInclude(i => i.Household)
            .Include(m => m.Items).ThenInclude(i => i.Child)
            .Include(m => m.Items).ThenInclude(i => i.MatchLink)
            .AsSplitQuery();
        return (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(m => m.Id == id);
    }

    public static IReadOnlyList<string> QuorumShortfalls(PanelMeeting meeting) =>
        PanelQuorum.Shortfalls(meeting.Attendance.Where(a => a.Member is not null).Select(a => a.Member!.AsAttendee()).ToList());

    /// <summary>
    /// Cases ready for panel: households whose Prospective Adopter's Report is complete and who await a
    /// decision (approvals), and approved households waiting whose review of approval is due soon or
    /// overdue (reviews). Cases already on an agenda awaiting a decision are left out. Matches come
    /// from links proceeding to panel, disruption reports from children's disruptions (ADR 0064).
    /// </summary>
    public async Task<IReadOnlyList<ReadyCase>> ReadyForPanelAsync()
    {
        var pending = await db.PanelAgendaItems
            .Where(i => i.Decision == null && i.HouseholdId != null && (i.Kind == AgendaItemKind.Approval || i.Kind == AgendaItemKind.ReviewOfApproval))
            .Select(i => i.HouseholdId!.Value).ToListAsync();
        var approvals = await db.AdopterHouseholds
            .Where(h => h.Stage == AdopterStage.StageTwo && h.ReportCompletedDate != null && h.DecisionDate == null && !pending.Contains(h.Id))
            .OrderBy(h => h.ReportCompletedDate).AsNoTracking().ToListAsync();
        var waiting = await db.AdopterHouseholds.Where(h => h.Stage == AdopterStage.Approved && !pending.Contains(h.Id)).Include(h => h.Pauses).AsNoTracking().ToListAsync();
        var calendar = await db.WorkingCalendarAsync();
        var today = Today;
        var reviews = waiting
            .Select(h => (h, clock: AdopterTimescales.Clocks(h.Journey, calendar, today).FirstOrDefault(c => c.Kind == ClockKind.ReviewOfApproval)))
            .Where(x => x.clock is { NeedsAction: true })
            .OrderBy(x => x.clock!.Due)
            .Select(x => new ReadyCase(AgendaItemKind.ReviewOfApproval, x.h.Id, x.h.Name, x.h.OwningOrganisationId, $"Review of approval due {Infrastructure.Forms.DateDisplay.Format(x.clock!.Due)}", HouseholdId: x.h.Id));
        return approvals
            .Select(h => new ReadyCase(AgendaItemKind.Approval, h.Id, h.Name, h.OwningOrganisationId, $"Prospective Adopter's Report completed {Infrastructure.Forms.DateDisplay.Format(h.ReportCompletedDate)}", HouseholdId: h.Id))
            .Concat(reviews)
            .Concat(await MatchingPanelCases.ReadyAsync(db))
            .ToList();
    }

    public Dictionary<string, string> CheckSchedule(string? type, DateOnly? date)
    {
        var errors = new Dictionary<string, string>();
        if (HouseholdFields.ParseEnum<PanelType>(type) is null) errors["Type"] = "Select the panel";
        if (date is not { } d) errors["MeetingDate"] = "Enter the date of the meeting";
        else if (d < Today.AddYears(-1) || d > Today.AddYears(2)) errors["MeetingDate"] = "Date of the meeting must be within a year before or two years after today";
        return errors;
    }

    public PanelMeeting Schedule(int owner, string type, DateOnly date)
    {
        var meeting = new PanelMeeting { OwningOrganisationId = owner, Type = HouseholdFields.ParseEnum<PanelType>(type)!.Value, MeetingDate = date };
        db.PanelMeetings.Add(meeting);
        return meeting;
    }

    public Dictionary<string, string> CheckMember(string? name, string? role, bool? independent, int? years)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(name)) errors["Name"] = "Enter the member's name";
        else if (name.Trim().Length > 200) errors["Name"] = "Name must be 200 characters or fewer";
        var r = HouseholdFields.ParseEnum<PanelRole>(role);
        if (r is null) errors["Role"] = "Select the member's role";
        if (independent is null) errors["Independent"] = "Select whether the member is independent of the agency";
        if (years is < 0 or > 60) errors["SocialWorkYearsQualified"] = "Years qualified must be between 0 and 60";
        if (r == PanelRole.SocialWorker && years is null) errors["SocialWorkYearsQualified"] = "Enter the social worker's years of post-qualifying experience";
        if (r is not PanelRole.SocialWorker && years is not null) errors["SocialWorkYearsQualified"] = "Only social workers have years of post-qualifying experience recorded";
        return errors;
    }

    public PanelMember AddMember(int owner, string name, string role, bool independent, int? years)
    {
        var member = new PanelMember { OwningOrganisationId = owner, Name = name.Trim(), Role = HouseholdFields.ParseEnum<PanelRole>(role)!.Value, Independent = independent, SocialWorkYearsQualified = years };
        db.PanelMembers.Add(member);
        return member;
    }

    /// <summary>Replaces the attendance: members of the meeting's agency's central list only.</summary>
    public async Task<Dictionary<string, string>> SetAttendanceAsync(PanelMeeting meeting, IReadOnlyCollection<Guid> memberIds)
    {
        var errors = new Dictionary<string, string>();
        var members = await db.PanelMembers.Where(m => memberIds.Contains(m.Id) && m.OwningOrganisationId == meeting.OwningOrganisationId && m.Active).ToListAsync();
        if (members.Count != memberIds.Distinct().Count()) errors["MemberIds"] = "Select members from the agency's central list";
        if (meeting.Items.Any(i => i.Recommendation is not null) && !PanelQuorum.IsQuorate(members.Select(m => m.AsAttendee()).ToList()))
            errors["MemberIds"] = "The panel has made recommendations, so its attendance must stay quorate";
        if (errors.Count > 0) return errors;
        var wanted = members.Select(m => m.Id).ToHashSet();
        foreach (var gone in meeting.Attendance.Where(a => !wanted.Contains(a.MemberId)).ToList())
        {
            db.PanelAttendance.Remove(gone);
            meeting.Attendance.Remove(gone);
        }

        foreach (var m in members.Where(m => meeting.Attendance.All(a => a.MemberId != m.Id)))
        {
            var attendance = new PanelAttendance { MeetingId = meeting.Id, MemberId = m.Id, Member = m, OwningOrganisationId = meeting.OwningOrganisationId };
            db.PanelAttendance.Add(attendance);
            meeting.Attendance.Add(attendance);
        }

        db.Entry(meeting).Property(x => x.UpdatedAtUtc).IsModified = true; // bumps the concurrency stamp
        return errors;
    }

    /// <summary>
    /// Adds a ready case to the agenda. <paramref name="caseId"/> is the household (approval,
    /// review), the link (match) or the child (disruption report), as in <see cref="ReadyCase.CaseId"/>.
    /// </summary>
    public async Task<Dictionary<string, string>> AddItemAsync(PanelMeeting meeting, string? kind, Guid? caseId)
    {
        var errors = new Dictionary<string, string>();
        var k = HouseholdFields.ParseEnum<AgendaItemKind>(kind);
        if (k is null) errors["Kind"] = "Select the kind of case";
        if (meeting.Type != PanelType.Adoption) errors.TryAdd("Kind", "Adopters' cases go to the adoption panel");
        if (errors.Count > 0) return errors;
        var field = MatchingPanelCases.CaseField(k!.Value);
        var ready = (await ReadyForPanelAsync()).FirstOrDefault(c => c.CaseId == caseId && c.Kind == k && c.OwningOrganisationId == meeting.OwningOrganisationId);
        if (ready is null)
        {
            errors[field] = "Select a case that is ready for panel";
            return errors;
        }

        if (k is AgendaItemKind.Match or AgendaItemKind.DisruptionReport)
        {
            return await MatchingPanelCases.AddAsync(db, meeting, ready);
        }

        if (k == AgendaItemKind.Approval && meeting.MeetingDate < (await db.AdopterHouseholds.Where(h => h.Id == caseId).Select(h => h.ReportCompletedDate).SingleAsync()))
        {
            errors["HouseholdId"] = "The panel must meet on or after the Prospective Adopter's Report was completed";
            return errors;
        }

        var item = new PanelAgendaItem { MeetingId = meeting.Id, OwningOrganisationId = meeting.OwningOrganisationId, Kind = k!.Value, HouseholdId = caseId };
        db.PanelAgendaItems.Add(item);
        meeting.Items.Add(item);
        return errors;
    }

    /// <summary>A recommendation needs a meeting that has happened and was quorate.</summary>
    public Dictionary<string, string> Recommend(PanelMeeting meeting, PanelAgendaItem item, string? recommendation, string? notes)
    {
        var errors = new Dictionary<string, string>();
        var r = HouseholdFields.ParseEnum<PanelRecommendation>(recommendation);
        if (r is null) errors["Recommendation"] = "Select the panel's recommendation";
        if (notes is { Length: > 4000 }) errors["RecommendationNotes"] = "Notes must be 4000 characters or fewer";
        if (meeting.MeetingDate > Today) errors["Recommendation"] = "The panel can make a recommendation only on or after the day it meets";
        else if (QuorumShortfalls(meeting) is { Count: > 0 } shortfalls) errors["Recommendation"] = "The panel was not quorate: " + string.Join("; ", shortfalls).ToLowerInvariant();
        if (item.Decision is not null) errors["Recommendation"] = "The agency decision maker has already decided this case";
        if (item.MatchLink is { MatchDecisionDate: not null }) errors["Recommendation"] = "The agency decision maker has already decided this match";
        if (errors.Count > 0) return errors;
        item.Recommendation = r;
        item.RecommendationNotes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        MatchingPanelCases.Recommended(meeting, item);
        return errors;
    }

    public Dictionary<string, string> CheckMinutes(string? minutes) =>
        minutes is { Length: > 20000 } ? new() { ["Minutes"] = "Minutes must be 20,000 characters or fewer" } : [];

    /// <summary>
    /// The agency decision maker's decision: on or after the panel, never in the future, with reasons
    /// when they do not agree with the panel. For an approval it records the panel and the decision on
    /// the household's journey (approved when the decision is to approve), checked by the journey rules.
    /// </summary>
    public async Task<Dictionary<string, string>> DecideAsync(PanelMeeting meeting, PanelAgendaItem item, string? decision, DateOnly? date, string? reasons, string decidedBy)
    {
        var errors = new Dictionary<string, string>();
        var d = HouseholdFields.ParseEnum<AgencyDecision>(decision);
        if (d is null) errors["Decision"] = "Select the decision";
        if (date is not { } on) errors["DecisionDate"] = "Enter the date of the decision";
        else if (on < meeting.MeetingDate) errors["DecisionDate"] = "Decision date must be on or after the panel date";
        else if (on > Today) errors["DecisionDate"] = "Decision date must be today or in the past";
        if (d == AgencyDecision.NotAgreed && string.IsNullOrWhiteSpace(reasons)) errors["DecisionReasons"] = "Enter the reasons for not agreeing with the panel";
        if (reasons is { Length: > 4000 }) errors["DecisionReasons"] = "Reasons must be 4000 characters or fewer";
        if (item.Kind == AgendaItemKind.Match) errors["Decision"] = "The child's local authority's agency decision maker records the match decision, on the link";
        if (item.Kind == AgendaItemKind.DisruptionReport) errors["Decision"] = "A disruption report needs no agency decision: the panel's recommendation and minutes are its record";
        if (item.Recommendation is null or PanelRecommendation.Deferred) errors.TryAdd("Decision", "The panel has not made a recommendation on this case");
        if (item.Decision is not null) errors.TryAdd("Decision", "This case has already been decided");
        if (errors.Count > 0) return errors;

        item.Decision = d;
        item.DecisionDate = date;
        item.DecisionReasons = string.IsNullOrWhiteSpace(reasons) ? null : reasons.Trim();
        item.DecidedBy = decidedBy;
        if (item.Kind == AgendaItemKind.Approval && item.HouseholdId is { } hid)
        {
            var h = (await HouseholdSearch.LoadAsync(db, hid, tracking: true))!;
            var approve = (item.Recommendation == PanelRecommendation.Recommended) == (d == AgencyDecision.Agreed);
            var fields = HouseholdFields.From(h) with
            {
                PanelDate = meeting.MeetingDate,
                PanelRecommendation = $"{item.Recommendation!.Value.DisplayName()}{(item.RecommendationNotes is null ? "" : ": " + item.RecommendationNotes)}",
                DecisionDate = date,
                Outcome = approve ? nameof(AdopterOutcome.Approved) : nameof(AdopterOutcome.NotApproved),
                OutcomeReason = approve ? null : item.DecisionReasons ?? item.RecommendationNotes ?? "Not approved by the agency decision maker after panel",
            };
            foreach (var (field, message) in fields.Problems(Today, h.Pauses.Select(p => new Pause(p.StartDate, p.EndDate)).ToList(), h.LastReviewDate))
            {
                errors.TryAdd(field == nameof(HouseholdFields.DecisionDate) ? "DecisionDate" : "Decision", message);
            }

            if (errors.Count > 0)
            {
                item.Decision = null;
                item.DecisionDate = null;
                item.DecisionReasons = null;
                item.DecidedBy = null;
                return errors;
            }

            fields.ApplyTo(h);
        }

        return errors;
    }
}
