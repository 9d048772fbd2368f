namespace Permanence.Domain.Timescales;

/// <summary>The statutory clocks of the adopter's journey (Adoption Agencies Regulations 2005 and statutory guidance, chapter 3).</summary>
public enum ClockKind
{
    /// <summary>Information pack within 5 working days of the enquiry.</summary>
    InformationPack,

    /// <summary>Stage 1 (pre-assessment and statutory checks) within 2 months of its start.</summary>
    StageOne,

    /// <summary>Stage 2 (assessment to the agency's decision) within 4 months of its start.</summary>
    StageTwo,

    /// <summary>The agency decision maker's decision within 7 working days of the panel.</summary>
    AgencyDecision,

    /// <summary>Referral to the national adoption register if not linked within 3 months of approval.</summary>
    RegisterReferral,

    /// <summary>Review of approval each year while the household waits.</summary>
    ReviewOfApproval,
}

public enum ClockStatus
{
    /// <summary>Running, not due soon.</summary>
    OnTrack,

    /// <summary>Running and due within the due-soon window.</summary>
    DueSoon,

    /// <summary>Running and past its due date.</summary>
    Overdue,

    /// <summary>Stopped by an open pause the household asked for; never overdue while paused.</summary>
    Paused,

    /// <summary>Done on or before the due date.</summary>
    Met,

    /// <summary>Done after the due date.</summary>
    Late,

    /// <summary>The journey ended (withdrawn or not approved) before the step was done.</summary>
    Stopped,
}

/// <summary>A time-limited step: when it started, when it is due (after pauses), when it was done, and its status as at a date.</summary>
public sealed record StatutoryClock(ClockKind Kind, DateOnly Start, DateOnly Due, DateOnly? CompletedOn, ClockStatus Status, int PausedDays)
{
    public bool NeedsAction => Status is ClockStatus.Overdue or ClockStatus.DueSoon;

    public bool IsRunning => Status is ClockStatus.OnTrack or ClockStatus.DueSoon or ClockStatus.Overdue or ClockStatus.Paused;
}

/// <summary>A break the household asked for, from <see cref="Start"/> until it resumed on <see cref="End"/> (open while null).</summary>
public sealed record Pause(DateOnly Start, DateOnly? End);

public static class ClockKinds
{
    public static string DisplayName(this ClockKind kind) =>
        kind switch
        {
            ClockKind.InformationPack => "Information pack sent",
            ClockKind.StageOne => "Stage 1 completed",
            ClockKind.StageTwo => "Stage 2 completed (agency decision)",
            ClockKind.AgencyDecision => "Agency decision after panel",
            ClockKind.RegisterReferral => "Referral to the adoption register",
            ClockKind.ReviewOfApproval => "Review of approval",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };

    public static string Timescale(this ClockKind kind) =>
        kind switch
        {
            ClockKind.InformationPack => "5 working days after the enquiry",
            ClockKind.StageOne => "2 months after Stage 1 starts",
            ClockKind.StageTwo => "4 months after Stage 2 starts",
            ClockKind.AgencyDecision => "7 working days after the panel",
            ClockKind.RegisterReferral => "3 months after approval, if not linked",
            ClockKind.ReviewOfApproval => "1 year after approval or the last review",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };

    public static string DisplayName(this ClockStatus status) =>
        status switch
        {
            ClockStatus.OnTrack => "On track",
            ClockStatus.DueSoon => "Due soon",
            ClockStatus.Overdue => "Overdue",
            ClockStatus.Paused => "Paused",
            ClockStatus.Met => "Done in time",
            ClockStatus.Late => "Done late",
            ClockStatus.Stopped => "Stopped",
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        };
}
