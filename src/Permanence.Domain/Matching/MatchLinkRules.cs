using Permanence.Domain.Adopters;
using Permanence.Domain.Calendar;
using Permanence.Domain.Panels;
using Permanence.Domain.Timescales;

namespace Permanence.Domain.Matching;

/// <summary>
/// Where a link between a waiting child and an approved household stands (seed 001 table 1.1,
/// "Family Finding" and "Linking and Matching"): shortlisted, visited, discussed at a linking
/// meeting, proceeding to the matching panel, on its agenda, matched by the child's LA's agency
/// decision maker, in introductions, moved in; or ended (declined with a reason, or withdrawn).
/// </summary>
public enum MatchLinkStatus
{
    Shortlisted,
    Visiting,
    LinkingMeeting,
    /// <summary>Ready for the adoption panel: the panel adviser puts it on an agenda.</summary>
    Proceeding,
    OnPanelAgenda,
    Matched,
    Introductions,
    MovedIn,
    Declined,
    Withdrawn,
}

/// <summary>What the linking meeting decided.</summary>
public enum LinkingMeetingOutcome
{
    ProceedToPanel,
    FurtherWorkNeeded,
    NotToProceed,
}

/// <summary>Why a link was declined, kept for learning what stops children being matched.</summary>
public enum DeclineReason
{
    NeedsCouldNotBeMet,
    IdentityOrHeritage,
    LocationOrContact,
    SiblingsCouldNotBePlacedTogether,
    HouseholdDeclined,
    ChildsSocialWorkerDeclined,
    AnotherFamilyChosen,
    ChildsPlanChanged,
    NotApprovedByDecisionMaker,
    Other,
}

/// <summary>The fee one agency pays another when a child is placed with a household it did not approve.</summary>
public enum InterAgencyFeeStatus
{
    NotApplicable,
    Agreed,
    Invoiced,
    Paid,
}

/// <summary>The dates and state of a link that its rules read.</summary>
public sealed record MatchLinkState(
    MatchLinkStatus Status,
    DateOnly ShortlistedOn,
    DateOnly? LastVisit = null,
    DateOnly? LinkingMeeting = null,
    LinkingMeetingOutcome? LinkingMeetingOutcome = null,
    DateOnly? PanelDate = null,
    PanelRecommendation? PanelRecommendation = null,
    DateOnly? MatchDecision = null,
    DateOnly? IntroductionsStarted = null
);

/// <summary>
/// The rules of a link's workflow, one method per step. Each returns the problems keyed by the
/// field they belong to (empty when the step may be taken); the caller changes nothing unless
/// there are none. Dates are never in the future and never before the step they follow.
/// </summary>
public static class MatchLinkRules
{
    public const int MaximumNotes = 4000;

    /// <summary>Still being worked on: not moved in, declined or withdrawn.</summary>
    public static bool IsOpen(this MatchLinkStatus s) => s is not (MatchLinkStatus.MovedIn or MatchLinkStatus.Declined or MatchLinkStatus.Withdrawn);

    /// <summary>A match under way: from proceeding to panel until the child moves in.</summary>
    public static bool IsLiveMatch(this MatchLinkStatus s) =>
        s is MatchLinkStatus.Proceeding or MatchLinkStatus.OnPanelAgenda or MatchLinkStatus.Matched or MatchLinkStatus.Introductions;

    /// <summary>Before the match is proceeding: visits and the linking meeting can be recorded.</summary>
    public static bool IsFamilyFinding(this MatchLinkStatus s) => s is MatchLinkStatus.Shortlisted or MatchLinkStatus.Visiting or MatchLinkStatus.LinkingMeeting;

    /// <summary>
    /// A household may be shortlisted for a child when it is approved and waiting, and is not
    /// already on an open link with the child.
    /// </summary>
    public static IReadOnlyList<(string Field, string Message)> Shortlist(bool householdApprovedAndWaiting, bool alreadyLinkedWithChild, bool childIsWaiting)
    {
        var problems = new List<(string, string)>();
        if (!childIsWaiting) problems.Add(("ChildId", "The child is not waiting for a family: they need a placement order or parental consent, or a should be placed for adoption decision, and no match"));
        if (!householdApprovedAndWaiting) problems.Add(("HouseholdId", "Select a household that is approved and waiting to be matched"));
        else if (alreadyLinkedWithChild) problems.Add(("HouseholdId", "This household is already shortlisted for the child"));
        return problems;
    }

