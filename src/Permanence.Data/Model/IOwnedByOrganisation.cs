using Permanence.Data.Model.Organisations;

namespace Permanence.Data.Model;

/// <summary>
/// A record that belongs to one organisation: every table holding a child's, carer's or adopter's
/// data implements this, and the DbContext's global query filter hides it from anyone outside
/// that organisation (or its region, for RAA staff).
/// </summary>
public interface IOwnedByOrganisation
{
    int OwningOrganisationId { get; }

    Organisation? OwningOrganisation { get; }
}

/// <summary>
/// A record about a person (child, carer, adopter): every read and every change is audited.
/// </summary>
public interface IPersonalRecord : IOwnedByOrganisation
{
    /// <summary>The id written to the audit log.</summary>
    string AuditId { get; }
}

/// <summary>A record people edit, protected by optimistic concurrency.</summary>
public interface IConcurrencyStamped
{
    Guid ConcurrencyStamp { get; set; }
}
