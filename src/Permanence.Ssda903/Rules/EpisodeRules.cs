using Permanence.Ssda903.Reading;

namespace Permanence.Ssda903.Rules;

/// <summary>Rules on Episodes: legal status (LS), placement (PLACE) and reason ceased (REC).</summary>
internal static class EpisodeRules
{
    /// <summary>Placements for adoption with current foster carers need S, T or U from this date (2005 guidance: 1 April 2015 in the validator's year set).</summary>
    private static readonly DateOnly A3A5NewEpisodeFrom = new(2015, 4, 1);

    /// <summary>E1 (placement order) exists from the Adoption and Children Act 2002's commencement, 30 December 2005.</summary>
    private static readonly DateOnly PlacementOrdersFrom = new(2005, 12, 30);

    private static bool PlacementChanged(Episode now, Episode before) =>
        now.Row.Place != before.Row.Place || now.Row.PlPost != before.Row.PlPost || now.Row.Urn != before.Row.Urn
        || now.Row.PlaceProvider != before.Row.PlaceProvider;

    /// <summary>The episode's end, or the end of the year while it is open.</summary>
    private static DateOnly EndOrYearEnd(Episode e, ValidationContext ctx) => e.Dec ?? ctx.CollectionEnd;

    private static int Days(Episode e, ValidationContext ctx) => e.Decom is { } start ? EndOrYearEnd(e, ctx).DayNumber - start.DayNumber : 0;

    /// <summary>
    /// Days spent continuously under one condition: consecutive episodes that match and follow
    /// one another without a gap count as one spell (a placement change does not reset the clock).
    /// </summary>
    private static Rule SpellLongerThan(string code, Func<Episode, bool> matches, int maxDays) =>
        Rule.PerChild(code, (c, ctx, errors) =>
        {
            if (!c.Episodes.Exists(e => matches(e)))
            {
                return; // most children never have this legal status or placement
            }
            var spell = new List<Episode>();
            foreach (var e in c.Episodes.Append(null))
            {
                var continues = e is not null && e.Decom is not null && matches(e)
                    && (spell.Count == 0 || spell[^1].Dec == e.Decom);
                if (continues)
                {
                    spell.Add(e!);
                    continue;
                }
                if (spell.Count > 0 && EndOrYearEnd(spell[^1], ctx).DayNumber - spell[0].Decom!.Value.DayNumber > maxDays)
                {
                    spell.ForEach(errors.Add);
                }
                spell.Clear();
                if (e is not null && e.Decom is not null && matches(e))
                {
                    spell.Add(e);
                }
            }
        });

    private static Rule AgeAtStartUnder(string code, Func<Episode, bool> matches, int minimumAge) =>
        Rule.PerEpisode(code, (e, c, _) => matches(e) && e.Decom is { } start && c.AgeOn(start) < minimumAge);

    private static Rule AgeAtEnd(string code, Func<Episode, bool> matches, Func<int, bool> wrongAge) =>
        Rule.PerEpisode(code, (e, c, _) => matches(e) && e.Dec is { } end && c.AgeOn(end) is { } age && wrongAge(age));

