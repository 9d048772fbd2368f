using System.Collections.Frozen;
using Permanence.Ssda903.Reading;

namespace Permanence.Ssda903.Rules;

/// <summary>
/// Field-level rules as data: which column holds a code from which list, and which holds a
/// date. One line per DfE rule code reads better than one class per rule.
/// </summary>
internal static class FieldRules
{
    private static Rule CodeList<TRow>(string code, Ssda903Table table, Func<Ssda903Return, IEnumerable<TRow>> rows, Func<TRow, string> field, FrozenSet<string> codes, bool blankAllowed = true)
        where TRow : ISsda903Row =>
        Rule.PerRow(code, table, rows, (row, _) => field(row) is var value && (value.Length == 0 ? !blankAllowed : !codes.Contains(value)));

    /// <summary>The reader already refuses a date that is not dd/mm/yyyy; these rules name it with the DfE's code too.</summary>
    private static Rule Date<TRow>(string code, Ssda903Table table, Func<Ssda903Return, IEnumerable<TRow>> rows, Func<TRow, string> field, bool blankAllowed = true)
        where TRow : ISsda903Row =>
        Rule.PerRow(code, table, rows, (row, ctx) => field(row) is var value && (value.Length == 0 ? !blankAllowed : !Ssda903Date.TryParse(value, out _)));

    public static IEnumerable<Rule> All =>
    [
        CodeList("101", Ssda903Table.Header, r => r.Header, h => h.Sex, Codes.Sex, blankAllowed: false),
        CodeList("103", Ssda903Table.Header, r => r.Header, h => h.Ethnic, Codes.Ethnicity, blankAllowed: false),
        Date("102", Ssda903Table.Header, r => r.Header, h => h.Dob, blankAllowed: false),

        CodeList("143", Ssda903Table.Episodes, r => r.Episodes, e => e.Rne, Codes.ReasonNewEpisode),
        CodeList("144", Ssda903Table.Episodes, r => r.Episodes, e => e.Ls, Codes.LegalStatus),
        CodeList("145", Ssda903Table.Episodes, r => r.Episodes, e => e.Cin, Codes.CategoryOfNeed),
        Rule.PerRow("146", Ssda903Table.Episodes, r => r.Episodes, (e, ctx) => e.Place.Length > 0 && !ctx.Ruleset.Placements.Contains(e.Place)),
        CodeList("149", Ssda903Table.Episodes, r => r.Episodes, e => e.Rec, Codes.ReasonEpisodeCeased),
        Date("141", Ssda903Table.Episodes, r => r.Episodes, e => e.Decom),
        Date("147", Ssda903Table.Episodes, r => r.Episodes, e => e.Dec),

        CodeList("114", Ssda903Table.Ad1, r => r.Ad1, a => a.FosterCare, Codes.ZeroOrOne),
        CodeList("175", Ssda903Table.Ad1, r => r.Ad1, a => a.NbAdoptr, Codes.NumberOfAdopters),
        CodeList("176", Ssda903Table.Ad1, r => r.Ad1, a => a.SexAdoptr, Codes.SexOfAdopters),
        CodeList("177", Ssda903Table.Ad1, r => r.Ad1, a => a.LsAdoptr, Codes.LegalStatusOfAdopters),
        Date("112", Ssda903Table.Ad1, r => r.Ad1, a => a.DateInt),
        Date("113", Ssda903Table.Ad1, r => r.Ad1, a => a.DateMatch),

        CodeList("120", Ssda903Table.PlacedAdoption, r => r.PlacedAdoption, p => p.ReasonPlacedCeased, Codes.ReasonPlacedCeased),
        Date("115", Ssda903Table.PlacedAdoption, r => r.PlacedAdoption, p => p.DatePlaced),
        Date("116", Ssda903Table.PlacedAdoption, r => r.PlacedAdoption, p => p.DatePlacedCeased),
    ];
}
