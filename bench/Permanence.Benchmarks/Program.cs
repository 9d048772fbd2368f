using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Permanence.Benchmarks -- --filter '*' --job short
// dotnet run -c Release --project bench/Permanence.Benchmarks -- --filter '*Matching*' --job short
// dotnet run -c Release --project bench/Permanence.Benchmarks -- matching-pool   (the shape of the matching pool)
if (args is ["matching-pool"])
{
    Permanence.Benchmarks.Matching.MatchingPoolDescription.Print();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Permanence.Benchmarks.Ssda903ValidationBenchmarks).Assembly).Run(args);
