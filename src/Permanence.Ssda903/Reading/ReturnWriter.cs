using System.Text;

namespace Permanence.Ssda903.Reading;

/// <summary>Writes a return as the CSV files an LA would submit (one per table supplied).</summary>
public static class ReturnWriter
{
    public static void WriteFolder(Ssda903Return r, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var table in r.TablesSupplied.Order())
        {
            using var stream = File.Create(Path.Combine(folder, FileName(table)));
            WriteTable(r, table, stream);
        }
    }

    /// <summary>The return's files in memory, as a person would upload them.</summary>
    public static IReadOnlyList<ReturnFile> WriteFiles(Ssda903Return r) =>
        r.TablesSupplied.Order()
            .Select(table =>
            {
                using var stream = new MemoryStream();
                WriteTable(r, table, stream);
                return new ReturnFile(FileName(table), stream.ToArray());
            })
            .ToList();

    private static void WriteTable(Ssda903Return r, Ssda903Table table, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        writer.Write(string.Join(',', TableSchema.For(table).Columns));
        writer.Write('\n');
        foreach (var (_, values) in TableRows.Values(r, table))
        {
            for (var i = 0; i < values.Length; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }
                writer.Write(Quote(values[i]));
            }
            writer.Write('\n');
        }
    }

    private static string FileName(Ssda903Table table) => table switch
    {
        Ssda903Table.Ad1 => "ad1.csv",
        Ssda903Table.PlacedAdoption => "placed_for_adoption.csv",
        Ssda903Table.SWEpisodes => "social_worker_episodes.csv",
        _ => table.ToString().ToLowerInvariant() + ".csv",
    };

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
