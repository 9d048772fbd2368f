using Permanence.Ssda903.Reading;

namespace Permanence.Ssda903.Rules;

/// <summary>
/// Rules on PlacedAdoption: the LA's decisions that a child should be placed for adoption
/// (SHOBPA) and their reversals.
/// </summary>
internal static class PlacedAdoptionRules
{
    private static DateOnly? Placed(PlacedAdoptionRow r) => Ssda903Date.Parse(r.DatePlaced);

    private static DateOnly? Ceased(PlacedAdoptionRow r) => Ssda903Date.Parse(r.DatePlacedCeased);

    private static Rule Row(string code, Func<PlacedAdoptionRow, ValidationContext, bool> fails) =>
        Rule.PerRow(code, Ssda903Table.PlacedAdoption, r => r.PlacedAdoption, fails);

    /// <summary>Each decision row of the child that has a row in the previous return, with that row.</summary>
    private static IEnumerable<(PlacedAdoptionRow Now, PlacedAdoptionRow Last)> WithLastYear(ChildRecord c, ValidationContext ctx) =>
        c.LastYear is { } last
            ? c.PlacedAdoption.SelectMany(now => last.PlacedAdoption.Select(l => (now, l)))
            : [];

    public static IEnumerable<Rule> All =>
    [
        Row("119", (r, _) => (r.DatePlacedCeased.Length == 0) != (r.ReasonPlacedCeased.Length == 0)),
        Row("522", (r, _) => Placed(r) is { } p && Ceased(r) is { } c && p > c),
        Row("563", (r, _) => r.DatePlaced.Length == 0 && (r.DatePlacedCeased.Length > 0 || r.ReasonPlacedCeased.Length > 0)),

        Rule.PerChild("184", ChildrenWith.PlacedAdoption, (c, _, errors) =>
        {
            foreach (var p in c.PlacedAdoption.Where(p => c.DateOfBirth is { } dob && Placed(p) < dob))
            {
                errors.Add(p);
            }
        }),

        // 1003: the decision cannot come before the child first started to be looked after.
        Rule.PerChild("1003", ChildrenWith.PlacedAdoption, (c, _, errors) =>
        {
            var first = c.Episodes.FirstOrDefault(e => e.Row.Rne == "S" && e.Decom is not null);
            foreach (var p in c.PlacedAdoption.Where(p => first is not null && Placed(p) < first.Decom))
            {
                errors.Add(p);
                errors.Add(first!);
            }
        }),

        // 117: decisions cannot be after the year or after the child left care.
        Rule.PerChild("117", ChildrenWith.PlacedAdoption, (c, ctx, errors) =>
        {
            var last = c.Episodes.LastOrDefault(e => e.Row.Rec != "X1" && e.Decom is not null);
            foreach (var p in c.PlacedAdoption)
            {
                var placed = Placed(p);
                var ceased = Ceased(p);
                var leftCare = last?.Dec;
                if (placed > ctx.CollectionEnd || ceased > ctx.CollectionEnd || (leftCare is { } left && (placed > left || ceased > left)))
                {
                    errors.Add(p);
                    if (last is not null)
                    {
                        errors.Add(last);
                    }
                }
            }
        }),

        // 118: a reversal cannot be before the year or before the child started to be looked after.
        Rule.PerChild("118", ChildrenWith.PlacedAdoption, (c, ctx, errors) =>
        {
            var first = c.Episodes.FirstOrDefault(e => !Codes.Respite.Contains(e.Row.Ls) && e.Decom is not null);
            foreach (var p in c.PlacedAdoption)
            {
                if (Ceased(p) is { } ceased && (ceased < ctx.CollectionStart || (first is not null && ceased < first.Decom)))
                {
                    errors.Add(p);
                }
            }
        }),

        // 523: AD1's "should be placed" date is the same decision as the one in PlacedAdoption.
        Rule.PerChild("523", ChildrenWith.Ad1, (c, _, errors) =>
        {
            var open = c.PlacedAdoption.LastOrDefault(p => p.DatePlaced.Length > 0 && p.DatePlacedCeased.Length == 0);
            foreach (var a in c.Ad1.Where(a => open is not null && a.DateInt.Length > 0 && a.DateInt != open.DatePlaced))
            {
                errors.Add(open!);
                errors.Add(a);
            }
        }),

        // 525: a reversed decision and an adoption in the same year.
        Rule.PerChild("525", ChildrenWith.Ad1, (c, _, errors) =>
        {
            // Only when every decision was reversed: with no decision rows at all, 551/553 say so.
            if (c.Ad1.Count == 0 || c.PlacedAdoption.Count == 0 || c.PlacedAdoption.Exists(static p => p.DatePlacedCeased.Length == 0))
            {
                return;
            }
            foreach (var p in c.PlacedAdoption.Where(p => p.DatePlacedCeased.Length > 0))
            {
                errors.Add(p);
            }
            c.Ad1.ForEach(errors.Add);
        }),

        // 551: placed for adoption without a decision that the child should be.
        Rule.PerChild("551", (c, _, errors) =>
        {
            if (c.PlacedAdoption.Exists(static p => p.DatePlaced.Length > 0) || !c.Episodes.Exists(static e => Codes.PlacedForAdoption.Contains(e.Row.Place)))
            {
                return;
            }
            foreach (var e in c.Episodes.Where(e => Codes.PlacedForAdoption.Contains(e.Row.Place)))
            {
                errors.Add(e);
            }
        }),

        // 552: the latest decision must come before the first placement for adoption.
        Rule.PerChild("552", ChildrenWith.PlacedAdoption, (c, _, errors) =>
        {
            var decision = c.PlacedAdoption.Where(p => Placed(p) is not null).MaxBy(p => Placed(p));
            var placement = c.Episodes.FirstOrDefault(e => Codes.PlacedForAdoption.Contains(e.Row.Place) && e.Decom is not null);
            if (decision is not null && placement is not null && placement.Decom < Placed(decision))
            {
                errors.Add(decision);
                errors.Add(placement);
            }
        }),

        // 553: a placement order (E1) without a decision, or an open order with a reversed decision.
        Rule.PerChild("553", (c, _, errors) =>
        {
            if (!c.Episodes.Exists(static e => e.Row.Ls == "E1"))
            {
                return;
            }
            foreach (var e in c.Episodes.Where(e => e.Row.Ls == "E1"))
            {
                if (c.PlacedAdoption.Count == 0)
                {
                    errors.Add(e);
                }
                else if (e.Row.Dec.Length == 0)
                {
                    foreach (var p in c.PlacedAdoption.Where(p => p.DatePlacedCeased.Length > 0 || p.ReasonPlacedCeased.Length > 0))
                    {
                        errors.Add(p);
                    }
                }
            }
        }),

        // 554: the decision comes before the court's placement order.
        Rule.PerChild("554", ChildrenWith.PlacedAdoption, (c, _, errors) =>
        {
            var order = c.Episodes.FirstOrDefault(e => e.Row.Ls == "E1" && e.Decom is not null);
            foreach (var p in c.PlacedAdoption.Where(p => order is not null && Placed(p) > order.Decom))
            {
                errors.Add(p);
                errors.Add(order!);
            }
        }),

        // 557: left care other than by adoption while placed or under a placement order, and the
        // decision was not reversed.
        Rule.PerChild("557", (c, _, errors) =>
        {
            if (!c.Episodes.Exists(static e => Codes.PlacedForAdoption.Contains(e.Row.Place) || e.Row.Ls == "E1"))
            {
                return;
            }
            foreach (var e in c.Episodes.Where(e =>
                (Codes.PlacedForAdoption.Contains(e.Row.Place) || e.Row.Ls == "E1")
                && e.Row.Rec.Length > 0 && e.Row.Rec != "X1" && !Codes.Adopted.Contains(e.Row.Rec)))
            {
                var incomplete = c.PlacedAdoption.Where(p => p.DatePlacedCeased.Length == 0 || p.ReasonPlacedCeased.Length == 0).ToList();
                if (c.PlacedAdoption.Count == 0 || incomplete.Count > 0)
                {
                    errors.Add(e);
                    incomplete.ForEach(errors.Add);
                }
            }
        }),

        // 558: an adopted child's decision was not reversed.
        Rule.PerChild("558", ChildrenWith.PlacedAdoption, (c, _, errors) =>
        {
            if (!c.Episodes.Any(e => Codes.Adopted.Contains(e.Row.Rec)))
            {
                return;
            }
            var latest = c.PlacedAdoption.LastOrDefault();
            if (latest is not null && latest.DatePlacedCeased.Length > 0)
            {
                errors.Add(latest);
            }
        }),

        // 579: decisions must not overlap: a new one starts only after the previous one ceased.
        Rule.PerChild("579", ChildrenWith.PlacedAdoption, (c, _, errors) =>
        {
            for (var i = 1; i < c.PlacedAdoption.Count; i++)
            {
                var before = c.PlacedAdoption[i - 1];
                var now = c.PlacedAdoption[i];
                if (Placed(now) is { } placed && (Ceased(before) is not { } ceased || placed < ceased))
                {
                    errors.Add(now);
                }
            }
        }),

        // 583: more than one decision reported, an earlier one never revoked.
        Rule.PerChild("583", ChildrenWith.PlacedAdoption, (c, _, errors) =>
        {
            for (var i = 0; i < c.PlacedAdoption.Count - 1; i++)
            {
                if (c.PlacedAdoption[i].DatePlacedCeased.Length == 0)
                {
                    errors.Add(c.PlacedAdoption[i]);
                }
            }
        }),

        // 559: a decision dated before this year must have been in last year's return.
        Rule.PerChild("559", ChildrenWith.PlacedAdoption, (c, ctx, errors) =>
        {
            var last = c.LastYear;
            foreach (var p in c.PlacedAdoption.Where(p => Placed(p) < ctx.CollectionStart))
            {
                if (last is null || !last.PlacedAdoption.Any(l => l.DatePlaced.Length > 0))
                {
                    errors.Add(p);
                }
            }
        }, needsPreviousReturn: true),

        // 560: an open decision last year cannot change its date this year.
        Rule.PerChild("560", ChildrenWith.PlacedAdoption, (c, ctx, errors) =>
        {
            foreach (var (now, last) in WithLastYear(c, ctx))
            {
                if (last.DatePlaced.Length > 0 && last.DatePlacedCeased.Length == 0 && now.DatePlaced != last.DatePlaced
                    && !c.PlacedAdoption.Any(p => p.DatePlaced == last.DatePlaced))
                {
                    errors.Add(now);
                }
            }
        }, needsPreviousReturn: true),

        // 561: a decision reversed last year cannot reappear with the same date.
        Rule.PerChild("561", ChildrenWith.PlacedAdoption, (c, ctx, errors) =>
        {
            foreach (var (now, last) in WithLastYear(c, ctx))
            {
                if (now.DatePlaced.Length > 0 && now.DatePlaced == last.DatePlaced
                    && (last.DatePlacedCeased.Length > 0 || last.ReasonPlacedCeased.Length > 0) && now.DatePlacedCeased.Length == 0)
                {
                    errors.Add(now);
                }
            }
        }, needsPreviousReturn: true),

        // 584: after last year's reversal, a new decision must be dated after the old one.
        Rule.PerChild("584", ChildrenWith.PlacedAdoption, (c, ctx, errors) =>
        {
            foreach (var (now, last) in WithLastYear(c, ctx))
            {
                if ((last.DatePlacedCeased.Length > 0 || last.ReasonPlacedCeased.Length > 0)
                    && Placed(now) is { } p && Placed(last) is { } l && p < l)
                {
                    errors.Add(now);
                }
            }
        }, needsPreviousReturn: true),

        Rule.PerChild("INT02", ChildrenWith.PlacedAdoption, (c, _, errors) =>
        {
            if (c.Header is null)
            {
                c.PlacedAdoption.ForEach(errors.Add);
            }
        }),
        Rule.PerChild("INT12", ChildrenWith.PlacedAdoption, (c, _, errors) =>
        {
            foreach (var p in c.PlacedAdoption.Where(p => c.Header is { } h && p.Dob != h.Dob))
            {
                errors.Add(p);
            }
        }),
    ];
}
