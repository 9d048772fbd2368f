using Permanence.Data.Model.Adopters;
using Permanence.Data.Model.Children;
using Permanence.Data.Model.Matching;
using Permanence.Data.Model.Organisations;
using Permanence.Domain.Panels;

namespace Permanence.Data.Model.Panels;

/// <summary>A person on the agency's central list of panel members.</summary>
public class PanelMember : IOwnedByOrganisation, ITimestamped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The agency (RAA or VAA) whose central list this is.</summary>
    public int OwningOrganisationId { get; set; }

    public Organisation? OwningOrganisation { get; set; }

    public required string Name { get; set; }

    public PanelRole Role { get; set; }

    /// <summary>Independent of the agency (regulation 2: not employed by it, no elected member or trustee).</summary>
    public bool Independent { get; set; }

    /// <summary>For social workers: years of relevant post-qualifying experience.</summary>
    public int? SocialWorkYearsQualified { get; set; }

    /// <summary>Still on the central list.</summary>
    public bool Active { get; set; } = true;

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public PanelAttendee AsAttendee() => new(Role, Independent, SocialWorkYearsQualified);
}

/// <summary>A scheduled panel meeting with its attendance, agenda and minutes.</summary>
public class PanelMeeting : IOwnedByOrganisation, IConcurrencyStamped, ITimestamped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public int OwningOrganisationId { get; set; }

    public Organisation? OwningOrganisation { get; set; }

    public PanelType Type { get; set; }

    public DateOnly MeetingDate { get; set; }

    public string? Minutes { get; set; }

    public List<PanelAttendance> Attendance { get; set; } = [];

    public List<PanelAgendaItem> Items { get; set; } = [];

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}

/// <summary>A member recorded as present at a meeting.</summary>
public class PanelAttendance : IOwnedByOrganisation
{
    public Guid MeetingId { get; set; }

    public PanelMeeting? Meeting { get; set; }

    public Guid MemberId { get; set; }

    public PanelMember? Member { get; set; }

    public int OwningOrganisationId { get; set; }

    public Organisation? OwningOrganisation { get; set; }
}

/// <summary>
/// A case on the agenda: the panel's recommendation, then the agency decision maker's decision on its
/// 7-working-day clock. Approvals and reviews of approval name the household; a match names the
/// child, the household and the link (its decision is the child's LA's, recorded on the link); a
/// disruption report names the child.
/// </summary>
public class PanelAgendaItem : IPersonalRecord, IConcurrencyStamped, ITimestamped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MeetingId { get; set; }

    public PanelMeeting? Meeting { get; set; }

    public int OwningOrganisationId { get; set; }

    public Organisation? OwningOrganisation { get; set; }

    public AgendaItemKind Kind { get; set; }

    public Guid? HouseholdId { get; set; }

    public AdopterHousehold? Household { get; set; }

    /// <summary>The child of a match or a disruption report.</summary>
    public Guid? ChildId { get; set; }

    public Child? Child { get; set; }

    /// <summary>The link a match item considers.</summary>
    public Guid? MatchLinkId { get; set; }

    public MatchLink? MatchLink { get; set; }

    public PanelRecommendation? Recommendation { get; set; }

    public string? RecommendationNotes { get; set; }

    public DateOnly? DecisionDate { get; set; }

    public AgencyDecision? Decision { get; set; }

    public string? DecisionReasons { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    string IPersonalRecord.AuditId => Id.ToString();
}
