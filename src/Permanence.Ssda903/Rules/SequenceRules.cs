using Permanence.Ssda903.Reading;

namespace Permanence.Ssda903.Rules;

/// <summary>Rules on placement changes, periods of care and what last year's return said.</summary>
internal static class SequenceRules
{

    private static Episode? LastYearsOpenEpisode(ChildRecord c, ValidationContext ctx) =>
        c.LastYear?.Episodes is { Count: > 0 } last && last[^1].Row.Dec.Length == 0 ? last[^1] : null;

    private static Episode? FirstThisYear(ChildRecord c, ValidationContext ctx) =>
        c.Episodes.Find(e => e.Decom is not null && (e.Dec is null || e.Dec >= ctx.CollectionStart));

    /// <summary>503A/C/E/F: the first episode this year carries on last year's open episode.</summary>
    private static Rule SameAsLastYear(string code, Func<EpisodeRow, string> field) =>
        Rule.PerChild(code, (c, ctx, errors) =>
        {
            if (LastYearsOpenEpisode(c, ctx) is { } open && FirstThisYear(c, ctx) is { } first && field(first.Row) != field(open.Row))
            {
                errors.Add(first);
            }
        }, needsPreviousReturn: true);

    private static Rule HeaderAsLastYear(string code, Func<HeaderRow, string> field, bool bothFilled = false) =>
        Rule.PerChild(code, (c, ctx, errors) =>
        {
            if (c.Header is { } now && c.LastYear?.Header is { } last && field(now) != field(last)
                && (!bothFilled || (field(now).Length > 0 && field(last).Length > 0)))
            {
                errors.Add(now);
            }
        }, needsPreviousReturn: true);

