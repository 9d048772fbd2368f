using System.Text;
using Sylvan.Data.Csv;

namespace Permanence.Ssda903.Reading;

/// <summary>
/// Reads the CSV files of an SSDA903 return, streaming each file once. Anything that stops a
/// file being read is a <see cref="ReadProblem"/> with file, row and column; the reader never
/// throws on bad input and stops reading a file once it is clearly not a return.
/// </summary>
public static class ReturnReader
{
    /// <summary>Longest record accepted: real rows are under 200 characters, so 64 KiB is garbage.</summary>
    internal const int MaxRecordChars = 64 * 1024;

    /// <summary>More rows than any LA could have (England has ~84,000 looked-after children a year).</summary>
    internal const int MaxRows = 5_000_000;

    /// <summary>After this many problems in one file, more would not help the user: stop reading it.</summary>
    internal const int MaxProblemsPerFile = 100;

    public static Ssda903Return ReadFolder(string folder)
    {
        var result = new Ssda903Return();
        if (!Directory.Exists(folder))
        {
            result.Problems.Add(new(folder, null, null, "folder not found"));
            return result;
        }

        // ".CSV" too: exports from Windows case-management systems often shout.
        var files = Directory.GetFiles(folder)
            .Where(f => Path.GetExtension(f).Equals(".csv", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            result.Problems.Add(new(folder, null, null, "no .csv files in the folder"));
        }

        foreach (var path in files)
        {
            using var stream = File.OpenRead(path);
            ReadFile(stream, Path.GetFileName(path), result);
        }
        return result;
    }

    /// <summary>
    /// Reads files a person chose one by one (an upload in the web app), in the order given. Unlike
    /// a folder, where other files are simply not part of the return, a chosen file that is not
    /// .csv is reported: the person meant it to be read.
    /// </summary>
    public static Ssda903Return ReadFiles(IEnumerable<ReturnFile> files)
    {
        var result = new Ssda903Return();
        foreach (var file in files)
        {
            if (!Path.GetExtension(file.Name).Equals(".csv", StringComparison.OrdinalIgnoreCase))
            {
                result.Problems.Add(new(file.Name, null, null, "not a CSV file: save each table of the return as a .csv file"));
                continue;
            }
            using var stream = new MemoryStream(file.Content, writable: false);
            ReadFile(stream, file.Name, result);
        }
        return result;
    }

    /// <summary>Reads one file into <paramref name="into"/>, whichever table its header says it is.</summary>
    public static void ReadFile(Stream stream, string fileName, Ssda903Return into) => ReadFile(stream, fileName, into, MaxRows);

    internal static void ReadFile(Stream stream, string fileName, Ssda903Return into, int maxRows)
    {
        // Strict UTF-8 (a BOM is skipped): a file in another encoding throws on its first bad
        // byte and is reported, instead of silently turning names into replacement characters.
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);
        using var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024);
        var problems = new List<ReadProblem>();
        var row = 0;
        try
        {
            var options = new CsvDataReaderOptions
            {
                HasHeaders = false,
                Delimiter = ',',
                BufferSize = 64 * 1024,
                MaxBufferSize = MaxRecordChars,
                OwnsReader = false,
                StringFactory = new BoundedStringPool().Get,
            };
            using var csv = CsvDataReader.Create(text, options);
            if (!csv.Read())
            {
                problems.Add(new(fileName, null, null, "the file is empty"));
                return;
            }
            row = 1;
            var schema = RecogniseHeader(csv, fileName, problems);
            if (schema is null)
            {
                return;
            }

            if (!into.TablesSupplied.Add(schema.Value.Schema.Table))
            {
                problems.Add(new(fileName, null, null, $"a second file for table {schema.Value.Schema.Table} (already read from {into.FileName(schema.Value.Schema.Table)})"));
                return;
            }
            into.FileNames[schema.Value.Schema.Table] = fileName;
            ReadRows(csv, fileName, schema.Value, into, problems, maxRows, ref row);
        }
        catch (DecoderFallbackException)
        {
            problems.Add(new(fileName, row + 1, null, "bad encoding: the file is not UTF-8 text"));
        }
        catch (CsvRecordTooLargeException)
        {
            problems.Add(new(fileName, row + 1, null, $"a row longer than {MaxRecordChars} characters: not an SSDA903 file"));
        }
        catch (CsvFormatException ex)
        {
            problems.Add(new(fileName, row + 1, null, $"not valid CSV ({ex.Message})"));
        }
        catch (IOException ex)
        {
            problems.Add(new(fileName, row + 1, null, $"cannot be read ({ex.Message})"));
        }
        finally
        {
            into.Problems.AddRange(problems);
        }
    }

    private readonly record struct Layout(TableSchema Schema, int[] SourceIndex, bool[] IsDate, bool[] KeepCase, int FieldCount);

    private static Layout? RecogniseHeader(CsvDataReader csv, string fileName, List<ReadProblem> problems)
    {
        var names = new string[csv.RowFieldCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = csv.GetString(i).Trim().ToUpperInvariant();
        }

        var duplicates = names.Where(n => n.Length > 0).GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        foreach (var duplicate in duplicates)
        {
            problems.Add(new(fileName, 1, duplicate, "duplicate column in the header"));
        }

        var present = names.ToHashSet();
        var best = TableSchema.All.MaxBy(s => s.Columns.Count(present.Contains))!;
        var matched = best.Columns.Count(present.Contains);

        // Fewer than half the columns of the closest table: this is not a return file at all.
        if (matched * 2 < best.Columns.Length || matched == 0)
        {
            problems.Add(new(fileName, 1, null, "unknown table: the header matches none of the SSDA903 tables"));
            return null;
        }

        foreach (var missing in best.Columns.Where(c => !present.Contains(c)))
        {
            problems.Add(new(fileName, 1, missing, $"missing column for table {best.Table}"));
        }
        // A column with no name (a trailing comma from a spreadsheet export) is not part of the
        // return and is ignored; a named column the table does not have is an error.
        foreach (var extra in names.Where(n => n.Length > 0 && !best.Columns.Contains(n)).Distinct())
        {
            problems.Add(new(fileName, 1, extra, $"unexpected column for table {best.Table}"));
        }

        if (problems.Count > 0)
        {
            return null;
        }

        var index = best.Columns.Select(c => Array.IndexOf(names, c)).ToArray();
        return new Layout(
            best,
            index,
            best.Columns.Select(c => best.DateColumns.Contains(c)).ToArray(),
            best.Columns.Select(c => best.CaseSensitiveColumns.Contains(c)).ToArray(),
            names.Length
        );
    }

    private static void ReadRows(CsvDataReader csv, string fileName, Layout layout, Ssda903Return into, List<ReadProblem> problems, int maxRows, ref int row)
    {
        var columns = layout.Schema.Columns;
        while (csv.Read())
        {
            row++;
            if (row > maxRows)
            {
                problems.Add(new(fileName, row, null, $"more than {maxRows:N0} rows: far larger than any SSDA903 return"));
                return;
            }

            if (csv.RowFieldCount != layout.FieldCount)
            {
                // A blank line at the end of an export is common and harmless.
                if (csv.RowFieldCount == 1 && csv.GetString(0).Trim().Length == 0)
                {
                    continue;
                }
                problems.Add(new(fileName, row, null, $"the row has {csv.RowFieldCount} fields but the header has {layout.FieldCount}"));
            }
            else
            {
                var values = new string[columns.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    var raw = csv.GetString(layout.SourceIndex[i]).Trim();
                    values[i] = layout.KeepCase[i] ? raw : raw.ToUpperInvariant();
                    if (layout.IsDate[i] && values[i].Length > 0 && !Ssda903Date.TryParse(values[i], out _))
                    {
                        problems.Add(new(fileName, row, columns[i], $"'{Truncate(values[i])}' is not a dd/mm/yyyy date"));
                    }
                }
                AddRow(into, layout.Schema.Table, row, values);
            }

            if (problems.Count >= MaxProblemsPerFile)
            {
                problems.Add(new(fileName, null, null, $"stopped reading after {MaxProblemsPerFile} problems"));
                return;
            }
        }
    }

    private static string Truncate(string value) => value.Length <= 30 ? value : value[..30] + "...";

    /// <summary>Adds one row given its values in the table's column order (also how tests build returns from fixtures).</summary>
    internal static void AddRow(Ssda903Return r, Ssda903Table table, int n, string[] v)
    {
        switch (table)
        {
            case Ssda903Table.Header:
                r.Header.Add(new(n, v[0], v[1], v[2], v[3], v[4], v[5], v[6]));
                break;
            case Ssda903Table.Episodes:
                r.Episodes.Add(new(n, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12]));
                break;
            case Ssda903Table.Reviews:
                r.Reviews.Add(new(n, v[0], v[1], v[2], v[3]));
                break;
            case Ssda903Table.Uasc:
                r.Uasc.Add(new(n, v[0], v[1], v[2], v[3]));
                break;
            case Ssda903Table.Oc2:
                r.Oc2.Add(new(n, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11]));
                break;
            case Ssda903Table.Oc3:
                r.Oc3.Add(new(n, v[0], v[1], v[2], v[3], v[4]));
                break;
            case Ssda903Table.Ad1:
                r.Ad1.Add(new(n, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]));
                break;
            case Ssda903Table.PlacedAdoption:
                r.PlacedAdoption.Add(new(n, v[0], v[1], v[2], v[3], v[4]));
                break;
            case Ssda903Table.PrevPerm:
                r.PrevPerm.Add(new(n, v[0], v[1], v[2], v[3], v[4]));
                break;
            case Ssda903Table.Missing:
                r.Missing.Add(new(n, v[0], v[1], v[2], v[3], v[4]));
                break;
            case Ssda903Table.SWEpisodes:
                r.SWEpisodes.Add(new(n, v[0], v[1], v[2], v[3], v[4], v[5]));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(table));
        }
    }
}
