using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Permanence.Web.Infrastructure.Exports;

/// <summary>A table for download: named columns, one row per record, the same for CSV and Excel.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

public static class TableExport
{
    public const string Csv = "csv";
    public const string Excel = "xlsx";

    public static bool IsFormat(string? format) => format is Csv or Excel;

    /// <summary>The file for <paramref name="format"/> ("csv" or "xlsx"), named after the table and the date.</summary>
    public static IResult File(ExportTable table, string format, DateOnly today)
    {
        var name = $"{table.Name}-{today:yyyy-MM-dd}.{format}";
        return format == Excel
            ? Results.File(ToExcel(table), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name)
            : Results.File(ToCsv(table), "text/csv; charset=utf-8", name);
    }

    public static byte[] ToExcel(ExportTable table)
    {
        var rows = table.Rows
            .Select(r =>
            {
                var row = new Dictionary<string, object?>(table.Columns.Count);
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    row[table.Columns[i]] = r[i] is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : r[i];
                }

                return row;
            })
            .ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: table.Name);
        return stream.ToArray();
    }

    /// <summary>RFC 4180 CSV in UTF-8 with a byte order mark (so Excel reads the names right).</summary>
    public static byte[] ToCsv(ExportTable table)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', table.Columns.Select(Escape)).Append("\r\n");
        foreach (var row in table.Rows)
        {
            text.AppendJoin(',', row.Select(v => Escape(Format(v)))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Format(object? value) =>
        value switch
        {
            null => "",
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            bool b => b ? "Yes" : "No",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };

    // A cell that starts like a formula is written as text, so a name like "=HYPERLINK(...)" can't run in a spreadsheet.
    private static string Escape(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '@' or '\t' or '\r' || (value.StartsWith('-') && !double.TryParse(value, CultureInfo.InvariantCulture, out _)))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
