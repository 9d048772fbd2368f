using Permanence.Data.Model.Adopters;
using Permanence.Data.Model.Children;
using Permanence.Data.Model.Organisations;
using Permanence.Domain.Matching;
using Permanence.Domain.Panels;

namespace Permanence.Data.Model.Matching;

/// <summary>
/// A link between a waiting child (the lead child: siblings to be placed together go with them)
/// and an approved household, from the shortlist to the child moving in (ADR 0064). Owned by the
/// child's LA, so its staff read their children's links; the RAA's family finders write it. LA
/// staff see the household only as presented here (the snapshot taken when it was shortlisted),
/// never the household's own record.
/// </summary>
public class MatchLink : IPersonalRecord, IConcurrencyStamped, ITimestamped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The child's LA.</summary>
    public int OwningOrganisationId { get; set; }

    public Organisation? OwningOrganisation { get; set; }

    public Guid ChildId { get; set; }

    public Child? Child { get; set; }

    public Guid HouseholdId { get; set; }

    /// <summary>Loads only for staff who may see the household's record (the RAA and its agency).</summary>
    public AdopterHousehold? Household { get; set; }

    public MatchLinkStatus Status { get; set; }

    public DateOnly ShortlistedOn { get; set; }

    public required string ShortlistedBy { get; set; }

    /// <summary>The user who shortlisted ("my links").</summary>
    public string? ShortlistedById { get; set; }

    // The household as presented to the child's LA, taken when it was shortlisted.
    public required string PresentedName { get; set; }

    public required string PresentedAgency { get; set; }

    public string? PresentedArea { get; set; }

    public required string PresentedApprovalRange { get; set; }

    /// <summary>The household was approved by an agency other than the region's RAA (a fee is due).</summary>
    public bool InterAgency { get; set; }

    public List<MatchLinkVisit> Visits { get; set; } = [];

    public DateOnly? LinkingMeetingDate { get; set; }

    public LinkingMeetingOutcome? LinkingMeetingOutcome { get; set; }

    public string? LinkingMeetingNotes { get; set; }

    public DateOnly? ProceedingOn { get; set; }

    /// <summary>The agenda item of the panel that considers (or considered) the match.</summary>
    public Guid? PanelAgendaItemId { get; set; }

    public DateOnly? PanelDate { get; set; }

    public PanelRecommendation? PanelRecommendation { get; set; }

    public DateOnly? MatchDecisionDate { get; set; }

    public bool? MatchApproved { get; set; }

    public string? MatchDecisionReasons { get; set; }

    public string? MatchDecidedBy { get; set; }

    public DateOnly? IntroductionsStartDate { get; set; }

    public DateOnly? MovedInDate { get; set; }

    public DeclineReason? DeclineReason { get; set; }

    public string? CloseNotes { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public InterAgencyFeeStatus FeeStatus { get; set; }

    public decimal? FeeAmount { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    string IPersonalRecord.AuditId => Id.ToString();

    public MatchLinkState State =>
        new(
            Status,
            ShortlistedOn,
            Visits.Count == 0 ? null : Visits.Max(v => v.VisitDate),
            LinkingMeetingDate,
            LinkingMeetingOutcome,
            PanelDate,
            PanelRecommendation,
            MatchDecisionDate,
            IntroductionsStartDate
        );
}

/// <summary>A visit on a link: when, who visited (or who met whom), and what was learnt.</summary>
public class MatchLinkVisit : IPersonalRecord, ITimestamped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MatchLinkId { get; set; }

    public MatchLink? MatchLink { get; set; }

    /// <summary>The link's owner, copied so the isolation filter applies to the visit itself.</summary>
    public int OwningOrganisationId { get; set; }

    public Organisation? OwningOrganisation { get; set; }

    public DateOnly VisitDate { get; set; }

    public required string Visitors { get; set; }

    public string? Notes { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    string IPersonalRecord.AuditId => Id.ToString();
}
