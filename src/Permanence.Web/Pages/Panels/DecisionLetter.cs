using Permanence.Data.Model.Panels;
using Permanence.Domain.Panels;
using Permanence.Web.Infrastructure.Forms;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Permanence.Web.Pages.Panels;

/// <summary>The letter telling the household of the agency decision maker's decision, as a one-page PDF (PdfPig, Apache-2.0).</summary>
public static class DecisionLetter
{
    public static byte[] Build(PanelMeeting meeting, PanelAgendaItem item, string agency, string household)
    {
        if (item.Decision is null || item.DecisionDate is null)
        {
            throw new InvalidOperationException("A decision letter needs a decision.");
        }

        var approved = (item.Recommendation == PanelRecommendation.Recommended) == (item.Decision == AgencyDecision.Agreed);
        var lines = new List<(string Text, bool Bold)>
        {
            (agency, true),
            ("", false),
            (DateDisplay.Format(item.DecisionDate.Value), false),
            ("", false),
            ($"To {household}", false),
            ("", false),
            ($"Decision on your {item.Kind.DisplayName().ToLowerInvariant()}", true),
            ("", false),
            ($"The {meeting.Type.DisplayName().ToLowerInvariant()} met on {DateDisplay.Format(meeting.MeetingDate)} and its recommendation was:", false),
            ($"{item.Recommendation?.DisplayName()}.", false),
            ("", false),
            ($"The agency decision maker considered the recommendation and decided on {DateDisplay.Format(item.DecisionDate.Value)}:", false),
            (item.Kind == AgendaItemKind.Approval ? (approved ? "You are approved as suitable to adopt a child." : "You are not approved as suitable to adopt a child at this time.") : item.Decision.Value.DisplayName() + ".", true),
        };
        if (item.DecisionReasons is { } reasons)
        {
            lines.Add(("", false));
            lines.Add(("Reasons:", true));
            lines.AddRange(Wrap(reasons, 90).Select(l => (l, false)));
        }

        if (item.Kind == AgendaItemKind.Approval && !approved)
        {
            lines.Add(("", false));
            lines.AddRange(Wrap("If you disagree, within 40 working days of this letter you may send representations to the agency or ask the Independent Review Mechanism to review the decision.", 90).Select(l => (l, false)));
        }

        lines.Add(("", false));
        lines.Add(($"Agency decision maker: {item.DecidedBy}", false));

        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(PageSize.A4);
        var y = 780.0;
        foreach (var (text, isBold) in lines)
        {
            if (text.Length > 0)
            {
                page.AddText(Printable(text), 11, new PdfPoint(60, y), isBold ? bold : regular);
            }

            y -= 16;
        }

        return builder.Build();
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = "";
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length + word.Length + 1 > width && line.Length > 0)
            {
                yield return line;
                line = "";
            }

            line = line.Length == 0 ? word : line + " " + word;
        }

        if (line.Length > 0) yield return line;
    }

    // The standard fonts cover Latin-1; anything else becomes "?" rather than failing the letter.
    private static string Printable(string s) => new(s.Select(c => c is >= ' ' and <= '~' or >= '\u00a0' and <= '\u00ff' ? c : c == '\u2019' ? '\'' : '?').ToArray());
}
