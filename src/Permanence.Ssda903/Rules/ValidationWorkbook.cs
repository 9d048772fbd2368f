using MiniExcelLibs;

namespace Permanence.Ssda903.Rules;

/// <summary>The validation report as an Excel workbook: every error, and a count by rule (CLI and web).</summary>
public static class ValidationWorkbook
{
    /// <summary>The workbook without the sheet naming the ruleset (callers that do not know the year).</summary>
    public static void Write(Stream stream, IReadOnlyList<ValidationError> errors) => Write(stream, errors, null, []);

    /// <param name="ruleset">What ran, e.g. "DfE rules for 2024 to 2025" (<see cref="Ruleset.Describe"/>).</param>
    /// <param name="skipped">The year's rules that did not run, and why.</param>
    public static void Write(Stream stream, IReadOnlyList<ValidationError> errors, string? ruleset, IReadOnlyList<SkippedRule> skipped)
    {
        var sheets = new Dictionary<string, object>();
        if (ruleset is not null)
        {
            sheets["Rules"] = new[] { new Dictionary<string, object> { ["Rule"] = "", ["Status"] = $"Checked with the {ruleset}", ["Message"] = "" } }
                .Concat(skipped.Select(s => new Dictionary<string, object> { ["Rule"] = s.Code, ["Status"] = $"not run: {s.Reason}", ["Message"] = s.Message }))
                .ToList();
        }
        sheets["Errors"] = errors.Select(e => new Dictionary<string, object>
            {
                ["Rule"] = e.Code,
                ["Table"] = e.Table.ToString(),
                ["File"] = e.File,
                ["Row"] = e.Row,
                ["Child"] = e.Child,
                ["Fields"] = e.Fields,
                ["Message"] = e.Message,
            }).ToList();
        sheets["By rule"] = Summary(errors).Select(kv => new Dictionary<string, object>
            {
                ["Rule"] = kv.Key,
                ["Errors"] = kv.Value,
                ["Message"] = RuleCatalogue.Get(kv.Key).Message,
            }).ToList();
        stream.SaveAs(sheets);
    }

    /// <summary>Errors per rule code, in code order.</summary>
    public static IReadOnlyDictionary<string, int> Summary(IReadOnlyList<ValidationError> errors) =>
        errors.GroupBy(e => e.Code).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
}
