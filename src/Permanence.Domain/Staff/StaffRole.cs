using Permanence.Domain.Organisations;

namespace Permanence.Domain.Staff;

/// <summary>
/// The roles people hold in the service. ADM = agency decision maker.
/// A person may hold several roles; what they see is further limited by their organisation.
/// </summary>
public enum StaffRole
{
    SocialWorker,
    FamilyFinder,
    TeamManager,
    ServiceManager,
    PanelAdviser,
    AgencyDecisionMaker,
    PerformanceOfficer,
    Administrator,
    ReadOnly,
}

public static class StaffRoles
{
    public static IReadOnlyList<StaffRole> All { get; } = Enum.GetValues<StaffRole>();

    public static string DisplayName(this StaffRole role) =>
        role switch
        {
            StaffRole.SocialWorker => "Social worker",
            StaffRole.FamilyFinder => "Family finder",
            StaffRole.TeamManager => "Team manager",
            StaffRole.ServiceManager => "Service manager",
            StaffRole.PanelAdviser => "Panel adviser",
            StaffRole.AgencyDecisionMaker => "Agency decision maker",
            StaffRole.PerformanceOfficer => "Performance officer",
            StaffRole.Administrator => "Administrator",
            StaffRole.ReadOnly => "Read-only member",
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
        };

    /// <summary>The short, stable slug used in demo sign-ins, e.g. "social-worker".</summary>
    public static string Slug(this StaffRole role) =>
        role switch
        {
            StaffRole.SocialWorker => "social-worker",
            StaffRole.FamilyFinder => "family-finder",
            StaffRole.TeamManager => "team-manager",
            StaffRole.ServiceManager => "service-manager",
            StaffRole.PanelAdviser => "panel-adviser",
            StaffRole.AgencyDecisionMaker => "adm",
            StaffRole.PerformanceOfficer => "performance-officer",
            StaffRole.Administrator => "admin",
            StaffRole.ReadOnly => "read-only",
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
        };

    /// <summary>
    /// Whether people in this role see personal records (children, carers, adopters) at all.
    /// Administrators manage organisations, users and the audit log; read-only members (for
    /// example elected members) see aggregate figures only.
    /// </summary>
    public static bool SeesPersonalRecords(this StaffRole role) =>
        role is not (StaffRole.Administrator or StaffRole.ReadOnly);

    /// <summary>
    /// The organisations whose records a member of <paramref name="own"/> may see:
    /// RAA staff see every organisation in their region; LA and VAA staff see only their own.
    /// </summary>
    public static IReadOnlyList<T> VisibleOrganisations<T>(
        OrganisationType ownType,
        T own,
        IEnumerable<T> organisationsInRegion
    ) =>
        ownType == OrganisationType.RegionalAdoptionAgency
            ? organisationsInRegion.ToList()
            : [own];
}
