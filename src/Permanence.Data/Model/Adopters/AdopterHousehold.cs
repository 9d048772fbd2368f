using Permanence.Data.Model.Organisations;
using Permanence.Domain.Adopters;

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

    /// <summary>The town or area the household lives in (not a full address).</summary>
    public string? Area { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    string IPersonalRecord.AuditId => Id.ToString();
}
