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
            var schema = TableSchema.For(table);
            using var writer = new StreamWriter(Path.Combine(folder, $"{FileName(table)}.csv"), append: false, new UTF8Encoding(false), 1 << 16);
            writer.Write(string.Join(',', schema.Columns));
            writer.Write('\n');
            foreach (var values in Rows(r, table))
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
    }

    private static string FileName(Ssda903Table table) => table switch
    {
        Ssda903Table.Ad1 => "ad1",
        Ssda903Table.PlacedAdoption => "placed_for_adoption",
        Ssda903Table.SWEpisodes => "social_worker_episodes",
        _ => table.ToString().ToLowerInvariant(),
    };

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static IEnumerable<string[]> Rows(Ssda903Return r, Ssda903Table table) => table switch
    {
        Ssda903Table.Header => r.Header.Select(h => new[] { h.Child, h.Sex, h.Dob, h.Ethnic, h.Upn, h.Mother, h.McDob }),
        Ssda903Table.Episodes => r.Episodes.Select(e => new[] { e.Child, e.Decom, e.Rne, e.Ls, e.Cin, e.Place, e.PlaceProvider, e.Dec, e.Rec, e.ReasonPlaceChange, e.HomePost, e.PlPost, e.Urn }),
        Ssda903Table.Reviews => r.Reviews.Select(v => new[] { v.Child, v.Dob, v.Review, v.ReviewCode }),
        Ssda903Table.Uasc => r.Uasc.Select(u => new[] { u.Child, u.Sex, u.Dob, u.Duc }),
        Ssda903Table.Oc2 => r.Oc2.Select(o => new[] { o.Child, o.Dob, o.SdqScore, o.SdqReason, o.Convicted, o.HealthCheck, o.Immunisations, o.TeethCheck, o.HealthAssessment, o.SubstanceMisuse, o.InterventionReceived, o.InterventionOffered }),
        Ssda903Table.Oc3 => r.Oc3.Select(o => new[] { o.Child, o.Dob, o.InTouch, o.Activ, o.Accom }),
        Ssda903Table.Ad1 => r.Ad1.Select(a => new[] { a.Child, a.Dob, a.DateInt, a.DateMatch, a.FosterCare, a.NbAdoptr, a.SexAdoptr, a.LsAdoptr }),
        Ssda903Table.PlacedAdoption => r.PlacedAdoption.Select(p => new[] { p.Child, p.Dob, p.DatePlaced, p.DatePlacedCeased, p.ReasonPlacedCeased }),
        Ssda903Table.PrevPerm => r.PrevPerm.Select(p => new[] { p.Child, p.Dob, p.PrevPerm, p.LaPerm, p.DatePerm }),
        Ssda903Table.Missing => r.Missing.Select(m => new[] { m.Child, m.Dob, m.Missing, m.MisStart, m.MisEnd }),
        Ssda903Table.SWEpisodes => r.SWEpisodes.Select(s => new[] { s.Child, s.Dob, s.SwId, s.SwDecom, s.SwDec, s.SwReason }),
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };
}
