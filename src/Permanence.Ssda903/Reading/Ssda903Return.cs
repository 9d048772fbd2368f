namespace Permanence.Ssda903.Reading;

/// <summary>Why a file, or a value in it, cannot be read. Row and column are null when the whole file is affected.</summary>
public sealed record ReadProblem(string File, int? Row, string? Column, string Reason)
{
    public override string ToString() =>
        $"{File}{(Row is null ? "" : $" row {Row}")}{(Column is null ? "" : $" column {Column}")}: {Reason}";
}

/// <summary>One file of a return held in memory (an upload), by the name it was given.</summary>
public sealed record ReturnFile(string Name, byte[] Content);

/// <summary>One year's SSDA903 return for one LA: the rows of each table, and what could not be read.</summary>
public sealed class Ssda903Return
{
    public List<HeaderRow> Header { get; } = [];
    public List<EpisodeRow> Episodes { get; } = [];
    public List<ReviewRow> Reviews { get; } = [];
    public List<UascRow> Uasc { get; } = [];
    public List<Oc2Row> Oc2 { get; } = [];
    public List<Oc3Row> Oc3 { get; } = [];
    public List<Ad1Row> Ad1 { get; } = [];
    public List<PlacedAdoptionRow> PlacedAdoption { get; } = [];
    public List<PrevPermRow> PrevPerm { get; } = [];
    public List<MissingRow> Missing { get; } = [];
    public List<SocialWorkerEpisodeRow> SWEpisodes { get; } = [];

    /// <summary>The tables a file was supplied for (a table can be legitimately absent, or supplied empty).</summary>
    public HashSet<Ssda903Table> TablesSupplied { get; } = [];

    /// <summary>The file each table was read from, for messages.</summary>
    public Dictionary<Ssda903Table, string> FileNames { get; } = [];

    public List<ReadProblem> Problems { get; } = [];

    public bool IsReadable => Problems.Count == 0;

    public string FileName(Ssda903Table table) => FileNames.TryGetValue(table, out var name) ? name : table.ToString();

    /// <summary>
    /// The values of one row as read (column name, value), in the table's column order; empty
    /// when the table has no such row. For showing the row behind a validation error.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> RowValues(Ssda903Table table, int rowNumber)
    {
        var columns = TableSchema.For(table).Columns;
        var row = TableRows.Values(this, table).FirstOrDefault(r => r.RowNumber == rowNumber);
        return row.Values is null ? [] : columns.Select((c, i) => KeyValuePair.Create(c, row.Values[i])).ToList();
    }
}
