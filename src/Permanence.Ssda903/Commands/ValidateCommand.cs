using System.Diagnostics;
using System.Text.Json;
using Permanence.Ssda903.Reading;
using Permanence.Ssda903.Rules;

namespace Permanence.Ssda903.Commands;

/// <summary><c>permanence ssda903 validate</c>: read a return, run the DfE rules, report.</summary>
public static class ValidateCommand
{
    /// <param name="laCodes">Optional CSV of the DfE's LA codes (rule 633).</param>
    /// <param name="providers">Optional CSV of Ofsted's registered providers by URN (rule 1008).</param>
    public static int Run(string folder, int year, string? previousFolder, OutputFormat format, string? output, TextWriter stdout, TextWriter stderr, string? laCodes = null, string? providers = null)
    {
        var timer = Stopwatch.StartNew();
        var current = ReturnReader.ReadFolder(folder);
        var previous = previousFolder is null ? null : ReturnReader.ReadFolder(previousFolder);
        var problems = current.Problems.Concat(previous?.Problems ?? []).ToList();
        var reference = ReferenceData.Read(laCodes, providers, problems);
        if (problems.Count > 0)
        {
            if (format == OutputFormat.Json)
            {
                Write(output, stdout, JsonSerializer.Serialize(new { year, readable = false, problems }, Json.Options));
            }
            stderr.WriteLine("The return cannot be read:");
            foreach (var p in problems)
            {
                stderr.WriteLine($"  {p}");
            }
            return ExitCodes.Unreadable;
        }

        var read = timer.Elapsed;
        var errors = ReturnValidator.Validate(current, year, previous, reference);
        var validated = timer.Elapsed;
        var summary = ValidationWorkbook.Summary(errors);
        var ruleset = Ruleset.For(year);
        var rules = ruleset.Describe(year);
        var skipped = ruleset.SkippedWith(reference);
        switch (format)
        {
            case OutputFormat.Json:
                Write(output, stdout, JsonSerializer.Serialize(new
                {
                    year,
                    collectionYear = new CollectionYear(year).Label,
                    ruleset = rules,
                    rulesRun = ruleset.Rules.Count - skipped.Count(s => ruleset.Rules.Any(r => r.Code == s.Code)),
                    previousReturn = previous is not null,
                    readable = true,
                    errorCount = errors.Count,
                    summary,
                    skipped,
                    errors,
                }, Json.Options));
                break;
            case OutputFormat.Xlsx:
                var path = output ?? Path.Combine(Environment.CurrentDirectory, $"ssda903-validation-{year}.xlsx");
                using (var file = File.Create(path))
                {
                    ValidationWorkbook.Write(file, errors, rules, skipped);
                }
                stdout.WriteLine($"{errors.Count} error(s) written to {path}");
                break;
            default:
                Write(output, stdout, $"{new CollectionYear(year).Label} return, checked with the {rules}.{Environment.NewLine}{Table(errors, summary)}{Environment.NewLine}{Skipped(skipped)}");
                break;
        }
        stderr.WriteLine($"Validated {current.Header.Count:N0} children, {current.Episodes.Count:N0} episodes against {ruleset.Rules.Count - skipped.Count(s => ruleset.Rules.Any(r => r.Code == s.Code))} rules ({rules}; {skipped.Count} not run) in {timer.Elapsed.TotalSeconds:0.00} s: read {read.TotalSeconds:0.00} s, validated {(validated - read).TotalSeconds:0.00} s, report {(timer.Elapsed - validated).TotalSeconds:0.00} s.");
        return errors.Count == 0 ? ExitCodes.Clean : ExitCodes.ValidationErrors;
    }

    private static void Write(string? output, TextWriter stdout, string text)
    {
        if (output is null)
        {
            stdout.WriteLine(text);
        }
        else
        {
            File.WriteAllText(output, text + Environment.NewLine);
        }
    }

    /// <summary>The rules not run, grouped by why, so that a clean report is not read as "passes every rule".</summary>
    internal static string Skipped(IReadOnlyList<SkippedRule> skipped) =>
        skipped.Count == 0
            ? "Every rule of the year ran."
            : $"{skipped.Count} rule(s) of the year not run:{Environment.NewLine}"
                + string.Join(Environment.NewLine, skipped.GroupBy(s => s.Reason).Select(g => $"  {string.Join(", ", g.Select(s => s.Code))}: {g.Key}"));

    /// <summary>A plain aligned table: readable in a terminal, and greppable by rule code or child.</summary>
    internal static string Table(IReadOnlyList<ValidationError> errors, IReadOnlyDictionary<string, int> summary)
    {
        if (errors.Count == 0)
        {
            return "No validation errors.";
        }
        var rows = errors.Select(e => new[] { e.Code, e.Table.ToString(), e.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Child, e.Fields, e.Message }).ToList();
        string[] headings = ["Rule", "Table", "Row", "Child", "Fields", "Message"];
        var widths = Enumerable.Range(0, 5).Select(i => Math.Max(headings[i].Length, rows.Max(r => r[i].Length))).ToArray();
        var text = new System.Text.StringBuilder();
        void Line(string[] cells) =>
            text.AppendLine(string.Join("  ", cells.Take(5).Select((c, i) => c.PadRight(widths[i]))) + "  " + cells[5]);
        Line(headings);
        rows.ForEach(Line);
        text.AppendLine();
        text.Append($"{errors.Count} error(s), {errors.Select(e => e.Child).Distinct().Count()} child(ren), {summary.Count} rule(s): ");
        text.Append(string.Join(", ", summary.Select(kv => $"{kv.Key} x{kv.Value}")));
        return text.ToString();
    }
}
