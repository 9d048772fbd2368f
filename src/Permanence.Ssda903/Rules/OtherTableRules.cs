using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Permanence.Ssda903.Reading;

namespace Permanence.Ssda903.Rules;

/// <summary>
/// Rules on the tables that do not decide the scorecard: Missing, OC2 (children looked after
/// for 12 months), OC3 (care leavers), Reviews, UASC, PrevPerm and SWEpisodes, and the internal
/// checks that each table's children are in the Header.
/// </summary>
internal static partial class OtherTableRules
{
    private static DateOnly? Date(string text) => Ssda903Date.Parse(text);

    private static int? Age(string dob, DateOnly on) =>
        Date(dob) is { } d && on >= d ? Permanence.Domain.Children.Age.InYears(d, on) : null;

    private static Rule Rows<TRow>(string code, Ssda903Table table, Func<Ssda903Return, IEnumerable<TRow>> rows, Func<TRow, ValidationContext, bool> fails)
        where TRow : ISsda903Row => Rule.PerRow(code, table, rows, fails);

    private static Rule Codes<TRow>(string code, Ssda903Table table, Func<Ssda903Return, IEnumerable<TRow>> rows, Func<TRow, string> field, params string[] codes)
        where TRow : ISsda903Row
    {
        var set = Rules.Codes.Set(codes);
        return Rule.PerRow(code, table, rows, (row, _) => field(row) is { Length: > 0 } v && !set.Contains(v));
    }

    /// <summary>A code that must be given: blank fails as well as a code not in the list.</summary>
    private static Rule RequiredCode<TRow>(string code, Ssda903Table table, Func<Ssda903Return, IEnumerable<TRow>> rows, Func<TRow, string> field, params string[] codes)
        where TRow : ISsda903Row
    {
        var set = Rules.Codes.Set(codes);
        return Rule.PerRow(code, table, rows, (row, _) => !set.Contains(field(row)));
    }

    private static Rule ValidDate<TRow>(string code, Ssda903Table table, Func<Ssda903Return, IEnumerable<TRow>> rows, Func<TRow, string> field)
        where TRow : ISsda903Row => Rule.PerRow(code, table, rows, (row, _) => field(row) is { Length: > 0 } v && Date(v) is null);

    private static Rule NotInHeader<TRow>(string code, Ssda903Table table, Func<Ssda903Return, IEnumerable<TRow>> rows)
        where TRow : ISsda903Row => Rule.PerRow(code, table, rows, (row, ctx) => ctx.Child(row.Child)?.Header is null);

    private static Rule DiffersFromHeader<TRow>(string code, Ssda903Table table, Func<Ssda903Return, IEnumerable<TRow>> rows, Func<TRow, string> field, Func<HeaderRow, string> header)
        where TRow : ISsda903Row => Rule.PerRow(code, table, rows, (row, ctx) => ctx.Child(row.Child)?.Header is { } h && field(row) != header(h));

    private static Rule OnlyOnce<TRow>(string code, Ssda903Table table, Func<Ssda903Return, IEnumerable<TRow>> rows)
        where TRow : ISsda903Row =>
        new(code, (ctx, errors) =>
        {
            foreach (var group in rows(ctx.Return).GroupBy(r => r.Child).Where(g => g.Count() > 1))
            {
                foreach (var row in group)
                {
                    errors.Add(table, row);
                }
            }
        });

    private static bool AnyOc3(Oc3Row o) => o.InTouch.Length > 0 || o.Activ.Length > 0 || o.Accom.Length > 0;

    private static string[] TwelveMonthItems(Oc2Row o) =>
        [o.Convicted, o.HealthCheck, o.Immunisations, o.TeethCheck, o.HealthAssessment, o.SubstanceMisuse, o.InterventionReceived, o.InterventionOffered];

    private static bool HasCoreHealthItems(Oc2Row o) =>
        o.Immunisations.Length > 0 && o.TeethCheck.Length > 0 && o.HealthAssessment.Length > 0 && o.SubstanceMisuse.Length > 0;

    [GeneratedRegex("^(?:[A-HJ-NP-RT-Z](?:[0-9]{12}|[0-9]{11}[A-Z])|UN[1-5])$")]
    private static partial Regex UniquePupilNumber();

