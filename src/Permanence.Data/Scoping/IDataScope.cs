namespace Permanence.Data.Scoping;

/// <summary>
/// Who is asking: decides which organisations' records the DbContext's query filters let through
/// and which it lets be written. Deny by default: a scope with no organisation sees nothing.
/// </summary>
public interface IDataScope
{
    /// <summary>The system itself (CLI, start-up seeding, migrations): sees everything.</summary>
    bool IsSystem { get; }

    string? UserId { get; }

    /// <summary>The name written to the audit log.</summary>
    string ActorName { get; }

    int? OrganisationId { get; }

    int? RegionId { get; }

    /// <summary>True for RAA staff, who see every organisation in their region.</summary>
    bool RegionWide { get; }

    /// <summary>Where the work happens, for the audit log (e.g. "GET /children/{id}").</summary>
    string? Context { get; }
}

/// <summary>The unrestricted scope of the system itself.</summary>
public sealed class SystemDataScope(string actorName = "system", string? context = null) : IDataScope
{
    public bool IsSystem => true;

    public string? UserId => null;

    public string ActorName { get; } = actorName;

    public int? OrganisationId => null;

    public int? RegionId => null;

    public bool RegionWide => false;

    public string? Context { get; } = context;
}

/// <summary>A fixed scope for one member of staff (used by the web layer and by tests).</summary>
public sealed record UserDataScope(
    string? UserId,
    string ActorName,
    int? OrganisationId,
    int? RegionId,
    bool RegionWide,
    string? Context = null
) : IDataScope
{
    public bool IsSystem => false;

    /// <summary>Nobody: sees nothing, writes nothing.</summary>
    public static UserDataScope Anonymous { get; } = new(null, "anonymous", null, null, false);
}
