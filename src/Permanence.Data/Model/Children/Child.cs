using Permanence.Data.Model.Identity;
using Permanence.Data.Model.Organisations;
using Permanence.Domain.Children;

namespace Permanence.Data.Model.Children;

/// <summary>
/// A child looked after by a local authority. The minimal record of the foundation; the
/// child's permanence journey hangs off it.
/// </summary>
public class Child : IPersonalRecord, IConcurrencyStamped, ITimestamped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The local authority with case responsibility.</summary>
    public int OwningOrganisationId { get; set; }

    public Organisation? OwningOrganisation { get; set; }

    /// <summary>The LA's own reference for the child (the SSDA903 CHILD id).</summary>
    public string? LocalReference { get; set; }

    public required string GivenName { get; set; }

    public required string FamilyName { get; set; }

    public DateOnly DateOfBirth { get; set; }

    public Sex Sex { get; set; }

    /// <summary>A DfE ethnicity code, see <see cref="Ethnicity"/>.</summary>
    public required string EthnicityCode { get; set; }

    /// <summary>Has a disability or a significant medical condition.</summary>
    public bool HasDisability { get; set; }

    /// <summary>
    /// The start of the current (or last) period of care. Kept equal to the latest
    /// <see cref="Domain.Children.Journey.JourneyEventType.EnteredCare"/> event by the journey recorder.
    /// </summary>
    public DateOnly DateEnteredCare { get; set; }

    /// <summary>The RAA family finder allocated to the child, once identified as possibly needing adoption.</summary>
    public string? FamilyFinderId { get; set; }

    public ApplicationUser? FamilyFinder { get; set; }

    public DateOnly? FamilyFinderAllocatedOn { get; set; }

    public Guid? SiblingGroupId { get; set; }

    public SiblingGroup? SiblingGroup { get; set; }

    public List<ChildJourneyEvent> JourneyEvents { get; set; } = [];

    // The matching profile (ADR 0062): what the matching rules read besides the journey.

    /// <summary>The health and disability needs a family must be able to meet: <see cref="Domain.Matching.MatchingNeed"/> names, comma-separated.</summary>
    public string? MatchingNeeds { get; set; }

    /// <summary>One of <see cref="Domain.Matching.MatchingVocabulary.Religions"/>, when known.</summary>
    public string? Religion { get; set; }

    /// <summary>One of <see cref="Domain.Matching.MatchingVocabulary.Languages"/>, when known.</summary>
    public string? FirstLanguage { get; set; }

    /// <summary>The plan says the child should not live in their own LA (for example, for safety).</summary>
    public bool AvoidOwnLocalAuthority { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public string FullName => $"{GivenName} {FamilyName}";

    string IPersonalRecord.AuditId => Id.ToString();
}