    public static IEnumerable<Rule> All =>
    [
        // 142: only the latest episode may be open.
        Rule.PerEpisode("142", (e, c, _) => c.Next(e) is not null && e.Decom is not null && (e.Row.Dec.Length == 0 || e.Row.Rec.Length == 0)),
        Rule.PerEpisode("148", (e, _, _) => (e.Row.Dec.Length == 0) != (e.Row.Rec.Length == 0)),

        Rule.PerEpisode("217", (e, _, _) =>
            Codes.PlacedWithCurrentFosterCarers.Contains(e.Row.Place) && e.Decom >= A3A5NewEpisodeFrom && e.Row.Rne is not ("S" or "T" or "U")),
        Rule.PerEpisode("226", (e, _, _) => Codes.Temporary.Contains(e.Row.Place) && e.Row.ReasonPlaceChange.Length > 0),

        // 336: a placement for adoption with consent follows a foster or adoption placement.
        Rule.PerEpisode("336", (e, c, _) =>
            e.Row.Place is "A3" or "A4" && c.Previous(e) is { } before
            && !Codes.PlacedForAdoption.Contains(before.Row.Place) && !Codes.FosterPlacements.Contains(before.Row.Place)),

        AgeAtStartUnder("358", e => e.Row.Ls is "J1" or "J2" or "J3", 10),

        // 359: over 18 at the end of the year and still looked after: only V2 in K2.
        Rule.PerEpisode("359", (e, c, ctx) =>
            e.Row.Dec.Length == 0 && c.DateOfBirth is { } dob && dob.AddYears(18) < ctx.CollectionEnd
            && !(e.Row.Ls == "V2" && e.Row.Place == "K2")),

        SpellLongerThan("361", e => e.Row.Ls == "L1", 3), // police protection: 72 hours
        SpellLongerThan("362", e => e.Row.Ls == "L2", 21), // emergency protection order, with its extension
        SpellLongerThan("363", e => e.Row.Ls == "L3", 7), // child assessment order
        SpellLongerThan("364", e => e.Row.Ls == "J2", 21), // PACE detention

        Rule.PerEpisode("365", (e, _, ctx) => e.Row.Ls == "V3" && e.Decom is not null && Days(e, ctx) > 17),

        // 367: at most 75 days of single short breaks (V3) in the year.
        Rule.PerChild("367", (c, ctx, errors) =>
        {
            if (!c.Episodes.Exists(static e => e.Row.Ls == "V3"))
            {
                return;
            }
            var respite = c.Episodes.Where(e => e.Row.Ls == "V3" && e.Decom is not null).ToList();
            var total = respite.Sum(e =>
            {
                var start = e.Decom!.Value < ctx.CollectionStart ? ctx.CollectionStart : e.Decom.Value;
                var end = EndOrYearEnd(e, ctx) > ctx.CollectionEnd ? ctx.CollectionEnd : EndOrYearEnd(e, ctx);
                return Math.Max(0, end.DayNumber - start.DayNumber);
            });
            if (total > 75)
            {
                respite.ForEach(errors.Add);
            }
        }),

        AgeAtStartUnder("371", e => e.Row.Place == "K3", 16),
        AgeAtStartUnder("372", e => e.Row.Place == "R5", 10),
        AgeAtStartUnder("373", e => e.Row.Place == "S1", 4),
        AgeAtStartUnder("374", e => e.Row.Place == "P3", 14),

        Rule.PerEpisode("375", (e, _, ctx) => e.Row.Place == "T1" && e.Decom is not null && Days(e, ctx) > 42),
        Rule.PerEpisode("376", (e, _, ctx) => e.Row.Place == "T3" && e.Decom is not null && Days(e, ctx) > 21),
        Rule.PerEpisode("379", (e, _, ctx) => e.Row.Place == "T4" && e.Decom is not null && Days(e, ctx) > 7),

        // 377: no more than two holiday placements (T3) in the year.
        Rule.PerChild("377", (c, _, errors) =>
        {
            if (!c.Episodes.Exists(static e => e.Row.Place == "T3"))
            {
                return;
            }
            var holidays = c.Episodes.Where(e => e.Row.Place == "T3").ToList();
            if (holidays.Count > 2)
            {
                holidays.ForEach(errors.Add);
            }
        }),

        // 378: placed with parents (P1) cannot be accommodation under section 20 (V2) alone.
        Rule.PerEpisode("378", (e, _, _) => e.Row.Place == "P1" && e.Row.Ls == "V2"),
        // 380: a temporary placement is always a change of placement within a period of care.
        Rule.PerEpisode("380", (e, _, _) => Codes.Temporary.Contains(e.Row.Place) && e.Row.Rne is not ("P" or "B" or "T")),
        Rule.PerEpisode("381", (e, _, _) => Codes.Temporary.Contains(e.Row.Place) && e.Row.Rec.Length > 0 && e.Row.Rec != "X1"),
        Rule.PerEpisode("382", (e, _, _) => Codes.Respite.Contains(e.Row.Ls) && Codes.Temporary.Contains(e.Row.Place)),

        // 383: after a temporary placement the child goes back to the placement before it.
        Rule.PerEpisode("383", (e, c, _) =>
            Codes.Temporary.Contains(e.Row.Place) && c.Previous(e) is { } before && c.Next(e) is { } after
            && !Codes.Temporary.Contains(before.Row.Place)
            && (after.Row.Place != before.Row.Place || after.Row.PlPost != before.Row.PlPost)),

        Rule.PerEpisode("384", (e, _, _) => Codes.Respite.Contains(e.Row.Ls) && Codes.LongTermFoster.Contains(e.Row.Place)),

        AgeAtEnd("386", e => Codes.Adopted.Contains(e.Row.Rec), age => age >= 18),
        AgeAtEnd("387", e => e.Row.Rec == "E5", age => age < 14),
        AgeAtEnd("389", e => e.Row.Rec == "E7", age => age < 16),
        AgeAtEnd("407", e => e.Row.Rec is "E45" or "E46" or "E47" or "E48", age => age >= 18),
        AgeAtEnd("460", e => e.Row.Rec == "E17", age => age < 18),

        // 388: X1 means the next episode starts the same day; any other reason means care ended.
        Rule.PerEpisode("388", (e, c, _) =>
        {
            var next = c.Next(e);
            if (e.Dec is null)
            {
                return false;
            }
            if (e.Row.Rec == "X1")
            {
                return next is null || next.Decom != e.Dec;
            }
            return e.Row.Rec.Length > 0 && next is not null && next.Decom == e.Dec;
        }),

        Rule.PerEpisode("390", (e, _, _) => Codes.Adopted.Contains(e.Row.Rec) && !Codes.PlacedForAdoption.Contains(e.Row.Place)),

        // 408: placed for adoption under a placement order needs the order's legal status.
        Rule.PerEpisode("408", (e, _, _) => e.Row.Place is "A5" or "A6" && !Codes.PlacementOrder.Contains(e.Row.Ls)),

        // 426: a child on short breaks cannot be both V3 and V4 in the same year.
        Rule.PerChild("426", (c, _, errors) =>
        {
            if (c.Episodes.Any(e => e.Row.Ls == "V3") && c.Episodes.Any(e => e.Row.Ls == "V4"))
            {
                foreach (var e in c.Episodes.Where(e => Codes.Respite.Contains(e.Row.Ls)))
                {
                    errors.Add(e);
                }
            }
        }),

        // 434-436: the reason for a new episode must match what changed.
        Rule.PerEpisode("434", (e, c, _) => e.Row.Rne == "L" && c.Previous(e) is { } b && (e.Row.Ls == b.Row.Ls || PlacementChanged(e, b))),
        Rule.PerEpisode("435", (e, c, _) => e.Row.Rne is "P" or "T" && c.Previous(e) is { } b && (e.Row.Ls != b.Row.Ls || !PlacementChanged(e, b))),
        Rule.PerEpisode("436", (e, c, _) => e.Row.Rne is "B" or "U" && c.Previous(e) is { } b && (e.Row.Ls == b.Row.Ls || !PlacementChanged(e, b))),

        // 437: died (E2) or aged 18 (E15) ends care for good.
        Rule.PerEpisode("437", (e, c, _) => e.Row.Rec is "E2" or "E15" && c.Next(e) is not null),

        Rule.PerEpisode("446", (e, _, _) => e.Row.Ls == "E1" && e.Decom < PlacementOrdersFrom),

        // 503B/503D: the first episode this year continues last year's open episode.
        Rule.PerChild("503B", (c, ctx, errors) =>
        {
            if (LastYearsOpenEpisode(c, ctx) is { } open && FirstThisYear(c, ctx) is { } first && first.Row.Ls != open.Row.Ls)
            {
                errors.Add(first);
            }
        }, needsPreviousReturn: true),
        Rule.PerChild("503D", (c, ctx, errors) =>
        {
            if (LastYearsOpenEpisode(c, ctx) is { } open && FirstThisYear(c, ctx) is { } first && first.Row.Place != open.Row.Place)
            {
                errors.Add(first);
            }
        }, needsPreviousReturn: true),

        Rule.PerEpisode("516", (e, _, _) => e.Row.Rec is "E45" or "E46" && !Codes.FosterPlacements.Contains(e.Row.Place)),

        // 526-531, 550: who can provide which placement.
        Rule.PerEpisode("526", (e, _, ctx) => e.Row.PlaceProvider.Length == 0 && !Codes.Temporary.Contains(e.Row.Place) && !ctx.Ruleset.OtherPlacements.Contains(e.Row.Place)),
        Rule.PerEpisode("527", (e, _, _) => e.Row.PlaceProvider == "PR1" && e.Row.Place is "P1" or "R2" or "R5"),
        Rule.PerEpisode("528", (e, _, _) => e.Row.PlaceProvider == "PR2" && e.Row.Place is "P1" or "R2" or "R5"),
        Rule.PerEpisode("529", (e, _, _) =>
            e.Row.PlaceProvider == "PR3" && (e.Row.Place is "P1" or "K1" or "K2" || Codes.PlacedForAdoption.Contains(e.Row.Place) || Codes.FosterPlacements.Contains(e.Row.Place))),
        Rule.PerEpisode("530", (e, _, _) => e.Row.PlaceProvider == "PR4" && e.Row.Place == "P1"),
        Rule.PerEpisode("531", (e, _, _) => e.Row.PlaceProvider == "PR5" && e.Row.Place == "P1"),
        Rule.PerEpisode("550", (e, _, _) => e.Row.PlaceProvider == "PR0" && e.Row.Place != "P1"),

        // 580: a child missing when they stopped being looked after left care as "missing" (E8).
        Rule.PerChild("580", ChildrenWith.Missing, (c, _, errors) =>
        {
            foreach (var e in c.Episodes.Where(e => e.Dec is not null && e.Row.Rec.Length > 0 && e.Row.Rec != "X1" && e.Row.Rec != "E8"))
            {
                var missingAtEnd = c.Missing.Any(m => m.MisEnd.Length == 0 && Reading.Ssda903Date.Parse(m.MisStart) is { } start && start <= e.Dec)
                    || c.Missing.Any(m => Reading.Ssda903Date.Parse(m.MisStart) <= e.Dec && Reading.Ssda903Date.Parse(m.MisEnd) > e.Dec);
                if (missingAtEnd)
                {
                    errors.Add(e);
                }
            }
        }),

        // 1008: a URN given (other than XXXXXXX, "not registered") is one Ofsted has registered.
        new Rule("1008", (ctx, errors) =>
        {
            foreach (var e in ctx.Return.Episodes.Where(e => e.Urn.Length > 0 && e.Urn != "XXXXXXX" && !ctx.Reference.ProviderUrns!.Contains(e.Urn)))
            {
                errors.Add(Ssda903Table.Episodes, e);
            }
        }, needs: ReferenceList.OfstedProviders),

        // 607: a girl who ceased to be looked after in the year needs MOTHER, whatever her age (the
        // DfE's rule has no age limit; an older reading of ours asked only from 12). The Header row
        // is named once however many of her episodes ended.
        Rule.PerChild("607", (c, ctx, errors) =>
        {
            if (c.Header is not { Sex: "F", Mother: "" } h)
            {
                return;
            }
            var ceased = c.Episodes.Where(e => e.Dec is { } d && d >= ctx.CollectionStart && d <= ctx.CollectionEnd
                && e.Row.Rec.Length > 0 && e.Row.Rec != "X1" && !Codes.Respite.Contains(e.Row.Ls)).ToList();
            ceased.ForEach(errors.Add);
            if (ceased.Count > 0)
            {
                errors.Add(h);
            }
        }),
    ];

    private static Episode? LastYearsOpenEpisode(ChildRecord c, ValidationContext ctx) =>
        c.LastYear?.Episodes.LastOrDefault() is { Row.Dec.Length: 0 } open ? open : null;

    private static Episode? FirstThisYear(ChildRecord c, ValidationContext ctx) =>
        c.Episodes.FirstOrDefault(e => e.Decom is not null && (e.Dec is null || e.Dec >= ctx.CollectionStart));
}