    public static IReadOnlyList<(string Field, string Message)> Visit(MatchLinkState link, DateOnly? date, string? notes, DateOnly today)
    {
        var problems = new List<(string, string)>();
        if (!link.Status.IsFamilyFinding()) problems.Add(("VisitDate", $"Visits are recorded before the match proceeds to panel (this link is {link.Status.DisplayName().ToLowerInvariant()})"));
        else CheckDate(problems, "VisitDate", "Date of the visit", date, link.ShortlistedOn, "the household was shortlisted", today);
        CheckNotes(problems, "VisitNotes", notes);
        return problems;
    }

    public static IReadOnlyList<(string Field, string Message)> LinkingMeeting(MatchLinkState link, DateOnly? date, LinkingMeetingOutcome? outcome, string? notes, DateOnly today)
    {
        var problems = new List<(string, string)>();
        if (!link.Status.IsFamilyFinding()) problems.Add(("LinkingMeetingDate", $"The linking meeting is recorded before the match proceeds to panel (this link is {link.Status.DisplayName().ToLowerInvariant()})"));
        else if (link.LastVisit is { } visit && date is { } d && d < visit && d >= link.ShortlistedOn && d <= today)
            problems.Add(("LinkingMeetingDate", $"Date of the linking meeting must be on or after the last visit ({Show(visit)})"));
        else CheckDate(problems, "LinkingMeetingDate", "Date of the linking meeting", date, link.ShortlistedOn, "the household was shortlisted", today);
        if (outcome is null) problems.Add(("LinkingMeetingOutcome", "Select what the linking meeting decided"));
        CheckNotes(problems, "LinkingMeetingNotes", notes);
        return problems;
    }

    /// <summary>
    /// Proceeding makes the match ready for panel. It needs a linking meeting that decided to
    /// proceed; a child can have only one match under way, and so can a household.
    /// </summary>
    public static IReadOnlyList<(string Field, string Message)> Proceed(MatchLinkState link, bool childHasAnotherLiveMatch, bool householdHasAnotherLiveMatch)
    {
        var problems = new List<(string, string)>();
        if (!link.Status.IsFamilyFinding()) problems.Add(("Status", $"Only a link still in family finding can proceed (this link is {link.Status.DisplayName().ToLowerInvariant()})"));
        else if (link.LinkingMeeting is null) problems.Add(("Status", "Record the linking meeting before proceeding to panel"));
        else if (link.LinkingMeetingOutcome != LinkingMeetingOutcome.ProceedToPanel) problems.Add(("Status", "The linking meeting did not decide to proceed to panel"));
        if (childHasAnotherLiveMatch) problems.Add(("Status", "The child already has a match under way with another household: decline or withdraw it first"));
        if (householdHasAnotherLiveMatch) problems.Add(("Status", "The household already has a match under way with another child"));
        return problems;
    }

    /// <summary>
    /// The adoption panel's recommendation on the match: the panel meets on or after the linking
    /// meeting. A deferred match goes back to the ready list.
    /// </summary>
    public static MatchLinkStatus AfterRecommendation(PanelRecommendation recommendation) =>
        recommendation == PanelRecommendation.Deferred ? MatchLinkStatus.Proceeding : MatchLinkStatus.OnPanelAgenda;

    /// <summary>The panel that considers the match meets on or after the linking meeting.</summary>
    public static IReadOnlyList<(string Field, string Message)> OnAgenda(MatchLinkState link, DateOnly meetingDate)
    {
        var problems = new List<(string, string)>();
        if (link.Status != MatchLinkStatus.Proceeding) problems.Add(("MatchLinkId", "Select a match that is ready for panel"));
        else if (link.LinkingMeeting is { } meeting && meetingDate < meeting)
            problems.Add(("MatchLinkId", $"The panel must meet on or after the linking meeting ({Show(meeting)})"));
        return problems;
    }

    /// <summary>
    /// The child's LA agency decision maker's match decision: after the panel's recommendation
    /// (not deferred), on or after the panel and not in the future; reasons are needed when the
    /// decision goes against the panel's recommendation.
    /// </summary>
    public static IReadOnlyList<(string Field, string Message)> Decide(MatchLinkState link, bool? approve, DateOnly? date, string? reasons, DateOnly today)
    {
        var problems = new List<(string, string)>();
        if (link.Status != MatchLinkStatus.OnPanelAgenda || link.PanelDate is null || link.PanelRecommendation is null or PanelRecommendation.Deferred)
        {
            problems.Add(("Decision", "The adoption panel has not made a recommendation on this match yet"));
            return problems;
        }

        if (approve is null) problems.Add(("Decision", "Select whether you approve the match"));
        CheckDate(problems, "DecisionDate", "Decision date", date, link.PanelDate.Value, "the panel", today);
        var againstPanel = approve is { } a && a != (link.PanelRecommendation == PanelRecommendation.Recommended);
        if (againstPanel && string.IsNullOrWhiteSpace(reasons)) problems.Add(("DecisionReasons", "Enter the reasons for not following the panel's recommendation"));
        CheckNotes(problems, "DecisionReasons", reasons);
        return problems;
    }

