using Permanence.Ssda903.Reading;

namespace Permanence.Ssda903.Rules;

/// <summary>Rules where placement or legal status meets the care leaver (OC3), review and postcode data.</summary>
internal static class CareLeaverRules
{
    public static IEnumerable<Rule> All =>
    [
        // 347: a foyer (ACCOM T) is for care leavers of 18 or more.
        Rule.PerChild("347", ChildrenWith.Oc3, (c, ctx, errors) =>
        {
            foreach (var o in c.Oc3.Where(o => o.Accom == "T" && c.AgeOn(ctx.CollectionStart) < 18))
            {
                errors.Add(Ssda903Table.Oc3, o);
            }
        }),

        // 3001: at 17 a care leaver cannot be living with former foster carers (Z1/Z2: "staying put" starts at 18).
        Rule.PerChild("3001", ChildrenWith.Oc3, (c, ctx, errors) =>
        {
            if (c.DateOfBirth is not { } dob || dob.AddYears(17) is var seventeen && (seventeen < ctx.CollectionStart || seventeen > ctx.CollectionEnd))
            {
                return;
            }
            foreach (var o in c.Oc3.Where(o => o.Accom is "Z1" or "Z2"))
            {
                errors.Add(Ssda903Table.Oc3, o);
            }
        }),

        // 392d: the placement is somewhere other than home unless the child is placed with parents.
        Rule.PerEpisode("392d", (e, _, _) => e.Row.Place != "P1" && e.Row.HomePost.Length > 0 && e.Row.HomePost == e.Row.PlPost),

        // 398: short breaks (V3/V4) are not "placements" with a distance from home.
        Rule.PerEpisode("398", (e, _, _) => Codes.Respite.Contains(e.Row.Ls) && (e.Row.HomePost.Length > 0 || e.Row.PlPost.Length > 0)),

        // 214: short breaks have no placement location.
        Rule.PerEpisode("214", (e, _, _) => Codes.Respite.Contains(e.Row.Ls) && (e.Row.PlPost.Length > 0 || e.Row.Urn.Length > 0)),

        // 222: placements with parents, in the community, in custody or temporary ones have no Ofsted URN.
        Rule.PerEpisode("222", (e, _, ctx) =>
            (e.Row.Place is "P1" or "P3" or "R1" or "R2" or "R5" || Codes.Temporary.Contains(e.Row.Place) || ctx.Ruleset.OtherPlacements.Contains(e.Row.Place))
            && e.Row.Urn.Length > 0 && e.Row.Urn != "XXXXXXX"),

        // 344: a care leaver who died or went home has no activity or accommodation (0).
        Rule.PerRow("344", Ssda903Table.Oc3, r => r.Oc3, (o, _) => o.InTouch is "DIED" or "RHOM" && (o.Activ != "0" || o.Accom != "0")),

        // 399: a child only ever on short breaks has no mother field and no reviews in the return.
        Rule.PerChild("399", (c, _, errors) =>
        {
            if (c.Episodes.Count == 0 || !c.Episodes.All(e => Codes.Respite.Contains(e.Row.Ls)))
            {
                return;
            }
            var header = c.Header is { Mother.Length: > 0 } h ? h : null;
            var reviews = c.Reviews.Where(v => v.Review.Length > 0 || v.ReviewCode.Length > 0).ToList();
            if (header is null && reviews.Count == 0)
            {
                return;
            }
            c.Episodes.ForEach(errors.Add);
            if (header is not null)
            {
                errors.Add(header);
            }
            reviews.ForEach(v => errors.Add(Ssda903Table.Reviews, v));
        }),
    ];
}
