using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Permanence.Domain.Matching;
using Permanence.Web.Pages.Matching;

namespace Permanence.Web.Tests.Matching;

public class MatchingOptionsTests
{
    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        MatchingOptions.Register(services, new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Weights_ComeFromTheMatchingSection_UnsetOnesTakeTheDefaults()
    {
        using var services = Services(new() { ["Matching:Weights:Religion"] = "7", ["Matching:Weights:MaximumDistanceKm"] = "120" });
        var weights = services.GetRequiredService<MatchingWeights>();
        Assert.Equal(MatchingWeights.Default with { Religion = 7, MaximumDistanceKm = 120 }, weights);
    }

    [Theory]
    [InlineData("Matching:Weights:Heritage", "500")]
    [InlineData("Matching:Weights:Distance", "-1")]
    [InlineData("Matching:Weights:WaitingCapDays", "0")]
    [InlineData("Matching:Weights:MaximumDistanceKm", "0")]
    public void ImpossibleWeights_AreRefused_SoTheAppDoesNotStart(string key, string value)
    {
        using var services = Services(new() { [key] = value });
        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<MatchingWeights>());
    }
}