    public static IReadOnlyList<(string Field, string Message)> Introductions(MatchLinkState link, DateOnly? date, DateOnly today)
    {
        var problems = new List<(string, string)>();
        if (link.Status != MatchLinkStatus.Matched || link.MatchDecision is null) problems.Add(("IntroductionsStartDate", "Introductions start after the agency decision maker approves the match"));
        else CheckDate(problems, "IntroductionsStartDate", "Date introductions started", date, link.MatchDecision.Value, "the match decision", today);
        return problems;
    }

    public static IReadOnlyList<(string Field, string Message)> MovedIn(MatchLinkState link, DateOnly? date, DateOnly today)
    {
        var problems = new List<(string, string)>();
        if (link.Status != MatchLinkStatus.Introductions || link.IntroductionsStarted is null) problems.Add(("MovedInDate", "Record the start of introductions before the child moves in"));
        else CheckDate(problems, "MovedInDate", "Date the child moved in", date, link.IntroductionsStarted.Value, "introductions started", today);
        return problems;
    }

    /// <summary>
    /// Ending a link. Declining needs a reason from the list (and words when the reason is
    /// "other"); withdrawing needs words. A match on a panel agenda is decided by the panel and
    /// the agency decision maker, and a match already made ends only by a disruption.
    /// </summary>
    public static IReadOnlyList<(string Field, string Message)> Close(MatchLinkState link, bool withdraw, DeclineReason? reason, string? notes)
    {
        var problems = new List<(string, string)>();
        if (link.Status == MatchLinkStatus.OnPanelAgenda) problems.Add(("DeclineReason", "The match is on a panel agenda: the panel and the agency decision maker decide it"));
        else if (link.Status is MatchLinkStatus.Matched or MatchLinkStatus.Introductions or MatchLinkStatus.MovedIn)
            problems.Add(("DeclineReason", "The match has been approved: if the placement ends, record a disruption on the child's journey"));
        else if (!link.Status.IsOpen()) problems.Add(("DeclineReason", $"This link is already {link.Status.DisplayName().ToLowerInvariant()}"));
        if (!withdraw && reason is null) problems.Add(("DeclineReason", "Select the reason for declining the link"));
        if (!withdraw && reason == DeclineReason.Other && string.IsNullOrWhiteSpace(notes)) problems.Add(("CloseNotes", "Enter why the link was declined"));
        if (withdraw && string.IsNullOrWhiteSpace(notes)) problems.Add(("CloseNotes", "Enter why the link was withdrawn"));
        CheckNotes(problems, "CloseNotes", notes);
        return problems;
    }

    /// <summary>
    /// The approval range as presented to the child's LA on a link: "1 to 2 children aged 0 to 4;
    /// can take a sibling group; health and disability needs: ...".
    /// </summary>
    public static string PresentedRange(ApprovalRange? range)
    {
        if (range is null) return "No approval range recorded";
        var children = range.MinimumChildren == range.MaximumChildren
            ? $"{range.MinimumChildren} {(range.MinimumChildren == 1 ? "child" : "children")}"
            : $"{range.MinimumChildren} to {range.MaximumChildren} children";
        var parts = new List<string>
        {
            $"{children} aged {range.MinimumAgeYears} to {range.MaximumAgeYears}",
            range.SiblingGroups == true ? "can take a sibling group" : "not a sibling group",
        };
        if (!string.IsNullOrWhiteSpace(range.HealthNeeds)) parts.Add($"health and disability needs: {range.HealthNeeds.Trim()}");
        if (!string.IsNullOrWhiteSpace(range.HeritageConsiderations)) parts.Add($"heritage, religion and language: {range.HeritageConsiderations.Trim()}");
        return string.Join("; ", parts);
    }

    /// <summary>The inter-agency fee: an amount only once agreed, from 1p to £100,000.</summary>
    public static IReadOnlyList<(string Field, string Message)> Fee(InterAgencyFeeStatus? status, decimal? amount)
    {
        var problems = new List<(string, string)>();
        if (status is null) problems.Add(("FeeStatus", "Select the inter-agency fee status"));
        else if (status == InterAgencyFeeStatus.NotApplicable && amount is not null) problems.Add(("FeeAmount", "Leave the amount empty when no inter-agency fee applies"));
        if (amount is { } a && (a <= 0 || a > 100_000m)) problems.Add(("FeeAmount", "Amount must be between £0.01 and £100,000"));
        else if (amount is { } b && decimal.Round(b, 2) != b) problems.Add(("FeeAmount", "Amount must be in pounds and pence"));
        return problems;
    }

