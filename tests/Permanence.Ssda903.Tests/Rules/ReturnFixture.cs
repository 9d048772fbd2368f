using Permanence.Ssda903.Reading;

namespace Permanence.Ssda903.Tests.Rules;

/// <summary>
/// One child's return for the year ending 31 March 2025 that passes every rule: entered care
/// 1 May 2023, placement order 1 September 2023, placed with new adopters 1 February 2024,
/// adopted 15 November 2024. Tests break one thing at a time.
/// </summary>
internal sealed class ReturnFixture
{
    public const int YearEnding = 2025;

    public List<HeaderRow> Header { get; } = [new(0, "1", "F", "01/06/2021", "WBRI", "A123456789012", "0", "")];

    public List<EpisodeRow> Episodes { get; } =
    [
        new(0, "1", "01/05/2023", "S", "C2", "N1", "U3", "PR1", "01/09/2023", "X1", "", "AB1 2CD", "AB3 4EF", "XXXXXXX"),
        new(0, "1", "01/09/2023", "L", "E1", "N1", "U3", "PR1", "01/02/2024", "X1", "PLACE", "AB1 2CD", "AB3 4EF", "XXXXXXX"),
        new(0, "1", "01/02/2024", "P", "E1", "N1", "A6", "PR1", "15/11/2024", "E12", "", "AB1 2CD", "AB5 6GH", "XXXXXXX"),
    ];

    public List<Ad1Row> Ad1 { get; } = [new(0, "1", "01/06/2021", "15/08/2023", "10/01/2024", "0", "2", "MF", "L11")];

    public List<PlacedAdoptionRow> PlacedAdoption { get; } = [new(0, "1", "01/06/2021", "15/08/2023", "", "")];

    public List<Oc3Row> Oc3 { get; } = [];

    public List<MissingRow> Missing { get; } = [];

    public List<Oc2Row> Oc2 { get; } = [];

    public List<ReviewRow> Reviews { get; } = [];

    public List<UascRow> Uasc { get; } = [];

    public List<PrevPermRow> PrevPerm { get; } = [];

    public List<SocialWorkerEpisodeRow> SocialWorkers { get; } = [];

    /// <summary>Last year's return: the same child, still placed for adoption at 31 March 2024.</summary>
    public ReturnFixture? Previous { get; set; }

    public static ReturnFixture LastYear()
    {
        var f = new ReturnFixture();
        f.Episodes[2] = f.Episodes[2] with { Dec = "", Rec = "" };
        f.Ad1.Clear();
        return f;
    }

    public ReturnFixture Header0(Func<HeaderRow, HeaderRow> change)
    {
        Header[0] = change(Header[0]);
        return this;
    }

    public ReturnFixture Episode(int index, Func<EpisodeRow, EpisodeRow> change)
    {
        Episodes[index] = change(Episodes[index]);
        return this;
    }

    public ReturnFixture Adoption(Func<Ad1Row, Ad1Row> change)
    {
        Ad1[0] = change(Ad1[0]);
        return this;
    }

    public ReturnFixture Decision(Func<PlacedAdoptionRow, PlacedAdoptionRow> change)
    {
        PlacedAdoption[0] = change(PlacedAdoption[0]);
        return this;
    }

    public Ssda903Return Build()
    {
        var r = new Ssda903Return();
        // Row numbers as a file would give them: the header is row 1.
        r.Header.AddRange(Header.Select((h, i) => h with { RowNumber = i + 2 }));
        r.Episodes.AddRange(Episodes.Select((e, i) => e with { RowNumber = i + 2 }));
        r.Ad1.AddRange(Ad1.Select((a, i) => a with { RowNumber = i + 2 }));
        r.PlacedAdoption.AddRange(PlacedAdoption.Select((p, i) => p with { RowNumber = i + 2 }));
        r.Oc3.AddRange(Oc3.Select((o, i) => o with { RowNumber = i + 2 }));
        r.Missing.AddRange(Missing.Select((m, i) => m with { RowNumber = i + 2 }));
        r.Oc2.AddRange(Oc2.Select((o, i) => o with { RowNumber = i + 2 }));
        r.Reviews.AddRange(Reviews.Select((v, i) => v with { RowNumber = i + 2 }));
        r.Uasc.AddRange(Uasc.Select((u, i) => u with { RowNumber = i + 2 }));
        r.PrevPerm.AddRange(PrevPerm.Select((p, i) => p with { RowNumber = i + 2 }));
        r.SWEpisodes.AddRange(SocialWorkers.Select((w, i) => w with { RowNumber = i + 2 }));
        foreach (var table in Enum.GetValues<Ssda903Table>())
        {
            r.TablesSupplied.Add(table);
        }
        return r;
    }
}
