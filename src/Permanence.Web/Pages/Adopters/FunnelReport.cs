using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Permanence.Data;
using Permanence.Data.Calendar;
using Permanence.Domain.Adopters;
using Permanence.Domain.Timescales;

namespace Permanence.Web.Pages.Adopters;

/// <summary>The recruitment funnel of the households the user can see, with its exports (shared by page and API).</summary>
public static class FunnelReport
{
    public static (DateOnly From, DateOnly To, Dictionary<string, string> Errors) Period(string? from, string? to, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        DateOnly Parse(string? value, string key, string label, DateOnly fallback)
        {
            if (string.IsNullOrWhiteSpace(value)) return fallback;
            if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            errors[key] = $"{label} must be a real date written as yyyy-mm-dd";
            return fallback;
        }

        var end = Parse(to, "to", "End of the period", today);
        var start = Parse(from, "from", "Start of the period", end.AddYears(-1).AddDays(1));
        if (errors.Count == 0 && end < start) errors["to"] = "End of the period must be on or after its start";
        return (start, end, errors);
    }

    public static async Task<RecruitmentFunnel.Result> ComputeAsync(PermanenceDbContext db, DateOnly from, DateOnly to, DateOnly today)
    {
        var households = await db.AdopterHouseholds.Include(h => h.Pauses).AsSplitQuery().AsNoTracking().ToListAsync();
        return RecruitmentFunnel.Compute(households.Select(h => new RecruitmentFunnel.Household(h.EnquirySource, h.Journey)).ToList(), from, to, await db.WorkingCalendarAsync(), today);
    }

    private static string Format(double? value) => value is { } v ? v.ToString("0.#", CultureInfo.InvariantCulture) : "";

    /// <summary>One table per section, as rows of named cells: the same content in Excel and CSV.</summary>
    public static IEnumerable<(string Sheet, List<Dictionary<string, object>> Rows)> Tables(RecruitmentFunnel.Result r)
    {
        yield return ("Funnel", RecruitmentFunnel.Steps.Select((s, i) => new Dictionary<string, object>
        {
            ["Step"] = s,
            ["Households"] = r.Counts[i],
            ["Of the period's enquiries (%)"] = Format(r.CohortConversion[i]),
        }).ToList());
        yield return ("By source", r.BySource.Select(row =>
        {
            var cells = new Dictionary<string, object> { ["Source"] = row.Source.DisplayName() };
            for (var i = 0; i < RecruitmentFunnel.Steps.Length; i++) cells[RecruitmentFunnel.Steps[i]] = row.Counts[i];
            return cells;
        }).ToList());
        yield return ("Median days", r.MedianDays.Select(d => new Dictionary<string, object>
        {
            ["Stage"] = d.Stage,
            ["Households"] = d.Households,
            ["Median days"] = Format(d.MedianDays),
        }).ToList());
        yield return ("Timeliness", r.Timeliness.Select(t => new Dictionary<string, object>
        {
            ["Clock"] = t.Clock.DisplayName(),
            ["Timescale"] = t.Clock.Timescale(),
            ["Completed"] = t.Completed,
            ["On time"] = t.OnTime,
            ["Within timescale (%)"] = Format(t.Percent),
        }).ToList());
    }

    public static byte[] Excel(RecruitmentFunnel.Result r)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(Tables(r).ToDictionary(t => t.Sheet, t => (object)t.Rows));
        return stream.ToArray();
    }

    /// <summary>CSV: each section with a heading row "Section", then its header and rows; fields quoted when needed.</summary>
    public static byte[] Csv(RecruitmentFunnel.Result r)
    {
        var csv = new StringBuilder();
        csv.Append("Recruitment funnel,").Append(r.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',').Append(r.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\r\n");
        foreach (var (sheet, rows) in Tables(r))
        {
            csv.Append("\r\n").Append(Escape(sheet)).Append("\r\n");
            csv.Append(string.Join(',', rows[0].Keys.Select(Escape))).Append("\r\n");
            foreach (var row in rows)
            {
                csv.Append(string.Join(',', row.Values.Select(v => Escape(Convert.ToString(v, CultureInfo.InvariantCulture) ?? "")))).Append("\r\n");
            }
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static string Escape(string s)
    {
        // Cells starting with = + - @ are read as formulas by spreadsheets: prefix them.
        if (s.Length > 0 && s[0] is '=' or '+' or '-' or '@') s = "'" + s;
        return s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
    }
}
