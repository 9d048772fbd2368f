using Permanence.Data.Model.Organisations;
using Permanence.Domain.Adopters;

namespace Permanence.Data.Model.Adopters;

/// <summary>One Stage 1 statutory check: an enhanced DBS check of one adult, the medical, the LA checks or a reference.</summary>
public class AdopterCheck : IPersonalRecord, ITimestamped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid HouseholdId { get; set; }

    public AdopterHousehold? Household { get; set; }

    /// <summary>The household's owner, copied so the isolation filter applies to the check itself.</summary>
    public int OwningOrganisationId { get; set; }

    public Organisation? OwningOrganisation { get; set; }

    public StatutoryCheckKind Kind { get; set; }

    /// <summary>Whom the check is about: the adult (DBS, medical) or the referee.</summary>
    public required string Subject { get; set; }

    public DateOnly RequestedDate { get; set; }

    public DateOnly? CompletedDate { get; set; }

    public CheckOutcome? Outcome { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    string IPersonalRecord.AuditId => Id.ToString();
}

/// <summary>A break the household asked for (see <see cref="Domain.Timescales.AdopterTimescales"/> for how it moves the clocks).</summary>
public class AdopterPause : IPersonalRecord, ITimestamped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid HouseholdId { get; set; }

    public AdopterHousehold? Household { get; set; }

    public int OwningOrganisationId { get; set; }

    public Organisation? OwningOrganisation { get; set; }

    public DateOnly StartDate { get; set; }

    /// <summary>The day the household resumed; null while paused.</summary>
    public DateOnly? EndDate { get; set; }

    public required string Reason { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    string IPersonalRecord.AuditId => Id.ToString();
}

/// <summary>
/// A review of approval: at approval (setting the first approval range) or each year while the
/// household waits. The only way the approval range changes; each review keeps the range it set.
/// </summary>
public class ApprovalReview : IPersonalRecord, ITimestamped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid HouseholdId { get; set; }

    public AdopterHousehold? Household { get; set; }

    public int OwningOrganisationId { get; set; }

    public Organisation? OwningOrganisation { get; set; }

    public DateOnly ReviewDate { get; set; }

    public int MinimumChildren { get; set; }

    public int MaximumChildren { get; set; }

    public int MinimumAgeYears { get; set; }

    public int MaximumAgeYears { get; set; }

    public bool SiblingGroups { get; set; }

    public string? HealthNeeds { get; set; }

    public string? HeritageConsiderations { get; set; }

    public string? Location { get; set; }

    /// <summary>The needs the household could meet from this review on (comma-separated <see cref="Domain.Matching.MatchingNeed"/> names).</summary>
    public string? NeedsCanMeet { get; set; }

    public bool EarlyPermanenceApproved { get; set; }

    public string? Notes { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    string IPersonalRecord.AuditId => Id.ToString();
}
