using BenchmarkDotNet.Attributes;
using Permanence.Domain.Matching;

namespace Permanence.Benchmarks.Matching;

/// <summary>
/// Issue 5 at national scale: 3,000 approved households and 2,500 waiting requests from
/// <see cref="MatchingPoolGenerator"/> (seeded). Each ranking picks the hardest case of its kind
/// in the pool: the request (or household) that passes the hard rules for the most households
/// (or requests), so the most soft scores are worded and sorted. Targets: one child against the
/// national pool under 10 ms; the whole sufficiency table under 1 s. Results: docs/performance.md.
/// </summary>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private readonly DateOnly today = MatchingPoolGenerator.Today;
    private readonly MatchingWeights weights = MatchingWeights.Default;
    private IReadOnlyList<PlacementRequest> waiting = [];
    private IReadOnlyList<HouseholdForMatching> households = [];
    private PlacementRequest singleChild = null!;
    private PlacementRequest groupOfThree = null!;
    private HouseholdForMatching household = null!;

    [Params(3_000)]
    public int Households { get; set; }

    [Params(2_500)]
    public int Requests { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        waiting = MatchingPoolGenerator.Requests(Requests);
        households = MatchingPoolGenerator.Households(Households);
        singleChild = waiting.Where(r => r.Children.Count == 1).MaxBy(Passing)!;
        groupOfThree = waiting.Where(r => r.Children.Count == 3).MaxBy(Passing)!;
        household = households.MaxBy(h => waiting.Count(r => MatchRanker.MeetsHardRules(r, h, today)))!;
    }

    private int Passing(PlacementRequest request) => households.Count(h => MatchRanker.MeetsHardRules(request, h, today));

    /// <summary>One child against every approved household, with every explanation.</summary>
    [Benchmark]
    public int RankSingleChild() => MatchRanker.Rank(singleChild, households, weights, today).Ranked.Count;

    /// <summary>A sibling group of three to be placed together, against every approved household.</summary>
    [Benchmark]
    public int RankSiblingGroupOfThree() => MatchRanker.Rank(groupOfThree, households, weights, today).Ranked.Count;

    /// <summary>The reverse: the waiting requests one household could be linked with, best first.</summary>
    [Benchmark]
    public int ChildrenForHousehold() => MatchRanker.ChildrenFor(household, waiting, weights, today).Count;

    /// <summary>The sufficiency table: every waiting request's profile against every household.</summary>
    [Benchmark]
    public int Sufficiency() => SufficiencyGap.Compute(waiting, households, today).Count;
}

/// <summary>`dotnet run -c Release --project bench/Permanence.Benchmarks -- matching-pool`: the shape of the benchmark pool.</summary>
public static class MatchingPoolDescription
{
    public static void Print(int requests = 2_500, int households = 3_000)
    {
        var today = MatchingPoolGenerator.Today;
        var waiting = MatchingPoolGenerator.Requests(requests);
        var pool = MatchingPoolGenerator.Households(households);
        var children = waiting.Sum(r => r.Children.Count);
        Console.WriteLine($"{waiting.Count} requests, {children} children ({waiting.Where(r => r.Children.Count > 1).Sum(r => r.Children.Count)} in sibling groups placed together); {pool.Count} households");
        Console.WriteLine("Requests by size: " + string.Join(", ", waiting.GroupBy(r => r.Children.Count).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}")));
        Console.WriteLine("Requests by youngest age band: " + string.Join(", ", waiting.GroupBy(r => SufficiencyProfile.Of(r, today).AgeBand).OrderBy(g => g.Key).Select(g => $"{g.Key.DisplayName()}: {g.Count()}")));
        Console.WriteLine("Requests by heritage: " + string.Join(", ", waiting.GroupBy(r => SufficiencyProfile.Of(r, today).Heritage).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}")));
        Console.WriteLine($"Children with needs: {waiting.SelectMany(r => r.Children).Count(c => c.Needs.Count > 0)}; early permanence sought: {waiting.Count(r => r.EarlyPermanenceSought != Permanence.Domain.Children.Journey.EarlyPermanence.None)}; own LA avoided: {waiting.Count(r => r.AvoidOwnLocalAuthority)}");
        Console.WriteLine($"Households: 0-4 range {pool.Count(h => h.MinimumAgeYears == 0 && h.MaximumAgeYears == 4)}, sibling groups {pool.Count(h => h.SiblingGroups)}, EP {pool.Count(h => h.EarlyPermanenceApproved)}, inter-agency {pool.Count(h => h.InterAgency)}, no needs {pool.Count(h => h.NeedsCanMeet.Count == 0)}");
        var passing = waiting.Select(r => pool.Count(h => MatchRanker.MeetsHardRules(r, h, today))).Order().ToArray();
        Console.WriteLine($"Households passing the hard rules per request: min {passing[0]}, median {passing[passing.Length / 2]}, max {passing[^1]}; requests with none: {passing.Count(p => p == 0)}");
        var single = waiting.Where(r => r.Children.Count == 1).Max(r => pool.Count(h => MatchRanker.MeetsHardRules(r, h, today)));
        var groupOfThree = waiting.Where(r => r.Children.Count == 3).Max(r => pool.Count(h => MatchRanker.MeetsHardRules(r, h, today)));
        var bestHousehold = pool.Max(h => waiting.Count(r => MatchRanker.MeetsHardRules(r, h, today)));
        Console.WriteLine($"Benchmarked: the single child passing for the most households ({single}), the group of three passing for the most ({groupOfThree}), the household passing for the most requests ({bestHousehold})");
        var rows = SufficiencyGap.Compute(waiting, pool, today);
        Console.WriteLine($"Sufficiency rows: {rows.Count}; with a shortfall: {rows.Count(r => r.Shortfall > 0)}");
    }
}
