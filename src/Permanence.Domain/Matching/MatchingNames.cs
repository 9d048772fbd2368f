namespace Permanence.Domain.Matching;

public static class MatchingNames
{
    public static string DisplayName(this MatchingNeed need) =>
        need switch
        {
            MatchingNeed.DevelopmentalDelay => "Developmental delay",
            MatchingNeed.LearningDisability => "Learning disability",
            MatchingNeed.PhysicalDisability => "Physical disability",
            MatchingNeed.SensoryImpairment => "Sensory impairment",
            MatchingNeed.LongTermMedicalCondition => "Long-term medical condition",
            MatchingNeed.FoetalAlcoholSpectrumDisorder => "Foetal alcohol spectrum disorder",
            MatchingNeed.EmotionalOrBehaviouralNeeds => "Emotional or behavioural needs",
            MatchingNeed.UncertainDevelopmentalFuture => "Uncertain developmental future",
            _ => throw new ArgumentOutOfRangeException(nameof(need), need, null),
        };

    /// <summary>Every need, in the order of the enum: lets the hard rules walk a child's needs without allocating.</summary>
    internal static readonly MatchingNeed[] AllNeeds = Enum.GetValues<MatchingNeed>();
}
