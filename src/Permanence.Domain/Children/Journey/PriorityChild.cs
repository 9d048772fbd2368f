namespace Permanence.Domain.Children.Journey;

/// <summary>Why a child is a priority ("hard to place") child, flagged as early as possible (seed 001, table 1.1).</summary>
public enum PriorityReason
{
    AgedFourOrOver,
    BlackOrMinorityEthnic,
    SiblingGroup,
    DisabilityOrMedicalCondition,
}

public static class PriorityChild
{
    public const int PriorityAge = 4;

    /// <summary>The inter-agency fee fund's long wait: 18 months or more since entering care.</summary>
    public const int LongWaitMonths = 18;

    /// <summary>
    /// The reasons a child is a priority child on <paramref name="asAt"/>: aged 4 or over, black or
    /// minority ethnic heritage, in a sibling group of two or more (the child and at least one
    /// sibling), a disability or medical condition. Empty when none applies.
    /// </summary>
    public static IReadOnlyList<PriorityReason> Reasons(
        DateOnly dateOfBirth,
        string ethnicityCode,
        int siblingGroupSize,
        bool hasDisability,
        DateOnly asAt
    )
    {
        var reasons = new List<PriorityReason>(4);
        if (asAt >= dateOfBirth && Age.InYears(dateOfBirth, asAt) >= PriorityAge)
        {
            reasons.Add(PriorityReason.AgedFourOrOver);
        }

        if (Ethnicity.FromCode(ethnicityCode)?.IsBlackOrMinorityEthnic == true)
        {
            reasons.Add(PriorityReason.BlackOrMinorityEthnic);
        }

        if (siblingGroupSize >= 2)
        {
            reasons.Add(PriorityReason.SiblingGroup);
        }

        if (hasDisability)
        {
            reasons.Add(PriorityReason.DisabilityOrMedicalCondition);
        }

        return reasons;
    }

    /// <summary>
    /// Waiting 18 months or more: on or after the date 18 calendar months after entering care, and
    /// not yet living with the adoptive family. A child who entered care on 31 August reaches 18
    /// months on 28 (or 29) February: the month has no 31st, so its last day counts.
    /// </summary>
    public static bool HasWaitedEighteenMonths(DateOnly enteredCare, DateOnly? movedInWithAdopters, DateOnly asAt) =>
        movedInWithAdopters is null && asAt >= enteredCare.AddMonths(LongWaitMonths);

    public static string DisplayName(this PriorityReason reason) =>
        reason switch
        {
            PriorityReason.AgedFourOrOver => "Aged 4 or over",
            PriorityReason.BlackOrMinorityEthnic => "Black or minority ethnic heritage",
            PriorityReason.SiblingGroup => "In a sibling group of 2 or more",
            PriorityReason.DisabilityOrMedicalCondition => "Disability or medical condition",
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
        };
}
