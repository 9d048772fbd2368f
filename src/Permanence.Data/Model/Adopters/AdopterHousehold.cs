using Permanence.Data.Model.Organisations;
using Permanence.Domain.Adopters;
using Permanence.Domain.Timescales;

namespace Permanence.Data.Model.Adopters;

/// <summary>
/// A prospective or approved adopter household, recruited by the RAA or a VAA. The minimal
/// record of the foundation; the adopters' journey (checks, stages, panel, approval range) grows
/// from it.
/// </summary>
public class AdopterHousehold : IPersonalRecord, IConcurrencyStamped, ITimestamped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The RAA or VAA that recruits and assesses the household.</summary>
    public int OwningOrganisationId { get; set; }

    public Organisation? OwningOrganisation { get; set; }

    /// <summary>How the household is named in lists, e.g. "Sam and Alex Okafor".</summary>
    public required string Name { get; set; }

    public int NumberOfAdults { get; set; }

    public AdopterStage Stage { get; set; }

    public DateOnly EnquiryDate { get; set; }

    public DateOnly? ApprovalDate { get; set; }

    public EnquirySource EnquirySource { get; set; }

    /// <summary>Previous adopters and approved foster carers go straight to Stage 2.</summary>
    public bool FastTrack { get; set; }

    public DateOnly? InformationPackSentDate { get; set; }

    public DateOnly? InitialVisitDate { get; set; }

    public DateOnly? RegistrationOfInterestDate { get; set; }

    public DateOnly? StageOneStartDate { get; set; }

    public DateOnly? StageOneCompletedDate { get; set; }

    public DateOnly? StageTwoStartDate { get; set; }

    /// <summary>Set when Stage 2 starts.</summary>
    public DateOnly? TargetPanelDate { get; set; }

    public DateOnly? PreparationTrainingCompletedDate { get; set; }

    /// <summary>The Prospective Adopter's Report.</summary>
    public DateOnly? ReportCompletedDate { get; set; }

    public DateOnly? PanelDate { get; set; }

    /// <summary>The panel's recommendation, as minuted.</summary>
    public string? PanelRecommendation { get; set; }

    /// <summary>The agency decision maker's decision.</summary>
    public DateOnly? DecisionDate { get; set; }

    public AdopterOutcome? Outcome { get; set; }

    /// <summary>Why the household withdrew or was not approved.</summary>
    public string? OutcomeReason { get; set; }

    /// <summary>The date a household not approved asked the Independent Review Mechanism to review it.</summary>
    public DateOnly? IndependentReviewRequestDate { get; set; }

    /// <summary>The date the household withdrew or was told it was not approved.</summary>
    public DateOnly? EndedDate { get; set; }

    public DateOnly? RegisterReferralDate { get; set; }

    public DateOnly? LinkedDate { get; set; }

    /// <summary>The date of the last review of approval (set by recording a review).</summary>
    public DateOnly? LastReviewDate { get; set; }

    // The approval range, changed only through a review of approval (see ApprovalReview).
    public int? RangeMinimumChildren { get; set; }

    public int? RangeMaximumChildren { get; set; }

    public int? RangeMinimumAgeYears { get; set; }

    public int? RangeMaximumAgeYears { get; set; }

    public bool? RangeSiblingGroups { get; set; }

    public string? RangeHealthNeeds { get; set; }

    public string? RangeHeritageConsiderations { get; set; }

    public string? RangeLocation { get; set; }

    // The structured range the matching rules read (ADR 0062), also changed only through a review.

    /// <summary>The needs the household can meet: <see cref="Domain.Matching.MatchingNeed"/> names, comma-separated.</summary>
    public string? RangeNeedsCanMeet { get; set; }

    /// <summary>The DfE ethnicity codes of the adults, comma-separated.</summary>
    public string? EthnicityCodes { get; set; }

    public string? Religion { get; set; }

    /// <summary>The languages spoken at home, comma-separated.</summary>
    public string? Languages { get; set; }

    /// <summary>The LA of the region the household lives in, if it lives in one.</summary>
    public int? LivesInLocalAuthorityId { get; set; }

    public Organisation? LivesInLocalAuthority { get; set; }

    /// <summary>Roughly where the household lives (to a town, not an address), in decimal degrees.</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>Approved for early permanence (fostering for adoption or concurrent planning) as well as adoption.</summary>
    public bool EarlyPermanenceApproved { get; set; }

    public List<AdopterCheck> Checks { get; set; } = [];

    public List<AdopterPause> Pauses { get; set; } = [];

    public List<ApprovalReview> Reviews { get; set; } = [];

    /// <summary>The town or area the household lives in (not a full address).</summary>
    public string? Area { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    string IPersonalRecord.AuditId => Id.ToString();

    public ApprovalRange? Range =>
        RangeMinimumChildren is null
            ? null
            : new ApprovalRange(RangeMinimumChildren, RangeMaximumChildren, RangeMinimumAgeYears, RangeMaximumAgeYears, RangeSiblingGroups, RangeHealthNeeds, RangeHeritageConsiderations, RangeLocation);

    public void SetRange(ApprovalRange range)
    {
        RangeMinimumChildren = range.MinimumChildren;
        RangeMaximumChildren = range.MaximumChildren;
        RangeMinimumAgeYears = range.MinimumAgeYears;
        RangeMaximumAgeYears = range.MaximumAgeYears;
        RangeSiblingGroups = range.SiblingGroups;
        RangeHealthNeeds = Blank(range.HealthNeeds);
        RangeHeritageConsiderations = Blank(range.HeritageConsiderations);
        RangeLocation = Blank(range.Location);
    }

    /// <summary>The dates the clocks and ordering rules read (pauses must be loaded to count).</summary>
    public AdopterJourneyDates Journey =>
        new(
            EnquiryDate,
            InformationPackSentDate,
            InitialVisitDate,
            RegistrationOfInterestDate,
            StageOneStartDate,
            StageOneCompletedDate,
            StageTwoStartDate,
            TargetPanelDate,
            PreparationTrainingCompletedDate,
            ReportCompletedDate,
            PanelDate,
            DecisionDate,
            ApprovalDate,
            RegisterReferralDate,
            LinkedDate,
            LastReviewDate,
            EndedDate,
            Pauses.Select(p => new Pause(p.StartDate, p.EndDate)).ToList(),
            FastTrack
        );

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