    public static IEnumerable<Rule> All =>
    [
        Rule.PerEpisode("1009", (e, _, _) =>
            e.Row.ReasonPlaceChange.Length > 0
            && e.Row.ReasonPlaceChange is not ("CARPL" or "CLOSE" or "ALLEG" or "STAND" or "APPRR" or "CREQB" or "CREQO" or "CHILD" or "LAREQ" or "PLACE" or "CUSTOD" or "OTHER")),
        // 178: the DfE's check reads "if provided, PLACE_PROVIDER must be valid and should not be
        // provided for" temporary and other placements; 213 overlaps it for those placements.
        Rule.PerEpisode("178", (e, _, ctx) => e.Row.PlaceProvider.Length > 0
            && (!Codes.PlacementProvider.Contains(e.Row.PlaceProvider) || ctx.Ruleset.PlacementsWithoutProvider.Contains(e.Row.Place))),
        Rule.PerEpisode("213", (e, _, ctx) => (Codes.Temporary.Contains(e.Row.Place) || ctx.Ruleset.YearEnding >= 2026 && ctx.Ruleset.OtherPlacements.Contains(e.Row.Place)) && e.Row.PlaceProvider.Length > 0),
        Rule.PerEpisode("233", (e, _, _) => e.Row.Dec.Length == 0 && e.Row.ReasonPlaceChange.Length > 0),
        Rule.PerEpisode("234", (e, c, _) => e.Row.ReasonPlaceChange == "CUSTOD" && e.Dec is { } end && c.AgeOn(end) < 10),

        // 225: an episode that ended because the placement changed says why.
        Rule.PerEpisode("225", (e, c, _) =>
            e.Row.Rec == "X1" && e.Row.ReasonPlaceChange.Length == 0 && !Codes.Temporary.Contains(e.Row.Place)
            && c.Next(e) is { } next && next.Row.Rne is "P" or "B" or "T" or "U" && !Codes.Temporary.Contains(next.Row.Place)),

        // 504: the category of need is fixed at the start of a period of care.
        Rule.PerEpisode("504", (e, c, _) =>
        {
            var start = e;
            while (c.Previous(start) is { } before && before.Row.Rec == "X1" && start.Row.Rne != "S")
            {
                start = before;
            }
            return start != e && e.Row.Cin != start.Row.Cin;
        }),

        // 366: a single short break (V3) is one placement.
        Rule.PerEpisode("366", (e, c, _) => e.Row.Ls == "V3" && e.Row.Rne is "P" or "B" or "T" or "U" && c.Previous(e)?.Row.Ls == "V3"),

        Rule.PerChild("302", (c, _, errors) =>
        {
            if (c.Episodes.Count > 0 && c.Episodes[0].Decom < c.DateOfBirth)
            {
                errors.Add(c.Episodes[0]);
            }
        }),
        Rule.PerEpisode("352", (e, c, _) => e.Row.Rne == "S" && e.Decom is { } start && c.AgeOn(start) >= 18),

        Rule.PerChild("EPI", (c, _, errors) =>
        {
            if (c.Header is { } h && c.Episodes.Count == 0 && c.Oc3.Count == 0)
            {
                errors.Add(h);
            }
        }),
        Rule.PerChild("INT03", (c, _, errors) =>
        {
            if (c.Header is null)
            {
                c.Episodes.ForEach(errors.Add);
            }
        }),

        // Last year's return
        Rule.PerChild("502", (c, ctx, errors) =>
        {
            if (LastYearsOpenEpisode(c, ctx) is { } open && FirstThisYear(c, ctx) is { } first && first.Decom != open.Decom)
            {
                errors.Add(first);
            }
        }, needsPreviousReturn: true),
        SameAsLastYear("503A", e => e.Rne),
        SameAsLastYear("503C", e => e.Cin),
        SameAsLastYear("503E", e => e.PlaceProvider),
        SameAsLastYear("503F", e => e.Urn),
        Rule.PerChild("NoE", (c, ctx, errors) =>
        {
            if (c.Episodes.Count > 0 && c.Episodes[0].Decom < ctx.CollectionStart && (c.LastYear?.Episodes.Count ?? 0) == 0)
            {
                errors.Add(c.Episodes[0]);
            }
        }, needsPreviousReturn: true),
        Rule.PerChild("562", (c, ctx, errors) =>
        {
            if (c.LastYear is not { } last)
            {
                return;
            }
            foreach (var e in c.Episodes)
            {
                if (e.Decom < ctx.CollectionStart && !last.Episodes.Exists(l => l.Decom == e.Decom))
                {
                    errors.Add(e);
                }
            }
        }, needsPreviousReturn: true),
        // 199: a child adopted from care last year should not be looked after again under the same identifier.
        Rule.PerChild("199", (c, ctx, errors) =>
        {
            if (c.Episodes.Count > 0 && c.LastYear?.Episodes.Exists(static e => Codes.Adopted.Contains(e.Row.Rec)) == true)
            {
                errors.Add(c.Episodes[0]);
            }
        }, needsPreviousReturn: true),
        HeaderAsLastYear("202", h => h.Sex),
        HeaderAsLastYear("203", h => h.Dob),
        HeaderAsLastYear("204", h => h.Ethnic),
        HeaderAsLastYear("208", h => h.Upn is "UN1" or "UN2" or "UN3" or "UN4" or "UN5" ? "" : h.Upn, bothFilled: true),
        HeaderAsLastYear("624", h => h.McDob, bothFilled: true),

        // 357: a child's first ever episode starts a period of care.
        Rule.PerChild("357", (c, ctx, errors) =>
        {
            if (c.Episodes.Count > 0 && c.Episodes[0] is { Decom: { } start } first && start >= ctx.CollectionStart
                && first.Row.Rne != "S" && (c.LastYear?.Episodes.Count ?? 0) == 0)
            {
                errors.Add(first);
            }
        }, needsPreviousReturn: true),

        // 218: registered placements (homes, schools, secure units...) carry their Ofsted URN.
        Rule.PerEpisode("218", (e, _, ctx) =>
            e.Row.Urn.Length == 0 && e.Row.Place.Length > 0 && (e.Dec is null || e.Dec >= ctx.CollectionStart)
            && e.Row.Place is not ("P1" or "P3" or "R1" or "R2" or "R5") && !Codes.Temporary.Contains(e.Row.Place) && !ctx.Ruleset.OtherPlacements.Contains(e.Row.Place)),

        // 207: once recorded as a mother, always a mother.
        Rule.PerChild("207", (c, ctx, errors) =>
        {
            if (c.Header is { } now && c.Episodes.Count > 0 && c.LastYear?.Header is { Mother: "1" } && now.Mother != "1")
            {
                errors.Add(now);
            }
        }, needsPreviousReturn: true),

        // 626: a mother whose first child was born before this year was a mother last year too.
        Rule.PerChild("626", (c, ctx, errors) =>
        {
            if (c.Header is { Mother: "1" } now && Ssda903Date.Parse(now.McDob) < ctx.CollectionStart
                && c.LastYear?.Header is { Mother: "0" })
            {
                errors.Add(now);
            }
        }, needsPreviousReturn: true),

        // 625: the first child's birth is reported only up to the end of the year or of care.
        Rule.PerChild("625", (c, ctx, errors) =>
        {
            if (c.Header is not { } h || Ssda903Date.Parse(h.McDob) is not { } born)
            {
                return;
            }
            var left = c.Episodes.Count > 0 ? c.Episodes[^1].Dec : null;
            if (born > ctx.CollectionEnd || born > left)
            {
                errors.Add(h);
            }
        }),

        // 575: when the placement a child went missing from ends, so does the missing period.
        Rule.PerChild("575", ChildrenWith.Missing, (c, _, errors) =>
        {
            foreach (var m in c.Missing.Where(m => m.MisEnd.Length == 0 && Ssda903Date.Parse(m.MisStart) is not null))
            {
                var start = Ssda903Date.Parse(m.MisStart);
                if (c.Episodes.Exists(e => e.Dec is { } end && e.Decom <= start && start <= end))
                {
                    errors.Add(Ssda903Table.Missing, m);
                }
            }
        }),

        // 576: a missing period open at the end of last year is carried into this year's return.
        Rule.PerChild("576", (c, ctx, errors) =>
        {
            var last = c.LastYear;
            if (last is null)
            {
                return;
            }
            foreach (var open in last.Missing.Where(m => m.MisStart.Length > 0 && m.MisEnd.Length == 0))
            {
                if (!c.Missing.Exists(m => m.MisStart == open.MisStart) && c.Header is { } h)
                {
                    errors.Add(h);
                }
            }
        }, needsPreviousReturn: true),

        // 1011: a child transferred to another LA (E3 at the end) is that LA's care leaver.
        Rule.PerChild("1011", ChildrenWith.Oc3, (c, _, errors) =>
        {
            if (c.Episodes.Count > 0 && c.Episodes[^1].Row.Rec == "E3")
            {
                foreach (var o in c.Oc3.Where(o => o.InTouch.Length + o.Activ.Length + o.Accom.Length > 0))
                {
                    errors.Add(Ssda903Table.Oc3, o);
                }
            }
        }),

        // SWEpisodes against the year
        Rule.PerChild("SW06STG2", ChildrenWith.SocialWorkerEpisodes, (c, ctx, errors) =>
        {
            foreach (var w in c.SocialWorkerEpisodes.Where(w => Ssda903Date.Parse(w.SwDecom) > ctx.CollectionEnd))
            {
                errors.Add(Ssda903Table.SWEpisodes, w);
            }
        }),
        Rule.PerChild("SW07STG2", ChildrenWith.SocialWorkerEpisodes, (c, ctx, errors) =>
        {
            // The social worker period reaches back a year before the collection year.
            var from = ctx.CollectionStart.AddYears(-1);
            foreach (var w in c.SocialWorkerEpisodes.Where(w => Ssda903Date.Parse(w.SwDec) is { } end && (end < from || end > ctx.CollectionEnd)))
            {
                errors.Add(Ssda903Table.SWEpisodes, w);
            }
        }),
        Rule.PerChild("SW17STG2", ChildrenWith.SocialWorkerEpisodes, (c, ctx, errors) =>
        {
            if (c.Episodes.Count > 0 && c.Episodes[^1].Row.Dec.Length == 0 && c.SocialWorkerEpisodes[^1].SwDec.Length > 0)
            {
                errors.Add(Ssda903Table.SWEpisodes, c.SocialWorkerEpisodes[^1]);
            }
        }),
    ];
}