    /// <summary>dd/mm/yyyy where the day, or day and month, may be unknown ("zz").</summary>
    [GeneratedRegex("^(?:[0-9]{2}|ZZ)/(?:[0-9]{2}|ZZ)/[0-9]{4}$")]
    private static partial Regex PermanenceDate();

    private static readonly DateOnly PrevPermFrom = new(2016, 4, 1);

    private static readonly DateOnly SocialWorkerReasonsFrom = new(2023, 4, 1);

    private static readonly FrozenSet<string> SocialWorkerChangeReasons = Rules.Codes.Set("MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN", "SWDIED", "OTHERS");

    public static IEnumerable<Rule> All =>
    [
        // Header: the pupil number
        Rows("168", Ssda903Table.Header, r => r.Header, (h, _) => h.Upn.Length > 0 && !UniquePupilNumber().IsMatch(h.Upn)),
        Rows("442", Ssda903Table.Header, r => r.Header, (h, ctx) => h.Upn.Length == 0 && ctx.Child(h.Child)?.Episodes.Count > 0),
        // 209: UN1 ("not yet of school age") cannot describe a child who was 4 by 31 August before
        // the collection year began, and so has had a school place since September.
        Rows("209", Ssda903Table.Header, r => r.Header, (h, ctx) =>
            h.Upn == "UN1" && Age(h.Dob, new DateOnly(ctx.CollectionStart.Year - 1, 8, 31)) >= 4),
        // 210: UN4 ("newly looked after, UPN not yet obtained") is for a child whose current period
        // of care began in the last week of the year (on or after 24 March), not before.
        Rows("210", Ssda903Table.Header, r => r.Header, (h, ctx) =>
            h.Upn == "UN4" && ctx.Child(h.Child) is { } c && CareStartedFor31March(c) < ctx.CollectionEnd.AddDays(-7)),

        // Missing
        // 1004: a missing episode always has a start date; the end may be blank while it goes on.
        Rows("1004", Ssda903Table.Missing, r => r.Missing, (m, _) => Date(m.MisStart) is null),
        ValidDate("1005", Ssda903Table.Missing, r => r.Missing, m => m.MisEnd),
        Codes("1006", Ssda903Table.Missing, r => r.Missing, m => m.Missing, "M", "A"),
        Rows("564", Ssda903Table.Missing, r => r.Missing, (m, _) => m.Missing.Length > 0 && m.MisStart.Length == 0),
        Rows("565", Ssda903Table.Missing, r => r.Missing, (m, _) => m.MisStart.Length > 0 && m.Missing.Length == 0),
        Rows("566", Ssda903Table.Missing, r => r.Missing, (m, _) => m.MisEnd.Length > 0 && m.Missing.Length == 0),
        Rows("567", Ssda903Table.Missing, r => r.Missing, (m, _) => Date(m.MisEnd) < Date(m.MisStart)),
        Rows("570", Ssda903Table.Missing, r => r.Missing, (m, ctx) => Date(m.MisStart) > ctx.CollectionEnd),
        Rows("571", Ssda903Table.Missing, r => r.Missing, (m, ctx) => Date(m.MisEnd) is { } end && (end < ctx.CollectionStart || end > ctx.CollectionEnd)),
        Rows("586", Ssda903Table.Missing, r => r.Missing, (m, _) => Date(m.MisStart) < Date(m.Dob)),
        Rule.PerChild("574", ChildrenWith.Missing, (c, _, errors) =>
        {
            var periods = c.Missing.Where(m => Date(m.MisStart) is not null).OrderBy(m => Date(m.MisStart)).ToList();
            for (var i = 1; i < periods.Count; i++)
            {
                if (Date(periods[i - 1].MisEnd) is not { } end || Date(periods[i].MisStart) < end)
                {
                    errors.Add(Ssda903Table.Missing, periods[i]);
                }
            }
        }),
        // 577/578: a child who has left care cannot still be, or newly be, missing.
        Rule.PerChild("577", ChildrenWith.Missing, (c, _, errors) =>
        {
            if (c.Episodes.Count > 0 && c.Episodes[^1] is { Dec: not null } last && last.Row.Rec is { Length: > 0 } and not "X1")
            {
                foreach (var m in c.Missing.Where(m => m.MisStart.Length > 0 && m.MisEnd.Length == 0))
                {
                    errors.Add(Ssda903Table.Missing, m);
                }
            }
        }),
        Rule.PerChild("578", ChildrenWith.Missing, (c, _, errors) =>
        {
            if (c.Episodes.Count > 0 && c.Episodes[^1] is { Dec: { } left } last && last.Row.Rec is { Length: > 0 } and not "X1")
            {
                foreach (var m in c.Missing.Where(m => Date(m.MisStart) > left))
                {
                    errors.Add(Ssda903Table.Missing, m);
                }
            }
        }),
        Rule.PerChild("581", ChildrenWith.Missing, (c, _, errors) =>
        {
            var started = c.Episodes.Count > 0 ? c.Episodes[0].Decom : null;
            foreach (var m in c.Missing.Where(m => started is not null && Date(m.MisStart) < started))
            {
                errors.Add(Ssda903Table.Missing, m);
            }
        }),
        NotInHeader("INT04", Ssda903Table.Missing, r => r.Missing),
        DiffersFromHeader("INT13", Ssda903Table.Missing, r => r.Missing, m => m.Dob, h => h.Dob),

        // OC3: care leavers
        // 131-133: every care leaver's row says whether they are in touch, their activity and accommodation (0 when not applicable).
        RequiredCode("131", Ssda903Table.Oc3, r => r.Oc3, o => o.InTouch, "YES", "NO", "DIED", "REFU", "NREQ", "RHOM"),
        RequiredCode("132", Ssda903Table.Oc3, r => r.Oc3, o => o.Activ, "F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0"),
        RequiredCode("133", Ssda903Table.Oc3, r => r.Oc3, o => o.Accom,
            "B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2", "K1", "K2", "R1", "R2", "S2", "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X2", "Y1", "Y2", "Z1", "Z2", "0"),
        Rows("153", Ssda903Table.Oc3, r => r.Oc3, (o, _) => AnyOc3(o) && (o.InTouch.Length == 0 || o.Activ.Length == 0 || o.Accom.Length == 0)),
        Rows("345", Ssda903Table.Oc3, r => r.Oc3, (o, _) => o.InTouch == "YES" && (o.Activ == "0" || o.Accom == "0")),
        // 391: care leaver returns are for young people who were 17 to 21 in the year.
        Rows("391", Ssda903Table.Oc3, r => r.Oc3, (o, ctx) => AnyOc3(o) && (Age(o.Dob, ctx.CollectionEnd) < 17 || Age(o.Dob, ctx.CollectionStart) > 21)),
        Rule.PerChild("1000", ChildrenWith.Oc3, (c, _, errors) =>
        {
            if (c.Episodes.Exists(static e => e.Row.Rec == "E2"))
            {
                foreach (var o in c.Oc3.Where(AnyOc3))
                {
                    errors.Add(Ssda903Table.Oc3, o);
                }
            }
        }),
        Rule.PerChild("348", ChildrenWith.Oc3, (c, ctx, errors) =>
        {
            if (c.LastYear?.Oc3.Exists(static o => o.InTouch == "DIED") == true)
            {
                foreach (var o in c.Oc3.Where(o => o.InTouch != "DIED"))
                {
                    errors.Add(Ssda903Table.Oc3, o);
                }
            }
        }, needsPreviousReturn: true),
        // 215: a care leaver is not in the 12-month cohort.
        Rule.PerChild("215", ChildrenWith.Oc3, (c, _, errors) =>
        {
            if (c.Oc3.Exists(AnyOc3))
            {
                foreach (var o in c.Oc2.Where(o => TwelveMonthItems(o).Any(v => v.Length > 0)))
                {
                    errors.Add(Ssda903Table.Oc2, o);
                }
            }
        }),
        // 628: motherhood is not asked of care leavers who were not looked after in the year.
        Rule.PerChild("628", ChildrenWith.Oc3, (c, _, errors) =>
        {
            if (c.Episodes.Count == 0 && c.Header is { Mother.Length: > 0 } h)
            {
                errors.Add(h);
            }
        }),
        // 1007: a young person still looked after on their 17th or 18th birthday is not yet a care leaver.
        Rule.PerChild("1007", ChildrenWith.Oc3, (c, ctx, errors) =>
        {
            if (c.DateOfBirth is not { } dob)
            {
                return;
            }
            foreach (var birthday in new[] { dob.AddYears(17), dob.AddYears(18) }.Where(b => b >= ctx.CollectionStart && b <= ctx.CollectionEnd))
            {
                if (c.Episodes.Exists(e => e.Decom <= birthday && (e.Dec is null || e.Dec > birthday)))
                {
                    foreach (var o in c.Oc3.Where(AnyOc3))
                    {
                        errors.Add(Ssda903Table.Oc3, o);
                    }
                    return;
                }
            }
        }),
        // 1016: a 17-year-old who left care after turning 17 (or an 18-year-old after turning 18)
        // is not yet in the care leaver cohort for this year.
        Rule.PerChild("1016", ChildrenWith.Oc3, (c, ctx, errors) =>
        {
            if (c.DateOfBirth is not { } dob || c.AgeOn(ctx.CollectionEnd) is not { } age || age is not (17 or 18))
            {
                return;
            }
            if (c.Episodes.Exists(e => e.Dec >= dob.AddYears(age)))
            {
                foreach (var o in c.Oc3.Where(AnyOc3))
                {
                    errors.Add(Ssda903Table.Oc3, o);
                }
            }
        }),

        // 1001: care leaver information is for relevant and former relevant children: looked after
        // for at least 13 weeks (91 days) after turning 14, some of it after turning 16.
        Rule.PerChild("1001", ChildrenWith.Oc3, (c, ctx, errors) =>
        {
            if (c.DateOfBirth is not { } dob || !c.Oc3.Exists(AnyOc3))
            {
                return;
            }
            var episodes = c.Episodes.Concat(c.LastYear?.Episodes ?? [])
                .Where(e => e.Decom is not null && !Rules.Codes.Respite.Contains(e.Row.Ls))
                .DistinctBy(e => e.Decom)
                .ToList();
            var fourteen = dob.AddYears(14);
            var sixteen = dob.AddYears(16);
            var daysSince14 = 0;
            var after16 = false;
            foreach (var e in episodes)
            {
                var end = e.Dec ?? ctx.CollectionEnd;
                var from = e.Decom!.Value > fourteen ? e.Decom.Value : fourteen;
                daysSince14 += Math.Max(0, end.DayNumber - from.DayNumber);
                after16 |= end > sixteen;
            }
            if (daysSince14 < 91 || !after16)
            {
                foreach (var o in c.Oc3.Where(AnyOc3))
                {
                    errors.Add(Ssda903Table.Oc3, o);
                }
            }
        }, needsPreviousReturn: true),

        // 1002 and 1010: care leaver information needs care to have been left.
        Rule.PerChild("1002", ChildrenWith.Oc3, (c, ctx, errors) =>
        {
            if (c.Episodes.Count == 0 && (c.LastYear?.Episodes.Count ?? 0) == 0)
            {
                foreach (var o in c.Oc3.Where(AnyOc3))
                {
                    errors.Add(Ssda903Table.Oc3, o);
                }
            }
        }, needsPreviousReturn: true),
        Rule.PerChild("1010", ChildrenWith.Oc3, (c, ctx, errors) =>
        {
            if (c.Episodes.Count == 0 && c.LastYear?.Episodes is { Count: > 0 } last && last[^1].Row.Dec.Length == 0)
            {
                foreach (var o in c.Oc3.Where(AnyOc3))
                {
                    errors.Add(Ssda903Table.Oc3, o);
                }
            }
        }, needsPreviousReturn: true),
        // 1012: a care leaver with no episodes this year has only OC3 (and Header) rows.
        Rule.PerChild("1012", (c, _, errors) =>
        {
            if (c.Episodes.Count > 0 || c.Oc3.Count == 0)
            {
                return;
            }
            c.PlacedAdoption.ForEach(p => errors.Add(Ssda903Table.PlacedAdoption, p));
            c.Missing.ForEach(m => errors.Add(Ssda903Table.Missing, m));
            c.Reviews.ForEach(v => errors.Add(Ssda903Table.Reviews, v));
            c.Ad1.ForEach(a => errors.Add(Ssda903Table.Ad1, a));
            c.PrevPerm.ForEach(p => errors.Add(Ssda903Table.PrevPerm, p));
            c.Oc2.ForEach(o => errors.Add(Ssda903Table.Oc2, o));
        }),
        // 1014: a care leaver not looked after this year has no UASC row.
        Rule.PerChild("1014", ChildrenWith.Oc3, (c, _, errors) =>
        {
            if (c.Episodes.Count == 0 && c.Uasc.Count > 0 && c.Oc3.Exists(AnyOc3))
            {
                c.Uasc.ForEach(u => errors.Add(Ssda903Table.Uasc, u));
                foreach (var o in c.Oc3.Where(AnyOc3))
                {
                    errors.Add(Ssda903Table.Oc3, o);
                }
            }
        }),
        NotInHeader("INT06", Ssda903Table.Oc3, r => r.Oc3),
        DiffersFromHeader("INT15", Ssda903Table.Oc3, r => r.Oc3, o => o.Dob, h => h.Dob),
        OnlyOnce("INT34", Ssda903Table.Oc3, r => r.Oc3),

        // OC2: children looked after for 12 months
        Rows("180", Ssda903Table.Oc2, r => r.Oc2, (o, _) => o.SdqScore.Length > 0 && !(int.TryParse(o.SdqScore, out var score) && score is >= 0 and <= 40)),
        Codes("196", Ssda903Table.Oc2, r => r.Oc2, o => o.SdqReason, "SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5"),
        Rows("197a", Ssda903Table.Oc2, r => r.Oc2, (o, _) => o.SdqScore.Length > 0 && o.SdqReason.Length > 0),
        Rows("181", Ssda903Table.Oc2, r => r.Oc2, (o, _) => TwelveMonthItems(o).Any(v => v.Length > 0 && v is not ("0" or "1"))),
        Rows("182", Ssda903Table.Oc2, r => r.Oc2, (o, _) =>
            !HasCoreHealthItems(o) && (o.Convicted.Length > 0 || o.HealthCheck.Length > 0 || o.InterventionReceived.Length > 0 || o.InterventionOffered.Length > 0)),
        Rows("158", Ssda903Table.Oc2, r => r.Oc2, (o, _) => o.InterventionReceived == "1" && o.InterventionOffered.Length > 0),
        Rows("159", Ssda903Table.Oc2, r => r.Oc2, (o, _) => o.SubstanceMisuse == "1" && o.InterventionReceived == "0" && o.InterventionOffered.Length == 0),
        Rows("192", Ssda903Table.Oc2, r => r.Oc2, (o, _) => o.SubstanceMisuse == "1" && o.InterventionReceived.Length == 0),
        Rows("193", Ssda903Table.Oc2, r => r.Oc2, (o, _) => o.SubstanceMisuse == "0" && (o.InterventionReceived.Length > 0 || o.InterventionOffered.Length > 0)),
        Rows("188", Ssda903Table.Oc2, r => r.Oc2, (o, ctx) => Age(o.Dob, ctx.CollectionEnd) < 4 && (o.SdqScore.Length > 0 || o.SdqReason.Length > 0)),
        Rows("189", Ssda903Table.Oc2, r => r.Oc2, (o, ctx) => Age(o.Dob, ctx.CollectionStart) >= 17 && (o.SdqScore.Length > 0 || o.SdqReason.Length > 0)),
        Rows("542", Ssda903Table.Oc2, r => r.Oc2, (o, ctx) => Age(o.Dob, ctx.CollectionEnd) < 10 && o.Convicted.Length > 0),
        Rows("546", Ssda903Table.Oc2, r => r.Oc2, (o, ctx) => Age(o.Dob, ctx.CollectionEnd) >= 5 && o.HealthCheck.Length > 0),
        Rows("544", Ssda903Table.Oc2, r => r.Oc2, (o, _) => o.Convicted.Length > 0 && !HasCoreHealthItems(o)),
        Rows("547", Ssda903Table.Oc2, r => r.Oc2, (o, _) => o.HealthCheck.Length > 0 && !HasCoreHealthItems(o)),
        Oc2ByCohort("185", inCohort: false, o => o.SdqScore.Length > 0),
        Oc2ByCohort("198", inCohort: false, o => o.SdqReason.Length > 0),
        Oc2ByCohort("190", inCohort: false, o => TwelveMonthItems(o).Any(v => v.Length > 0)),
        Oc2ByCohort("191", inCohort: true, o => !HasCoreHealthItems(o)),
        Oc2ByCohort("543", inCohort: true, o => o.Convicted.Length == 0, (o, ctx) => Age(o.Dob, ctx.CollectionEnd) >= 10),
        Oc2ByCohort("545", inCohort: true, o => o.HealthCheck.Length == 0, (o, ctx) => Age(o.Dob, ctx.CollectionEnd) < 5),
        Oc2ByCohort("186", inCohort: true, o => o.SdqScore.Length == 0 && o.SdqReason.Length == 0,
            (o, ctx) => Age(o.Dob, ctx.CollectionStart) >= 4 && Age(o.Dob, ctx.CollectionEnd) < 17),
        // 157: SDQ1 ("under 4 or over 16") cannot be the reason for a child of 4 to 16.
        // 157: SDQ1 ("no form returned: child under 4 or over 16") cannot explain a missing score for
        // a child of SDQ age: 4 or over at the start of the year and 16 or under at its end. Only
        // the OC2 cohort (looked after all year) is asked for a score, and only a missing one needs a reason.
        Rule.PerChild("157", ChildrenWith.Oc2, (c, ctx, errors) =>
        {
            if (!Ad1Rules.ContinuouslyLookedAfterForTheYear(c, ctx))
            {
                return;
            }
            foreach (var o in c.Oc2.Where(o => o.SdqReason == "SDQ1" && o.SdqScore.Length == 0 && Age(o.Dob, ctx.CollectionStart) >= 4 && Age(o.Dob, ctx.CollectionEnd) <= 16))
            {
                errors.Add(Ssda903Table.Oc2, o);
            }
        }),
        // 197B: a child turning 4 or 17 in the year and in the 12-month cohort has a score or a reason.
        Rule.PerChild("197B", ChildrenWith.Oc2, (c, ctx, errors) =>
        {
            if (!Ad1Rules.ContinuouslyLookedAfterForTheYear(c, ctx))
            {
                return;
            }
            foreach (var o in c.Oc2.Where(o => o.SdqScore.Length == 0 && o.SdqReason.Length == 0 && Date(o.Dob) is { } dob
                && new[] { dob.AddYears(4), dob.AddYears(17) }.Any(b => b >= ctx.CollectionStart && b <= ctx.CollectionEnd)))
            {
                errors.Add(Ssda903Table.Oc2, o);
            }
        }),
        NotInHeader("INT05", Ssda903Table.Oc2, r => r.Oc2),
        DiffersFromHeader("INT14", Ssda903Table.Oc2, r => r.Oc2, o => o.Dob, h => h.Dob),
        OnlyOnce("INT33", Ssda903Table.Oc2, r => r.Oc2),

        // Reviews
        Rows("166", Ssda903Table.Reviews, r => r.Reviews, (v, _) => Date(v.Review) is null),
        // 167: a review has a participation code; a row with neither review date nor code is left to 166.
        Rows("167", Ssda903Table.Reviews, r => r.Reviews, (v, _) =>
            (v.Review.Length > 0 || v.ReviewCode.Length > 0) && v.ReviewCode is not ("PN0" or "PN1" or "PN2" or "PN3" or "PN4" or "PN5" or "PN6" or "PN7")),
        // 440/441: PN0 means "under 4 at the review".
        Rows("440", Ssda903Table.Reviews, r => r.Reviews, (v, _) => v.ReviewCode == "PN0" && Date(v.Review) is { } on && Age(v.Dob, on) >= 4),
        Rows("441", Ssda903Table.Reviews, r => r.Reviews, (v, _) => v.ReviewCode is { Length: > 0 } and not "PN0" && Date(v.Review) is { } on && Age(v.Dob, on) < 4),
        NotInHeader("INT08", Ssda903Table.Reviews, r => r.Reviews),
        DiffersFromHeader("INT17", Ssda903Table.Reviews, r => r.Reviews, v => v.Dob, h => h.Dob),

        // UASC
        // 104: the date UASC status ceased, if given, is a real date and not before this year (an
        // earlier one means the child was no longer UASC for the whole year and needs no row).
        Rows("104", Ssda903Table.Uasc, r => r.Uasc, (u, ctx) => u.Duc.Length > 0 && (Date(u.Duc) is not { } ceased || ceased < ctx.CollectionStart)),
        Rows("304", Ssda903Table.Uasc, r => r.Uasc, (u, _) => Date(u.Duc) is { } ceased && Date(u.Dob) is { } dob && ceased > dob.AddYears(18)),
        NotInHeader("INT09", Ssda903Table.Uasc, r => r.Uasc),
        DiffersFromHeader("INT18", Ssda903Table.Uasc, r => r.Uasc, u => u.Dob, h => h.Dob),
        DiffersFromHeader("INT21", Ssda903Table.Uasc, r => r.Uasc, u => u.Sex, h => h.Sex),
        OnlyOnce("INT36", Ssda903Table.Uasc, r => r.Uasc),

        // PrevPerm: the permanence a child had before this period of care
        Codes("631", Ssda903Table.PrevPerm, r => r.PrevPerm, p => p.PrevPerm, "P1", "P2", "P3", "P4", "Z1"),
        Rows("632", Ssda903Table.PrevPerm, r => r.PrevPerm, (p, _) => p.DatePerm.Length > 0 && !PermanenceDate().IsMatch(p.DatePerm)),
        Rows("635", Ssda903Table.PrevPerm, r => r.PrevPerm, (p, _) => p.PrevPerm == "Z1" && (p.LaPerm.Length > 0 || p.DatePerm.Length > 0)),
        // 633: LA_PERM, where given, is an LA code from the DfE's list (or a place outside England).
        new Rule("633", (ctx, errors) =>
        {
            foreach (var p in ctx.Return.PrevPerm.Where(p => p.LaPerm.Length > 0 && !ctx.Reference.LaCodes!.Contains(p.LaPerm)))
            {
                errors.Add(Ssda903Table.PrevPerm, p);
            }
        }, needs: ReferenceList.LaCodes),
        // 630: every child who started to be looked after in the year has a PrevPerm row, and it is
        // complete: PREV_PERM given, and LA_PERM and DATE_PERM too unless PREV_PERM is Z1 (none).
        Rule.PerChild("630", (c, ctx, errors) =>
        {
            if (!ctx.Return.TablesSupplied.Contains(Ssda903Table.PrevPerm))
            {
                return;
            }
            var missing = c.PrevPerm.Count == 0
                || c.PrevPerm.Exists(p => p.PrevPerm.Length == 0 || (p.PrevPerm != "Z1" && (p.LaPerm.Length == 0 || p.DatePerm.Length == 0)));
            if (missing)
            {
                foreach (var e in c.Episodes.Where(e => e.Row.Rne == "S" && e.Decom >= ctx.CollectionStart))
                {
                    errors.Add(e);
                }
            }
        }),
        Rule.PerChild("634", (c, ctx, errors) =>
        {
            if (!c.Episodes.Exists(static e => e.Row.Rne == "S" && e.Decom >= PrevPermFrom))
            {
                foreach (var p in c.PrevPerm.Where(p => p.PrevPerm.Length + p.LaPerm.Length + p.DatePerm.Length > 0))
                {
                    errors.Add(Ssda903Table.PrevPerm, p);
                }
            }
        }),
        NotInHeader("INT07", Ssda903Table.PrevPerm, r => r.PrevPerm),
        DiffersFromHeader("INT16", Ssda903Table.PrevPerm, r => r.PrevPerm, p => p.Dob, h => h.Dob),
        OnlyOnce("INT35", Ssda903Table.PrevPerm, r => r.PrevPerm),

        // SWEpisodes: the child's social workers
        Rows("SW01aSTG1", Ssda903Table.SWEpisodes, r => r.SWEpisodes, (w, _) => w.SwDecom.Length == 0 || w.SwId.Length == 0),
        Rows("SW02STG1", Ssda903Table.SWEpisodes, r => r.SWEpisodes, (w, _) => w.SwId.Length > 0 && !w.SwId.StartsWith("SW", StringComparison.OrdinalIgnoreCase) && !w.SwId.StartsWith("XX", StringComparison.OrdinalIgnoreCase)),
        ValidDate("SW04STG1", Ssda903Table.SWEpisodes, r => r.SWEpisodes, w => w.SwDecom),
        ValidDate("SW05STG1", Ssda903Table.SWEpisodes, r => r.SWEpisodes, w => w.SwDec),
        Rows("SW09STG2", Ssda903Table.SWEpisodes, r => r.SWEpisodes, (w, _) => w.SwDec.Length > 0 && w.SwDec == w.SwDecom),
        // SW13STG1: a reason from the list, and (since reasons were collected from April 2023) one at all.
        Rows("SW13STG1", Ssda903Table.SWEpisodes, r => r.SWEpisodes, (w, _) =>
            w.SwReason.Length == 0 ? Date(w.SwDecom) >= SocialWorkerReasonsFrom : !SocialWorkerChangeReasons.Contains(w.SwReason)),
        // SW01bSTG1: from April 2023 every social worker episode has an id and a reason.
        Rows("SW01bSTG1", Ssda903Table.SWEpisodes, r => r.SWEpisodes, (w, _) =>
            w.SwDecom.Length == 0 || (Date(w.SwDecom) >= SocialWorkerReasonsFrom && (w.SwId.Length == 0 || w.SwReason.Length == 0))),
        Rule.PerChild("SW08STG2", ChildrenWith.SocialWorkerEpisodes, (c, _, errors) =>
        {
            for (var i = 0; i < c.SocialWorkerEpisodes.Count - 1; i++)
            {
                if (c.SocialWorkerEpisodes[i].SwDec.Length == 0)
                {
                    errors.Add(Ssda903Table.SWEpisodes, c.SocialWorkerEpisodes[i]);
                }
            }
        }),
        // SW11bSTG2: a social worker episode that ends in the last days of the year (26 to 31 March,
        // the window the DfE's check uses) is followed by the next one, starting on or after that end.
        Rule.PerChild("SW11bSTG2", ChildrenWith.SocialWorkerEpisodes, (c, ctx, errors) =>
        {
            var windowStart = ctx.CollectionEnd.AddDays(-5);
            foreach (var w in c.SocialWorkerEpisodes)
            {
                if (Date(w.SwDec) is { } end && end >= windowStart && end <= ctx.CollectionEnd
                    && !c.SocialWorkerEpisodes.Exists(next => !ReferenceEquals(next, w) && Date(next.SwDecom) >= end))
                {
                    errors.Add(Ssda903Table.SWEpisodes, w);
                }
            }
        }),
        // SW12STG2: for a child looked after on 31 March the social worker episodes go back to
        // 1 April (or the child's birth, if later), including those from before the child came
        // into care. Children with no social worker episodes are left to SW17STG2.
        Rule.PerChild("SW12STG2", ChildrenWith.SocialWorkerEpisodes, (c, ctx, errors) =>
        {
            if (c.Episodes.Count == 0 || c.Episodes[^1].Row.Dec.Length > 0 || Rules.Codes.Respite.Contains(c.Episodes[^1].Row.Ls))
            {
                return;
            }
            var from = c.DateOfBirth is { } dob && dob > ctx.CollectionStart ? dob : ctx.CollectionStart;
            var first = c.SocialWorkerEpisodes[0];
            if (Date(first.SwDecom) > from)
            {
                errors.Add(Ssda903Table.SWEpisodes, first);
            }
        }),
        Rule.PerChild("SW10STG2", ChildrenWith.SocialWorkerEpisodes, (c, _, errors) =>
        {
            for (var i = 1; i < c.SocialWorkerEpisodes.Count; i++)
            {
                if (Date(c.SocialWorkerEpisodes[i].SwDecom) < Date(c.SocialWorkerEpisodes[i - 1].SwDec))
                {
                    errors.Add(Ssda903Table.SWEpisodes, c.SocialWorkerEpisodes[i]);
                }
            }
        }),
    ];

