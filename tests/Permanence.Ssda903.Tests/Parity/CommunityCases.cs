using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Permanence.Ssda903.Reading;
using Permanence.Ssda903.Rules;

namespace Permanence.Ssda903.Tests.Parity;

/// <summary>
/// One call of a community validator rule test (Fixtures/CommunityValidator/cases.json): the small
/// tables it was given and the rows its validator flagged, by table and DataFrame index label.
/// </summary>
internal sealed record CommunityCase(string Module, string Code, int Number, JsonElement Input, IReadOnlyDictionary<string, IReadOnlySet<string>> Flagged)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "CommunityValidator");

    private static readonly Lazy<IReadOnlyList<CommunityCase>> AllCases = new(Load);
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> Modules = new(LoadRulesets);

    public static IReadOnlyList<CommunityCase> All => AllCases.Value;

    /// <summary>For a community ruleset ("lac2024_25"), the module whose test defines each rule code that year.</summary>
    public static IReadOnlyDictionary<string, string> Ruleset(string name) => Modules.Value[name];

    /// <summary>The Python table names, which are also the names our report would use in a comparison.</summary>
    public static readonly IReadOnlyDictionary<string, Ssda903Table> TableNames = new Dictionary<string, Ssda903Table>(StringComparer.Ordinal)
    {
        ["Header"] = Ssda903Table.Header,
        ["Episodes"] = Ssda903Table.Episodes,
        ["Reviews"] = Ssda903Table.Reviews,
        ["UASC"] = Ssda903Table.Uasc,
        ["OC2"] = Ssda903Table.Oc2,
        ["OC3"] = Ssda903Table.Oc3,
        ["AD1"] = Ssda903Table.Ad1,
        ["PlacedAdoption"] = Ssda903Table.PlacedAdoption,
        ["PrevPerm"] = Ssda903Table.PrevPerm,
        ["Missing"] = Ssda903Table.Missing,
        ["SWEpisodes"] = Ssda903Table.SWEpisodes,
    };

    /// <summary>The collection year the test's metadata names; tests without one do not depend on it.</summary>
    public int YearEnding
    {
        get
        {
            if (Input_("metadata") is not { } metadata)
            {
                return 2025;
            }
            if (metadata.TryGetProperty("collection_end", out var end) && end.GetString() is { Length: 10 } e)
            {
                return int.Parse(e[6..], CultureInfo.InvariantCulture);
            }
            if (metadata.TryGetProperty("collection_start", out var start) && start.GetString() is { Length: 10 } s)
            {
                return int.Parse(s[6..], CultureInfo.InvariantCulture) + 1;
            }
            if (metadata.TryGetProperty("collectionYear", out var year) && year.GetString() is { Length: >= 4 } y)
            {
                return int.Parse(y[..4], CultureInfo.InvariantCulture);
            }
            return 2025;
        }
    }

    private JsonElement? Input_(string name) => Input.TryGetProperty(name, out var t) ? t : null;

    /// <summary>
    /// The case's tables as our return (and last year's, from the "_last" tables), with each row's
    /// index label by table and row number. The values were recorded as the community validator's
    /// reader leaves them (blank missing, text upper case), which is also what ours produces.
    /// </summary>
    public (Ssda903Return Current, Ssda903Return? Previous, Dictionary<(Ssda903Table, int), string> Labels) Build()
    {
        var labels = new Dictionary<(Ssda903Table, int), string>();
        var current = new Ssda903Return();
        Ssda903Return? previous = null;
        foreach (var property in Input.EnumerateObject())
        {
            var last = property.Name.EndsWith("_last", StringComparison.Ordinal);
            var name = last ? property.Name[..^5] : property.Name;
            if (!TableNames.TryGetValue(name, out var table))
            {
                continue;
            }
            var into = last ? previous ??= new Ssda903Return() : current;
            into.TablesSupplied.Add(table);
            var schema = TableSchema.For(table);
            var columns = property.Value.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
            var index = property.Value.GetProperty("index").EnumerateArray().Select(i => i.GetString() ?? "").ToList();
            var rowNumber = 1;
            foreach (var row in property.Value.GetProperty("rows").EnumerateArray())
            {
                rowNumber++;
                var cells = row.EnumerateArray().Select(c => c.ValueKind == JsonValueKind.Null ? "" : c.GetString()!.Trim()).ToList();
                var values = schema.Columns.Select(column => columns.IndexOf(column) is var at && at >= 0 ? cells[at] : "").ToArray();
                ReturnReader.AddRow(into, table, rowNumber, values);
                if (!last)
                {
                    labels[(table, rowNumber)] = index[rowNumber - 2];
                }
            }
        }
        return (current, previous, labels);
    }

    /// <summary>The Ofsted provider list a case supplies in its metadata (provider_info), as our reference data.</summary>
    private ReferenceData Reference() =>
        Input_("metadata") is { } metadata && metadata.TryGetProperty("provider_info", out var providers) && providers.ValueKind == JsonValueKind.Object
            ? new ReferenceData
            {
                ProviderUrns = providers.GetProperty("rows").EnumerateArray()
                    .Select(r => r[providers.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ToList().IndexOf("URN")].GetString() ?? "")
                    .ToFrozenSet(StringComparer.Ordinal),
            }
            : ReferenceData.None;

    private static List<CommunityCase> Load()
    {
        using var stream = File.OpenRead(Path.Combine(Folder, "cases.json"));
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.EnumerateArray().Select(c => new CommunityCase(
            c.GetProperty("ruleset").GetString()!,
            c.GetProperty("code").GetString()!,
            c.GetProperty("case").GetInt32(),
            c.GetProperty("tables").Clone(),
            c.GetProperty("flagged").EnumerateObject()
                .Where(t => !t.Name.EndsWith("_last", StringComparison.Ordinal))
                .ToDictionary(t => t.Name, t => (IReadOnlySet<string>)t.Value.EnumerateArray().Select(i => i.GetString() ?? "").ToHashSet(StringComparer.Ordinal))
        )).ToList();
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> LoadRulesets()
    {
        using var stream = File.OpenRead(Path.Combine(Folder, "rulesets.json"));
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.EnumerateObject().ToDictionary(
            r => r.Name,
            r => (IReadOnlyDictionary<string, string>)r.Value.EnumerateObject().ToDictionary(m => m.Name, m => m.Value.GetString()!));
    }

    /// <summary>
    /// Runs our rule on this case and describes where it disagrees with the community validator
    /// (table: rows only we flag / rows only it flags), or returns null when both flag the same rows.
    /// </summary>
    public string? Disagreement(Rule rule, Ruleset ruleset)
    {
        var (current, previous, labels) = Build();
        var ours = rule.Run(new ValidationContext(current, YearEnding, previous, ruleset, Reference()))
            .GroupBy(e => TableNames.Single(t => t.Value == e.Table).Key)
            .ToDictionary(g => g.Key, g => g.Select(e => labels.GetValueOrDefault((e.Table, e.Row), $"row {e.Row}")).ToHashSet(StringComparer.Ordinal));
        var differences = new List<string>();
        foreach (var table in ours.Keys.Union(Flagged.Keys).Order(StringComparer.Ordinal))
        {
            var mine = ours.GetValueOrDefault(table) ?? [];
            var theirs = Flagged.GetValueOrDefault(table) ?? new HashSet<string>();
            var onlyOurs = mine.Except(theirs).Order(StringComparer.Ordinal).ToList();
            var onlyTheirs = theirs.Except(mine).Order(StringComparer.Ordinal).ToList();
            if (onlyOurs.Count + onlyTheirs.Count > 0)
            {
                differences.Add($"{table}: only ours [{string.Join(",", onlyOurs)}], only theirs [{string.Join(",", onlyTheirs)}]");
            }
        }
        return differences.Count == 0 ? null : $"{Module} {Code} case {Number}: {string.Join("; ", differences)}";
    }
}
