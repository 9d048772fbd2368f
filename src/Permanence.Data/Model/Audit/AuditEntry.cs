using Permanence.Data.Model.Organisations;

namespace Permanence.Data.Model.Audit;

/// <summary>
/// One line of the append-only audit log. It is owned by the organisation of the record it is
/// about (or of the person acting, for sign-ins), so the same isolation rules decide who can
/// search it. Nothing in the application updates or deletes it; database triggers refuse to.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTime OccurredAtUtc { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>The signed-in user's id, or null for the system (CLI, start-up).</summary>
    public string? UserId { get; set; }

    /// <summary>The user name at the time (kept even if the account is later renamed).</summary>
    public required string UserName { get; set; }

    /// <summary>The acting user's organisation.</summary>
    public int? UserOrganisationId { get; set; }

    /// <summary>The kind of record, e.g. "Child"; empty for sign-ins.</summary>
    public required string RecordType { get; set; }

    public string? RecordId { get; set; }

    /// <summary>Null only for a failed sign-in with an unknown user name.</summary>
    public int? OwningOrganisationId { get; set; }

    public Organisation? OwningOrganisation { get; set; }

    /// <summary>The names of the fields that changed, comma-separated (values are not copied here).</summary>
    public string? ChangedFields { get; set; }

    /// <summary>Where it happened, e.g. "GET /children/{id}" or "cli demo seed".</summary>
    public string? Context { get; set; }
}

public enum AuditAction
{
    Read,
    Create,
    Update,
    Delete,
    Export,
    SignIn,
    SignInFailed,
    SignOut,
    TokenIssued,
    LockedOut,
}