    /// <summary>
    /// The match decision's 7-working-day clock from the panel (the same clock as the adopters'
    /// agency decision), on the working-day calendar.
    /// </summary>
    public static StatutoryClock DecisionClock(DateOnly panelDate, DateOnly? decided, WorkingDayCalendar calendar, DateOnly today)
    {
        var due = AdopterTimescales.DecisionDue(panelDate, calendar);
        var status = decided is { } d ? (d <= due ? ClockStatus.Met : ClockStatus.Late)
            : today > due ? ClockStatus.Overdue
            : calendar.WorkingDaysBetween(today, due) <= AdopterTimescales.DueSoonWorkingDays ? ClockStatus.DueSoon
            : ClockStatus.OnTrack;
        return new StatutoryClock(ClockKind.AgencyDecision, panelDate, due, decided, status, 0);
    }

    private static void CheckDate(List<(string, string)> problems, string field, string label, DateOnly? date, DateOnly notBefore, string after, DateOnly today)
    {
        if (date is not { } d) problems.Add((field, $"Enter the {char.ToLowerInvariant(label[0])}{label[1..]}"));
        else if (d > today) problems.Add((field, $"{label} must be today or in the past"));
        else if (d < notBefore) problems.Add((field, $"{label} must be on or after {after} ({Show(notBefore)})"));
    }

    private static void CheckNotes(List<(string, string)> problems, string field, string? notes)
    {
        if (notes is { Length: > MaximumNotes }) problems.Add((field, $"Notes must be {MaximumNotes} characters or fewer"));
    }

    private static string Show(DateOnly d) => d.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string DisplayName(this MatchLinkStatus s) =>
        s switch
        {
            MatchLinkStatus.Shortlisted => "Shortlisted",
            MatchLinkStatus.Visiting => "Visiting",
            MatchLinkStatus.LinkingMeeting => "Linking meeting held",
            MatchLinkStatus.Proceeding => "Ready for panel",
            MatchLinkStatus.OnPanelAgenda => "On the panel agenda",
            MatchLinkStatus.Matched => "Matched",
            MatchLinkStatus.Introductions => "Introductions",
            MatchLinkStatus.MovedIn => "Moved in",
            MatchLinkStatus.Declined => "Declined",
            MatchLinkStatus.Withdrawn => "Withdrawn",
            _ => throw new ArgumentOutOfRangeException(nameof(s), s, null),
        };

    public static string DisplayName(this LinkingMeetingOutcome o) =>
        o switch
        {
            LinkingMeetingOutcome.ProceedToPanel => "Proceed to the matching panel",
            LinkingMeetingOutcome.FurtherWorkNeeded => "Further work needed",
            LinkingMeetingOutcome.NotToProceed => "Not to proceed",
            _ => throw new ArgumentOutOfRangeException(nameof(o), o, null),
        };

    public static string DisplayName(this DeclineReason r) =>
        r switch
        {
            DeclineReason.NeedsCouldNotBeMet => "The household could not meet the child's needs",
            DeclineReason.IdentityOrHeritage => "Identity, heritage, religion or language",
            DeclineReason.LocationOrContact => "Location or birth family contact",
            DeclineReason.SiblingsCouldNotBePlacedTogether => "The siblings could not be placed together",
            DeclineReason.HouseholdDeclined => "The household declined",
            DeclineReason.ChildsSocialWorkerDeclined => "The child's social worker declined",
            DeclineReason.AnotherFamilyChosen => "Another family was chosen",
            DeclineReason.ChildsPlanChanged => "The child's plan changed",
            DeclineReason.NotApprovedByDecisionMaker => "The agency decision maker did not approve the match",
            DeclineReason.Other => "Other",
            _ => throw new ArgumentOutOfRangeException(nameof(r), r, null),
        };

    public static string DisplayName(this InterAgencyFeeStatus f) =>
        f switch
        {
            InterAgencyFeeStatus.NotApplicable => "Not applicable",
            InterAgencyFeeStatus.Agreed => "Agreed",
            InterAgencyFeeStatus.Invoiced => "Invoiced",
            InterAgencyFeeStatus.Paid => "Paid",
            _ => throw new ArgumentOutOfRangeException(nameof(f), f, null),
        };
}
