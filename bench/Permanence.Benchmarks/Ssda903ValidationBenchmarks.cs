using BenchmarkDotNet.Attributes;
using Permanence.Ssda903.Generation;
using Permanence.Ssda903.Reading;
using Permanence.Ssda903.Rules;

namespace Permanence.Benchmarks;

/// <summary>
/// An LA-size return (6,400 children looked after, the size of a large county) and a national-size
/// one (80,000), each with last year's return for the rules that compare years and 2% of children
/// with an injected error. Results: docs/performance.md.
/// </summary>
[MemoryDiagnoser]
public class Ssda903ValidationBenchmarks
{
    private const int Year = 2025;
    private string folder = "";
    private Ssda903Return current = null!;
    private Ssda903Return previous = null!;

    [Params(6_400, 80_000)]
    public int Children { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var generated = ReturnGenerator.Generate(Children, Year, seed: 903, errorRate: 0.02, years: 2);
        current = generated.Current;
        previous = generated.Previous!;
        folder = Path.Combine(Path.GetTempPath(), $"permanence-bench-{Environment.ProcessId}");
        ReturnWriter.WriteFolder(current, folder);
        ReturnWriter.WriteFolder(previous, Path.Combine(folder, "previous"));
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    /// <summary>Reading both years' CSV files (streamed, strict UTF-8, every date checked).</summary>
    [Benchmark]
    public int Read() => ReturnReader.ReadFolder(folder).Episodes.Count + ReturnReader.ReadFolder(Path.Combine(folder, "previous")).Episodes.Count;

    /// <summary>Every implemented rule over returns already in memory.</summary>
    [Benchmark]
    public int Validate() => ReturnValidator.Validate(current, Year, previous).Count;

    /// <summary>What `permanence ssda903 validate` does: read both years, then validate.</summary>
    [Benchmark]
    public int ReadAndValidate()
    {
        var now = ReturnReader.ReadFolder(folder);
        var last = ReturnReader.ReadFolder(Path.Combine(folder, "previous"));
        return ReturnValidator.Validate(now, Year, last).Count;
    }
}
