using System.Reflection;

namespace Permanence.Ssda903.Rules;

/// <summary>A DfE SSDA903 validation rule as published: code, message, tables and fields.</summary>
public sealed record RuleDescription(string Code, string Message, string Tables, string Fields);

/// <summary>
/// Every rule code of the current collection year with the DfE's message, kept as data
/// (rule-catalogue.tsv) so that the messages are written once and docs/ssda903-rules.md can be
/// checked against the implemented set.
/// </summary>
public static class RuleCatalogue
{
    private static readonly Lazy<IReadOnlyDictionary<string, RuleDescription>> Rules = new(Load);

    public static IReadOnlyDictionary<string, RuleDescription> All => Rules.Value;

    public static RuleDescription Get(string code) =>
        All.TryGetValue(code, out var rule) ? rule : throw new KeyNotFoundException($"Rule {code} is not in the catalogue.");

    private static Dictionary<string, RuleDescription> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("rule-catalogue.tsv")
            ?? throw new InvalidOperationException("rule-catalogue.tsv is not embedded.");
        using var reader = new StreamReader(stream);
        var rules = new Dictionary<string, RuleDescription>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var parts = line.Split('\t');
            rules[parts[0]] = new RuleDescription(parts[0], parts[1], parts[2], parts[3]);
        }
        return rules;
    }
}
