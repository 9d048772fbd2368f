using Permanence.Ssda903.Reading;

namespace Permanence.Ssda903.Rules;

/// <summary>Rules on the Header (the child) and on the sequence of a child's episodes.</summary>
internal static class HeaderRules
{
    /// <summary>The first SSDA903 episodes start with the Children Act 1989's commencement.</summary>
    private static readonly DateOnly FirstEpisodeAllowed = new(1991, 10, 14);

    private static readonly HashSet<string> UnknownUpn = ["UN1", "UN2", "UN3", "UN4", "UN5"];

    private static Rule Header(string code, Func<HeaderRow, ValidationContext, bool> fails) =>
        Rule.PerRow(code, Ssda903Table.Header, r => r.Header, fails);

    private static DateOnly? Date(string text) => Ssda903Date.Parse(text);

    public static IEnumerable<Rule> All =>
    [
        Header("165", (h, _) => h.Mother.Length > 0 && (h.Mother is not ("0" or "1") || h.Sex == "M")),
        // 393: every girl looked after (other than on short breaks) says whether she is a mother.
        Rule.PerChild("393", (c, _, errors) =>
        {
            if (c.Header is { Sex: "F", Mother.Length: 0 } h && c.Episodes.Exists(static e => !Codes.Respite.Contains(e.Row.Ls)))
            {
                errors.Add(h);
            }
        }),
        Header("171", (h, _) => h.McDob.Length > 0 && Date(h.McDob) is null),
        Header("174", (h, _) => h.Sex == "M" && h.McDob.Length > 0),
        Header("232", (h, _) => h.Sex == "U"),
        Header("301", (h, ctx) => Date(h.Dob) > ctx.CollectionEnd),
        Header("351", (h, ctx) => Date(h.Dob) is { } dob && dob.AddYears(25) < ctx.CollectionStart),
        Header("611", (h, _) => h.Mother == "1" && h.McDob.Length == 0),
        Header("612", (h, _) => h.McDob.Length > 0 && h.Mother != "1"),
        Header("620", (h, ctx) => h.Mother == "1" && Date(h.Dob) is { } dob && dob.AddYears(11) > ctx.CollectionStart),
        Header("621", (h, _) => Date(h.McDob) is { } child && Date(h.Dob) is { } mother && child < mother),

        new Rule("INT32", (ctx, errors) =>
        {
            foreach (var group in ctx.Return.Header.GroupBy(h => h.Child).Where(g => g.Count() > 1))
            {
                foreach (var h in group)
                {
                    errors.Add(h);
                }
            }
        }),
        new Rule("444", (ctx, errors) =>
        {
            foreach (var group in ctx.Return.Header.Where(h => h.Upn.Length > 0 && !UnknownUpn.Contains(h.Upn)).GroupBy(h => h.Upn).Where(g => g.Count() > 1))
            {
                foreach (var h in group)
                {
                    errors.Add(h);
                }
            }
        }),

        Rule.PerEpisode("353", (e, _, _) => e.Decom < FirstEpisodeAllowed),
        Rule.PerEpisode("354", (e, _, ctx) => e.Decom > ctx.CollectionEnd),
        Rule.PerEpisode("385", (e, _, ctx) => e.Dec > ctx.CollectionEnd),
        Rule.PerEpisode("355", (e, _, _) => e.Decom is not null && e.Decom == e.Dec),
        Rule.PerEpisode("356", (e, _, _) => e.Dec < e.Decom),

        // 431-433 and 501: how an episode follows the one before it.
        Rule.PerEpisode("431", (e, c, _) => e.Row.Rne == "S" && c.Previous(e) is { Dec: { } end } && end == e.Decom),
        Rule.PerEpisode("432", (e, c, _) => e.Row.Rne.Length > 0 && e.Row.Rne != "S" && c.Previous(e) is { } b && b.Row.Rec.Length > 0 && b.Row.Rec != "X1"),
        Rule.PerEpisode("433", (e, c, _) => e.Row.Rne is "P" or "L" or "T" or "U" or "B" && c.Previous(e) is { Dec: { } end } && e.Decom is { } start && end != start),
        Rule.PerEpisode("501", (e, c, _) => c.Previous(e) is { Dec: { } end } && e.Decom < end),
    ];
}
