using Permanence.Ssda903.Generation;
using Permanence.Ssda903.Reading;
using Permanence.Ssda903.Rules;

namespace Permanence.Ssda903.Tests.Generation;

public class ReturnGeneratorTests
{
    [Fact]
    public void A_generated_return_without_injected_errors_passes_every_rule()
    {
        var g = ReturnGenerator.Generate(2_000, 2025, seed: 11);

        var errors = ReturnValidator.Validate(g.Current, 2025, g.Previous);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20).Select(e => $"{e.Code} {e.Table} row {e.Row} child {e.Child}: {e.Message}")));
        Assert.Equal(0, g.ErrorsInjected);
    }

    [Fact]
    public void The_error_rate_injects_errors_that_validation_finds()
    {
        var g = ReturnGenerator.Generate(2_000, 2025, seed: 11, errorRate: 0.05);

        var errors = ReturnValidator.Validate(g.Current, 2025, g.Previous);

        Assert.InRange(g.ErrorsInjected, 50, 160);
        Assert.NotEmpty(errors);
        Assert.True(errors.Select(e => e.Child).Distinct().Count() <= g.ErrorsInjected * 2);
    }

    [Fact]
    public void The_same_seed_gives_the_same_return()
    {
        var a = ReturnGenerator.Generate(500, 2025, seed: 5);
        var b = ReturnGenerator.Generate(500, 2025, seed: 5);

        Assert.Equal(a.Current.Episodes, b.Current.Episodes);
        Assert.Equal(a.Journeys, b.Journeys);
        Assert.NotEqual(a.Current.Episodes, ReturnGenerator.Generate(500, 2025, seed: 6).Current.Episodes);
    }

    [Fact]
    public void A_written_return_reads_back_the_same()
    {
        var g = ReturnGenerator.Generate(300, 2025, seed: 3);
        var folder = Directory.CreateTempSubdirectory("ssda903-gen-");
        try
        {
            ReturnWriter.WriteFolder(g.Current, folder.FullName);

            var read = ReturnReader.ReadFolder(folder.FullName);

            Assert.True(read.IsReadable, string.Join("; ", read.Problems));
            Assert.Equal(g.Current.Episodes, read.Episodes);
            Assert.Equal(g.Current.Ad1, read.Ad1);
            Assert.Equal(g.Current.Header, read.Header);
            Assert.Equal(g.Current.PlacedAdoption, read.PlacedAdoption);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
