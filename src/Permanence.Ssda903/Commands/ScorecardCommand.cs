using System.Globalization;
using System.Text;
using System.Text.Json;
using Permanence.Domain.Scorecard;
using Permanence.Ssda903.Reading;
using Permanence.Ssda903.Scorecard;

namespace Permanence.Ssda903.Commands;

/// <summary><c>permanence ssda903 scorecard</c>: A1, A2, A3 and A10 from one LA's returns.</summary>
public static class ScorecardCommand
{
    public static int Run(IReadOnlyList<string> folders, int year, OutputFormat format, TextWriter stdout, TextWriter stderr)
    {
        var returns = folders.Select(ReturnReader.ReadFolder).ToList();
        var problems = returns.SelectMany(r => r.Problems).ToList();
        if (problems.Count > 0)
        {
            stderr.WriteLine("The return cannot be read:");
            problems.ForEach(p => stderr.WriteLine($"  {p}"));
            return ExitCodes.Unreadable;
        }

        var mapping = ReturnJourneys.Map(returns);
        var scorecard = AdoptionScorecard.ForYearEnding(mapping.Journeys, year);
        if (format == OutputFormat.Json)
        {
            stdout.WriteLine(JsonSerializer.Serialize(new { scorecard.YearEnding, scorecard.OneYear, scorecard.ThreeYears, mapping.Unmapped }, Json.Options));
        }
        else
        {
            stdout.Write(Table(scorecard));
            foreach (var u in mapping.Unmapped)
            {
                stderr.WriteLine($"Not counted: child {u.Child} adopted {u.AdoptionDate}: {u.Reason}");
            }
        }
        return ExitCodes.Clean;
    }

    internal static string Table(Domain.Scorecard.Scorecard s)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Adoption Scorecard, year ending 31 March {s.YearEnding}");
        text.AppendLine(CultureInfo.InvariantCulture, $"{"Measure",-8}{"Period",-12}{"Children",10}{"Average",10}{"Threshold",11}  Within");
        foreach (var (label, r) in new[] { ("1 year", s.OneYear), ("3 years", s.ThreeYears) })
        {
            foreach (var m in new[] { r.A1, r.A2, r.A10 })
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"{m.Code,-8}{label,-12}{m.Count,10}{(m.AverageDays?.ToString(CultureInfo.InvariantCulture) ?? "-"),10}{m.ThresholdDays,11}  {(m.WithinThreshold is { } w ? (w ? "yes" : "no") : "-")}");
            }
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{r.A3.Code,-8}{label,-12}{r.A3.Count,10}{(r.A3.Percentage is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-"),10}{"<" + r.A3.ThresholdDays,11}  of {r.A3.CohortSize}");
        }
        return text.ToString();
    }
}