    /// <summary>
    /// For a child looked after on 31 March (the last episode is open), the date the current
    /// unbroken run of episodes began; null when the child is not looked after then.
    /// </summary>
    private static DateOnly? CareStartedFor31March(ChildRecord c)
    {
        if (c.Episodes.Count == 0 || c.Episodes[^1].Row.Dec.Length > 0)
        {
            return null;
        }
        var i = c.Episodes.Count - 1;
        while (i > 0 && c.Episodes[i - 1].Dec is { } dec && dec == c.Episodes[i].Decom)
        {
            i--;
        }
        return c.Episodes[i].Decom;
    }

    /// <summary>An OC2 rule that depends on whether the child is in the 12-month cohort at 31 March.</summary>
    private static Rule Oc2ByCohort(string code, bool inCohort, Func<Oc2Row, bool> fails, Func<Oc2Row, ValidationContext, bool>? when = null) =>
        Rule.PerChild(code, ChildrenWith.Oc2, (c, ctx, errors) =>
        {
            if (Ad1Rules.ContinuouslyLookedAfterForTheYear(c, ctx) != inCohort)
            {
                return;
            }
            foreach (var o in c.Oc2.Where(o => (when is null || when(o, ctx)) && fails(o)))
            {
                errors.Add(Ssda903Table.Oc2, o);
            }
        });
}
