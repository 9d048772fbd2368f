using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Permanence.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Permanence.Benchmarks.Ssda903ValidationBenchmarks).Assembly).Run(args);
