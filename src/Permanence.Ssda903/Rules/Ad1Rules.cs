using Permanence.Ssda903.Reading;

namespace Permanence.Ssda903.Rules;

/// <summary>Rules on AD1, the adoption details of children adopted in the year.</summary>
internal static class Ad1Rules
{
    private static string[] AdoptionFields(Ad1Row r) => [r.DateInt, r.DateMatch, r.FosterCare, r.NbAdoptr, r.SexAdoptr, r.LsAdoptr];

    private static bool AnyAdoptionField(Ad1Row r) => AdoptionFields(r).Any(f => f.Length > 0);

    private static Rule Ad1(string code, Func<Ad1Row, bool> fails) =>
        Rule.PerRow(code, Ssda903Table.Ad1, r => r.Ad1, (row, _) => fails(row));

    public static IEnumerable<Rule> All =>
    [
        Ad1("151", r => AdoptionFields(r).Any(f => f.Length == 0) && AnyAdoptionField(r)),
        Ad1("333", r => Ssda903Date.Parse(r.DateInt) is { } i && Ssda903Date.Parse(r.DateMatch) is { } m && i > m),
        Ad1("511", r => r.NbAdoptr == "2" && !Codes.Couple.Contains(r.SexAdoptr)),
        Ad1("514", r => r.LsAdoptr == "L0" && r.SexAdoptr is not ("M1" or "F1")),
        Ad1("517", r => r.LsAdoptr == "L3" && r.SexAdoptr != "MF"),
        Ad1("518", r => r.LsAdoptr == "L4" && !Codes.SameSexCouple.Contains(r.SexAdoptr)),
        Ad1("519", r => r.LsAdoptr == "L2" && !Codes.Couple.Contains(r.SexAdoptr)),
        Ad1("520", r => r.LsAdoptr == "L11" && r.SexAdoptr != "MF"),
        Ad1("524", r => r.LsAdoptr == "L12" && !Codes.SameSexCouple.Contains(r.SexAdoptr)),

        // 331: the match must come before (or on) the start of the placement that ended in adoption.
        Rule.PerChild("331", ChildrenWith.Ad1, (c, _, errors) =>
        {
            foreach (var a in c.Ad1)
            {
                if (Ssda903Date.Parse(a.DateMatch) is not { } match)
                {
                    continue;
                }
                foreach (var e in c.Episodes.Where(e => Codes.Adopted.Contains(e.Row.Rec) && e.Decom < match))
                {
                    errors.Add(a);
                    errors.Add(e);
                }
            }
        }),

        // 334: the decision that the child should be placed must be in the latest period of care.
        Rule.PerChild("334", ChildrenWith.Ad1, (c, _, errors) =>
        {
            var start = c.Episodes.LastOrDefault(e => e.Row.Rne == "S" && e.Decom is not null);
            foreach (var a in c.Ad1)
            {
                if (start is not null && Ssda903Date.Parse(a.DateInt) is { } decided && decided < start.Decom)
                {
                    errors.Add(a);
                    errors.Add(start);
                }
            }
        }),

        // 335: adopted by current foster carers (1) goes with A3/A5, by new adopters (0) with A4/A6.
        Rule.PerChild("335", ChildrenWith.Ad1, (c, _, errors) =>
        {
            foreach (var a in c.Ad1)
            {
                foreach (var e in c.Episodes.Where(e => e.Row.Rec is "E1" or "E11" or "E12"))
                {
                    var mismatch = (a.FosterCare == "0" && e.Row.Place is "A2" or "A3" or "A5")
                        || (a.FosterCare == "1" && e.Row.Place is "A1" or "A4" or "A6");
                    if (mismatch)
                    {
                        errors.Add(a);
                        errors.Add(e);
                    }
                }
            }
        }),

        // 521: the "should be placed" decision comes before any placement for adoption.
        Rule.PerChild("521", ChildrenWith.Ad1, (c, _, errors) =>
        {
            foreach (var a in c.Ad1)
            {
                if (Ssda903Date.Parse(a.DateInt) is not { } decided)
                {
                    continue;
                }
                foreach (var e in c.Episodes.Where(e => Codes.PlacedForAdoption.Contains(e.Row.Place) && e.Decom < decided))
                {
                    errors.Add(a);
                    errors.Add(e);
                }
            }
        }),

        // 582: adopted on the day of the match: possible, but almost always a data entry mistake.
        Rule.PerChild("582", ChildrenWith.Ad1, (c, _, errors) =>
        {
            foreach (var a in c.Ad1)
            {
                foreach (var e in c.Episodes.Where(e => Codes.Adopted.Contains(e.Row.Rec) && e.Row.Dec.Length > 0 && e.Row.Dec == a.DateMatch))
                {
                    errors.Add(a);
                    errors.Add(e);
                }
            }
        }),

        // 601: a child adopted in the year needs every AD1 field.
        Rule.PerChild("601", ChildrenWith.Ad1, (c, ctx, errors) =>
        {
            foreach (var e in c.Episodes.Where(e => AdoptedInYear(e, ctx)))
            {
                foreach (var a in c.Ad1.Where(a => AdoptionFields(a).Any(f => f.Length == 0)))
                {
                    errors.Add(a);
                    errors.Add(e);
                }
            }
        }),

        // 602: AD1 filled in for a child whose episodes show no adoption in the year.
        Rule.PerChild("602", ChildrenWith.Ad1, (c, ctx, errors) =>
        {
            if (c.Ad1.Count > 0 && !c.Episodes.Any(e => AdoptedInYear(e, ctx)))
            {
                foreach (var a in c.Ad1.Where(AnyAdoptionField))
                {
                    errors.Add(a);
                }
            }
        }),

        // 134: care leavers (OC3) are not adopted children.
        Rule.PerChild("134", ChildrenWith.Oc3, (c, _, errors) =>
        {
            if (c.Oc3.Count > 0)
            {
                foreach (var a in c.Ad1.Where(AnyAdoptionField))
                {
                    errors.Add(a);
                }
                foreach (var o in c.Oc3.Where(o => o.InTouch.Length + o.Activ.Length + o.Accom.Length > 0 && c.Ad1.Any(AnyAdoptionField)))
                {
                    errors.Add(Ssda903Table.Oc3, o);
                }
            }
        }),

        // 187: a child looked after for 12 months at 31 March is in the OC2 cohort, so cannot have
        // been adopted or have left care in the year.
        Rule.PerChild("187", (c, ctx, errors) =>
        {
            if ((c.Ad1.Count == 0 && c.Oc3.Count == 0) || !ContinuouslyLookedAfterForTheYear(c, ctx))
            {
                return;
            }
            foreach (var a in c.Ad1.Where(AnyAdoptionField))
            {
                errors.Add(a);
            }
            foreach (var o in c.Oc3.Where(o => o.InTouch.Length + o.Activ.Length + o.Accom.Length > 0))
            {
                errors.Add(Ssda903Table.Oc3, o);
            }
        }),

        Rule.PerChild("INT01", ChildrenWith.Ad1, (c, _, errors) =>
        {
            if (c.Header is null)
            {
                c.Ad1.ForEach(errors.Add);
            }
        }),
        Rule.PerChild("INT11", ChildrenWith.Ad1, (c, _, errors) =>
        {
            foreach (var a in c.Ad1.Where(a => c.Header is { } h && a.Dob != h.Dob))
            {
                errors.Add(a);
            }
        }),
        Rule.PerChild("INT31", ChildrenWith.Ad1, (c, _, errors) =>
        {
            if (c.Ad1.Count > 1)
            {
                c.Ad1.ForEach(errors.Add);
            }
        }),
    ];

