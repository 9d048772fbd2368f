namespace Permanence.Ssda903.Reading;

/// <summary>Every row of a table as its column values, in the table's column order (the one mapping from row records back to columns).</summary>
internal static class TableRows
{
    public static IEnumerable<(int RowNumber, string[] Values)> Values(Ssda903Return r, Ssda903Table table) => table switch
    {
        Ssda903Table.Header => r.Header.Select(h => (h.RowNumber, new[] { h.Child, h.Sex, h.Dob, h.Ethnic, h.Upn, h.Mother, h.McDob })),
        Ssda903Table.Episodes => r.Episodes.Select(e => (e.RowNumber, new[] { e.Child, e.Decom, e.Rne, e.Ls, e.Cin, e.Place, e.PlaceProvider, e.Dec, e.Rec, e.ReasonPlaceChange, e.HomePost, e.PlPost, e.Urn })),
        Ssda903Table.Reviews => r.Reviews.Select(v => (v.RowNumber, new[] { v.Child, v.Dob, v.Review, v.ReviewCode })),
        Ssda903Table.Uasc => r.Uasc.Select(u => (u.RowNumber, new[] { u.Child, u.Sex, u.Dob, u.Duc })),
        Ssda903Table.Oc2 => r.Oc2.Select(o => (o.RowNumber, new[] { o.Child, o.Dob, o.SdqScore, o.SdqReason, o.Convicted, o.HealthCheck, o.Immunisations, o.TeethCheck, o.HealthAssessment, o.SubstanceMisuse, o.InterventionReceived, o.InterventionOffered })),
        Ssda903Table.Oc3 => r.Oc3.Select(o => (o.RowNumber, new[] { o.Child, o.Dob, o.InTouch, o.Activ, o.Accom })),
        Ssda903Table.Ad1 => r.Ad1.Select(a => (a.RowNumber, new[] { a.Child, a.Dob, a.DateInt, a.DateMatch, a.FosterCare, a.NbAdoptr, a.SexAdoptr, a.LsAdoptr })),
        Ssda903Table.PlacedAdoption => r.PlacedAdoption.Select(p => (p.RowNumber, new[] { p.Child, p.Dob, p.DatePlaced, p.DatePlacedCeased, p.ReasonPlacedCeased })),
        Ssda903Table.PrevPerm => r.PrevPerm.Select(p => (p.RowNumber, new[] { p.Child, p.Dob, p.PrevPerm, p.LaPerm, p.DatePerm })),
        Ssda903Table.Missing => r.Missing.Select(m => (m.RowNumber, new[] { m.Child, m.Dob, m.Missing, m.MisStart, m.MisEnd })),
        Ssda903Table.SWEpisodes => r.SWEpisodes.Select(s => (s.RowNumber, new[] { s.Child, s.Dob, s.SwId, s.SwDecom, s.SwDec, s.SwReason })),
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };
}
