using MiniExcelLibs;

namespace Permanence.Ssda903.Rules;

/// <summary>The validation report as an Excel workbook: every error, and a count by rule (CLI and web).</summary>
public static class ValidationWorkbook
{
    public static void Write(Stream stream, IReadOnlyList<ValidationError> errors)
    {
        var sheets = new Dictionary<string, object>
        {
            ["Errors"] = errors.Select(e => new Dictionary<string, object>
            {
                ["Rule"] = e.Code,
                ["Table"] = e.Table.ToString(),
                ["File"] = e.File,
                ["Row"] = e.Row,
                ["Child"] = e.Child,
                ["Fields"] = e.Fields,
                ["Message"] = e.Message,
            }).ToList(),
            ["By rule"] = Summary(errors).Select(kv => new Dictionary<string, object>
            {
                ["Rule"] = kv.Key,
                ["Errors"] = kv.Value,
                ["Message"] = RuleCatalogue.Get(kv.Key).Message,
            }).ToList(),
        };
        stream.SaveAs(sheets);
    }

    /// <summary>Errors per rule code, in code order.</summary>
    public static IReadOnlyDictionary<string, int> Summary(IReadOnlyList<ValidationError> errors) =>
        errors.GroupBy(e => e.Code).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
}
