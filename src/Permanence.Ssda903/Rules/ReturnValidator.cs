using Permanence.Ssda903.Reading;

namespace Permanence.Ssda903.Rules;

/// <summary>Runs every implemented DfE rule over a return.</summary>
public static class ReturnValidator
{
    private static readonly Lazy<IReadOnlyList<Rule>> Rules = new(() =>
        FieldRules.All.Concat(Ad1Rules.All).Concat(PlacedAdoptionRules.All).Concat(EpisodeRules.All).Concat(HeaderRules.All).Concat(CareLeaverRules.All).Concat(OtherTableRules.All).Concat(SequenceRules.All).ToList());

    /// <summary>Every implemented rule of any year, in the order they are written (a year runs <see cref="Ruleset.Rules"/>).</summary>
    public static IReadOnlyList<Rule> All => Rules.Value;

    /// <summary>
    /// Validates <paramref name="current"/> for the collection year ending 31 March
    /// <paramref name="yearEnding"/> with that year's <see cref="Ruleset"/>. Rules run in parallel (each only reads the shared indexes);
    /// errors come back ordered by table, row and rule code so that output is stable.
    /// </summary>
    public static IReadOnlyList<ValidationError> Validate(Ssda903Return current, int yearEnding, Ssda903Return? previous = null, ReferenceData? reference = null)
    {
        var context = new ValidationContext(current, yearEnding, previous, reference: reference);
        var rules = context.Ruleset.Rules;
        var results = new IReadOnlyList<ValidationError>[rules.Count];
        Parallel.For(0, rules.Count, i => results[i] = rules[i].Run(context));
        return results
            .SelectMany(r => r)
            .OrderBy(e => e.Table)
            .ThenBy(e => e.Row)
            .ThenBy(e => e.Code, StringComparer.Ordinal)
            .ToList();
    }
}
