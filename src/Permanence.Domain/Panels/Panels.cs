namespace Permanence.Domain.Panels;

/// <summary>The panels an agency runs. The fostering panel reuses the adoption panel's meetings, members and quorum.</summary>
public enum PanelType
{
    Adoption,
    Fostering,
}

/// <summary>A member's place on the panel (from the agency's central list).</summary>
public enum PanelRole
{
    Chair,
    ViceChair,
    SocialWorker,
    IndependentMember,
    MedicalAdviser,
    ElectedMember,
    AgencyRepresentative,
}

/// <summary>What the panel considers. Matches and disruption reports come from the matching work (a later issue).</summary>
public enum AgendaItemKind
{
    Approval,
    ReviewOfApproval,
    Match,
    DisruptionReport,
}

public enum PanelRecommendation
{
    Recommended,
    NotRecommended,
    Deferred,
}

/// <summary>The agency decision maker's decision on a panel recommendation.</summary>
public enum AgencyDecision
{
    Agreed,
    NotAgreed,
}

/// <summary>One member present at a meeting, as the quorum rule sees them.</summary>
public sealed record PanelAttendee(PanelRole Role, bool Independent, int? SocialWorkYearsQualified);

/// <summary>
/// Quorum (Adoption Agencies Regulations 2005 reg. 6 as amended in 2012; Fostering Services
/// (England) Regulations 2011 reg. 23 as amended in 2013): no business unless at least five members
/// meet as the panel, including the chair or a vice chair, a social worker with at least three
/// years' relevant post-qualifying experience, and an independent member. See ADR 0031.
/// </summary>
public static class PanelQuorum
{
    public const int MinimumMembers = 5;
    public const int SocialWorkerYearsQualified = 3;

    /// <summary>What the meeting lacks to be quorate; empty when it is quorate.</summary>
    public static IReadOnlyList<string> Shortfalls(IReadOnlyCollection<PanelAttendee> present)
    {
        var missing = new List<string>();
        if (present.Count < MinimumMembers)
            missing.Add($"At least {MinimumMembers} members must be present ({present.Count} recorded)");
        if (!present.Any(p => p.Role is PanelRole.Chair or PanelRole.ViceChair))
            missing.Add("The chair or a vice chair must be present");
        if (!present.Any(p => p.Role == PanelRole.SocialWorker && p.SocialWorkYearsQualified >= SocialWorkerYearsQualified))
            missing.Add($"A social worker with at least {SocialWorkerYearsQualified} years' post-qualifying experience must be present");
        if (!present.Any(p => p.Independent))
            missing.Add("An independent member must be present");
        return missing;
    }

    public static bool IsQuorate(IReadOnlyCollection<PanelAttendee> present) => Shortfalls(present).Count == 0;
}

public static class PanelNames
{
    public static string DisplayName(this PanelType type) =>
        type switch
        {
            PanelType.Adoption => "Adoption panel",
            PanelType.Fostering => "Fostering panel",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };

    public static string DisplayName(this PanelRole role) =>
        role switch
        {
            PanelRole.Chair => "Chair",
            PanelRole.ViceChair => "Vice chair",
            PanelRole.SocialWorker => "Social worker",
            PanelRole.IndependentMember => "Independent member",
            PanelRole.MedicalAdviser => "Medical adviser",
            PanelRole.ElectedMember => "Elected member",
            PanelRole.AgencyRepresentative => "Agency representative",
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
        };

    public static string DisplayName(this AgendaItemKind kind) =>
        kind switch
        {
            AgendaItemKind.Approval => "Approval of prospective adopters",
            AgendaItemKind.ReviewOfApproval => "Review of approval",
            AgendaItemKind.Match => "Match",
            AgendaItemKind.DisruptionReport => "Disruption report",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };

    public static string DisplayName(this PanelRecommendation r) =>
        r switch
        {
            PanelRecommendation.Recommended => "Recommended",
            PanelRecommendation.NotRecommended => "Not recommended",
            PanelRecommendation.Deferred => "Deferred",
            _ => throw new ArgumentOutOfRangeException(nameof(r), r, null),
        };

    public static string DisplayName(this AgencyDecision d) =>
        d switch
        {
            AgencyDecision.Agreed => "Agreed with the panel",
            AgencyDecision.NotAgreed => "Did not agree with the panel",
            _ => throw new ArgumentOutOfRangeException(nameof(d), d, null),
        };
}
