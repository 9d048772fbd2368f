namespace Permanence.Domain.Matching;

/// <summary>
/// How much each soft consideration counts, how far away a household can be before distance
/// scores nothing, and how long a household waits before waiting time counts in full. Comes from
/// configuration (Matching:Weights) so an RAA can set its own priorities; shown on the ranking page.
/// See docs/adr/0060.
/// </summary>
public sealed record MatchingWeights(
    double Heritage,
    double Religion,
    double Language,
    double Distance,
    double OwnLocalAuthority,
    double TimeWaiting,
    double EarlyPermanence,
    double MaximumDistanceKm,
    int WaitingCapDays
)
{
    public const double MaximumWeight = 100;

    /// <summary>
    /// The defaults add up to 100. Safety (own LA avoided) and the plan's early-permanence route
    /// count most; heritage, religion and language inform but do not dominate (the Children and
    /// Families Act 2014 removed the duty to give them due consideration in England, so that a
    /// child is not kept waiting for a perfect ethnic match).
    /// </summary>
    public static MatchingWeights Default { get; } = new(
        Heritage: 15,
        Religion: 5,
        Language: 10,
        Distance: 10,
        OwnLocalAuthority: 25,
        TimeWaiting: 10,
        EarlyPermanence: 25,
        MaximumDistanceKm: 250,
        WaitingCapDays: 365
    );

    public double WeightOf(SoftConsideration consideration) =>
        consideration switch
        {
            SoftConsideration.Heritage => Heritage,
            SoftConsideration.Religion => Religion,
            SoftConsideration.Language => Language,
            SoftConsideration.Distance => Distance,
            SoftConsideration.OwnLocalAuthority => OwnLocalAuthority,
            SoftConsideration.TimeWaiting => TimeWaiting,
            SoftConsideration.EarlyPermanence => EarlyPermanence,
            _ => throw new ArgumentOutOfRangeException(nameof(consideration), consideration, null),
        };

    /// <summary>The impossibilities, keyed by property name (each weight 0 to 100, a positive distance and cap).</summary>
    public IReadOnlyList<(string Field, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        foreach (var consideration in Enum.GetValues<SoftConsideration>())
        {
            var weight = WeightOf(consideration);
            if (!double.IsFinite(weight) || weight is < 0 or > MaximumWeight)
            {
                problems.Add((consideration.ToString(), $"{consideration.DisplayName()} weight must be between 0 and 100"));
            }
        }

        if (!double.IsFinite(MaximumDistanceKm) || MaximumDistanceKm is <= 0 or > 1000)
        {
            problems.Add((nameof(MaximumDistanceKm), "Maximum distance must be more than 0 km and no more than 1000 km"));
        }

        if (WaitingCapDays is < 1 or > 3650)
        {
            problems.Add((nameof(WaitingCapDays), "Days of waiting that count in full must be between 1 and 3650"));
        }

        return problems;
    }
}
