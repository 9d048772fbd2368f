using Permanence.Data.Model.Organisations;

namespace Permanence.Data.Model.Children;

/// <summary>
/// Brothers and sisters whose permanence is planned together. The plan says whether they are to
/// be placed together. Owned by the LA of the children.
/// </summary>
public class SiblingGroup : IPersonalRecord, IConcurrencyStamped, ITimestamped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public int OwningOrganisationId { get; set; }

    public Organisation? OwningOrganisation { get; set; }

    /// <summary>The plan is to place the siblings together (false: separately, with contact).</summary>
    public bool PlaceTogether { get; set; }

    public List<Child> Children { get; set; } = [];

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    string IPersonalRecord.AuditId => Id.ToString();
}
