using Permanence.Domain.Matching;

namespace Permanence.Domain.Tests.Matching;

public class MatchingWeightsTests
{
    private static readonly MatchingWeights Valid = MatchingWeights.Default;

    [Fact]
    public void The_default_weights_are_valid_and_add_up_to_100()
    {
        var d = MatchingWeights.Default;

        Assert.Empty(d.Problems());
        Assert.Equal(100, d.Heritage + d.Religion + d.Language + d.Distance + d.OwnLocalAuthority + d.TimeWaiting + d.EarlyPermanence);
        Assert.Equal((250.0, 365), (d.MaximumDistanceKm, d.WaitingCapDays));
    }

    public static TheoryData<MatchingWeights, string, string> Invalid => new()
    {
        { Valid with { Heritage = -1 }, "Heritage", "Heritage weight must be between 0 and 100" },
        { Valid with { Religion = 100.5 }, "Religion", "Religion weight must be between 0 and 100" },
        { Valid with { Language = double.NaN }, "Language", "Language weight must be between 0 and 100" },
        { Valid with { Distance = double.PositiveInfinity }, "Distance", "Distance weight must be between 0 and 100" },
        { Valid with { OwnLocalAuthority = -0.1 }, "OwnLocalAuthority", "Own local authority weight must be between 0 and 100" },
        { Valid with { TimeWaiting = 101 }, "TimeWaiting", "Time waiting weight must be between 0 and 100" },
        { Valid with { EarlyPermanence = -5 }, "EarlyPermanence", "Early permanence weight must be between 0 and 100" },
        { Valid with { MaximumDistanceKm = 0 }, "MaximumDistanceKm", "Maximum distance must be more than 0 km and no more than 1000 km" },
        { Valid with { MaximumDistanceKm = 1001 }, "MaximumDistanceKm", "Maximum distance must be more than 0 km and no more than 1000 km" },
        { Valid with { WaitingCapDays = 0 }, "WaitingCapDays", "Days of waiting that count in full must be between 1 and 3650" },
        { Valid with { WaitingCapDays = 3651 }, "WaitingCapDays", "Days of waiting that count in full must be between 1 and 3650" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void A_weight_outside_its_range_is_a_problem_at_its_field(MatchingWeights weights, string field, string message) =>
        Assert.Equal([(field, message)], weights.Problems());

    [Theory]
    [InlineData(0, 0.1, 1)]
    [InlineData(100, 1000, 3650)]
    public void Weights_at_the_edges_of_their_ranges_are_allowed(double weight, double km, int days) =>
        Assert.Empty(new MatchingWeights(weight, weight, weight, weight, weight, weight, weight, km, days).Problems());
}
