namespace Permanence.Domain.Timescales;

/// <summary>
/// How far a waiting child is drifting, for the tracker's "drifting first" order: the worse of the
/// A1 and A2 statuses (over, then at risk, then on track), and the fewest days left before a
/// threshold not yet passed is passed (negative once over).
/// </summary>
public readonly record struct Drift(TimescaleStatus Worst, int DaysLeft) : IComparable<Drift>
{
    public static Drift Of(TimescaleThreshold a1, int a1Days, TimescaleThreshold a2, int? a2Days)
    {
        var worst = a1.StatusOf(a1Days);
        var left = a1.DaysLeft(a1Days);
        if (a2Days is { } days)
        {
            worst = a2.StatusOf(days) > worst ? a2.StatusOf(days) : worst;
            left = Math.Min(left, a2.DaysLeft(days));
        }

        return new Drift(worst, left);
    }

    /// <summary>Most drifting first: the worse status first, then the fewer days left.</summary>
    public int CompareTo(Drift other) =>
        Worst != other.Worst ? other.Worst.CompareTo(Worst) : DaysLeft.CompareTo(other.DaysLeft);

    public static bool operator <(Drift left, Drift right) => left.CompareTo(right) < 0;

    public static bool operator <=(Drift left, Drift right) => left.CompareTo(right) <= 0;

    public static bool operator >(Drift left, Drift right) => left.CompareTo(right) > 0;

    public static bool operator >=(Drift left, Drift right) => left.CompareTo(right) >= 0;
}