    internal static bool AdoptedInYear(Episode e, ValidationContext ctx) =>
        Codes.Adopted.Contains(e.Row.Rec) && e.Dec is { } dec && dec >= ctx.CollectionStart && dec <= ctx.CollectionEnd;

    /// <summary>
    /// Looked after throughout the year: one unbroken run of episodes that started on or before
    /// 1 April and was still open on 31 March (respite V3/V4 is not being looked after "continuously").
    /// An episode ending on 31 March itself still counts: the DfE's validation definition only
    /// breaks continuity for care that ends before the last day of the year.
    /// </summary>
    internal static bool ContinuouslyLookedAfterForTheYear(ChildRecord c, ValidationContext ctx)
    {
        if (c.Episodes.Count == 0 || c.Episodes[^1].Dec is { } end && end < ctx.CollectionEnd)
        {
            return false;
        }
        // Walk back from the open episode while each episode starts the day the previous one ended.
        var i = c.Episodes.Count - 1;
        while (i > 0 && c.Episodes[i - 1].Dec is { } dec && dec == c.Episodes[i].Decom)
        {
            i--;
        }
        return c.Episodes[i].Decom is { } start && start <= ctx.CollectionStart
            && c.Episodes.Skip(i).All(e => !Codes.Respite.Contains(e.Row.Ls));
    }
}
