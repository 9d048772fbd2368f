using Microsoft.Extensions.Options;
using Permanence.Domain.Matching;

namespace Permanence.Web.Pages.Matching;

/// <summary>
/// The configuration section "Matching": the weights of the soft considerations, the distance at
/// which distance stops counting and the days of waiting that count in full. Unset values take
/// <see cref="MatchingWeights.Default"/>; impossible values stop the app at startup.
/// </summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    public WeightsOptions Weights { get; set; } = new();

    public sealed class WeightsOptions
    {
        public double Heritage { get; set; } = MatchingWeights.Default.Heritage;
        public double Religion { get; set; } = MatchingWeights.Default.Religion;
        public double Language { get; set; } = MatchingWeights.Default.Language;
        public double Distance { get; set; } = MatchingWeights.Default.Distance;
        public double OwnLocalAuthority { get; set; } = MatchingWeights.Default.OwnLocalAuthority;
        public double TimeWaiting { get; set; } = MatchingWeights.Default.TimeWaiting;
        public double EarlyPermanence { get; set; } = MatchingWeights.Default.EarlyPermanence;
        public double MaximumDistanceKm { get; set; } = MatchingWeights.Default.MaximumDistanceKm;
        public int WaitingCapDays { get; set; } = MatchingWeights.Default.WaitingCapDays;
    }

    public MatchingWeights ToWeights() =>
        new(Weights.Heritage, Weights.Religion, Weights.Language, Weights.Distance, Weights.OwnLocalAuthority, Weights.TimeWaiting, Weights.EarlyPermanence, Weights.MaximumDistanceKm, Weights.WaitingCapDays);

    public static void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MatchingOptions>()
            .Bind(configuration.GetSection(Section))
            .Validate(o => o.ToWeights().Problems().Count == 0, "Matching:Weights has impossible values: each weight must be 0 to 100, MaximumDistanceKm more than 0 and at most 1000, WaitingCapDays 1 to 3650.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<MatchingOptions>>().Value.ToWeights());
    }
}
