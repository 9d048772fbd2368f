using Permanence.Data.Model.Adopters;
using Permanence.Data.Model.Panels;
using Permanence.Domain.Adopters;
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
        var approval = item.Kind == AgendaItemKind.Approval;
        return Render(new Content(
            agency,
            household,
            $"Decision on your {item.Kind.DisplayName().ToLowerInvariant()}",
            $"The {meeting.Type.DisplayName().ToLowerInvariant()} met on {DateDisplay.Format(meeting.MeetingDate)} and its recommendation was:",
            $"{item.Recommendation?.DisplayName()}.",
            item.DecisionDate.Value,
            approval ? ApprovalSentence(approved) : item.Decision.Value.DisplayName() + ".",
            item.DecisionReasons,
            approval && !approved,
            item.DecidedBy
        ));
    }

    /// <summary>
    /// The letter for a decision recorded on the household's own journey (an approval decided outside a
    /// panel meeting kept in this service): the panel date and recommendation as recorded, then the decision.
    /// </summary>
    public static byte[] ForHousehold(AdopterHousehold household, string agency)
    {
        if (!HasHouseholdDecision(household) || household.DecisionDate is not { } decided)
        {
            throw new InvalidOperationException("A decision letter needs an approval decision.");
        }

        var approved = household.Outcome == AdopterOutcome.Approved;
        return Render(new Content(
            agency,
            household.Name,
            "Decision on your approval",
            household.PanelDate is { } met ? $"The adoption panel met on {DateDisplay.Format(met)} and its recommendation was:" : null,
            household.PanelDate is null ? null : (household.PanelRecommendation ?? "Not recorded") + ".",
            decided,
            ApprovalSentence(approved),
            household.OutcomeReason,
            !approved,
            null
        ));
    }

    /// <summary>The household's journey records an approve or not approve decision, so it has a letter.</summary>
    public static bool HasHouseholdDecision(AdopterHousehold household) =>
        household.DecisionDate is not null && household.Outcome is (AdopterOutcome.Approved or AdopterOutcome.NotApproved);

    /// <summary>What a letter says, in order; null parts are left out.</summary>
    public sealed record Content(
        string Agency,
        string To,
        string Subject,
        string? PanelLine,
        string? Recommendation,
        DateOnly DecisionDate,
        string Decision,
        string? Reasons,
        bool IndependentReviewNotice,
        string? DecidedBy
    );

    private static string ApprovalSentence(bool approved) =>
        approved ? "You are approved as suitable to adopt a child." : "You are not approved as suitable to adopt a child at this time.";

    private static byte[] Render(Content c)
    {
        var lines = new List<(string Text, bool Bold)>
        {
            (c.Agency, true),
            ("", false),
            (DateDisplay.Format(c.DecisionDate), false),
            ("", false),
            ($"To {c.To}", false),
            ("", false),
            (c.Subject, true),
            ("", false),
        };
        if (c.PanelLine is not null)
        {
            lines.Add((c.PanelLine, false));
            lines.AddRange(Wrap(c.Recommendation ?? "", 90).Select(l => (l, false)));
            lines.Add(("", false));
            lines.Add(($"The agency decision maker considered the recommendation and decided on {DateDisplay.Format(c.DecisionDate)}:", false));
        }
        else
        {
            lines.Add(($"The agency decision maker decided on {DateDisplay.Format(c.DecisionDate)}:", false));
        }

        lines.Add((c.Decision, true));
        if (c.Reasons is { } reasons)
        {
            lines.Add(("", false));
            lines.Add(("Reasons:", true));
            lines.AddRange(Wrap(reasons, 90).Select(l => (l, false)));
        }

        if (c.IndependentReviewNotice)
        {
            lines.Add(("", false));
            lines.AddRange(Wrap("If you disagree, within 40 working days of this letter you may send representations to the agency or ask the Independent Review Mechanism to review the decision.", 90).Select(l => (l, false)));
        }

        if (c.DecidedBy is not null)
        {
            lines.Add(("", false));
            lines.Add(($"Agency decision maker: {c.DecidedBy}", false));
        }

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
