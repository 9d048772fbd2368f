using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Panels;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Matching;
using Permanence.Domain.Organisations;
using Permanence.Domain.Panels;
using Permanence.Web.Infrastructure.Forms;

namespace Permanence.Web.Pages.Panels;

/// <summary>
/// The adoption panel's cases that come from children rather than households (ADR 0064): matches
/// (links the family finder proceeded with) and disruption reports (a child's disruption, before or
/// after the adoption order). Both go to the panel of the RAA of the child's region.
/// </summary>
public static class MatchingPanelCases
{
    /// <summary>The form and API field that names a case of this kind.</summary>
    public static string CaseField(AgendaItemKind kind) =>
        kind switch
        {
            AgendaItemKind.Match => "MatchLinkId",
            AgendaItemKind.DisruptionReport => "ChildId",
            _ => "HouseholdId",
        };

    /// <summary>How a case on the agenda is named: the household, the child and household of a match, or the child.</summary>
    public static string Title(this PanelAgendaItem item) =>
        item.Kind switch
        {
            AgendaItemKind.Match => $"{item.Child?.FullName} with {item.MatchLink?.PresentedName ?? item.Household?.Name}",
            AgendaItemKind.DisruptionReport => item.Child?.FullName ?? "",
            _ => item.Household?.Name ?? "",
        };

    private sealed record PendingDisruption(Guid ChildId, DateOnly Date, string? Reason);

    /// <summary>
    /// Each child's earliest disruption not yet reported to a panel: a child with N disruption
    /// reports on agendas (a deferred one does not count) has its first N disruptions reported.
    /// </summary>
    private static async Task<List<PendingDisruption>> PendingDisruptionsAsync(PermanenceDbContext db, Guid? childId = null)
    {
        var events = await db.ChildJourneyEvents
            .Where(e => e.Type == JourneyEventType.Disruption && (childId == null || e.ChildId == childId))
            .Select(e => new { e.ChildId, e.Date, e.Reason, e.Sequence })
            .ToListAsync();
        if (events.Count == 0) return [];
        var children = events.Select(e => e.ChildId).Distinct().ToList();
        var reported = (await db.PanelAgendaItems
                .Where(i => i.Kind == AgendaItemKind.DisruptionReport && i.ChildId != null && children.Contains(i.ChildId.Value)
                    && (i.Recommendation == null || i.Recommendation != PanelRecommendation.Deferred))
                .Select(i => i.ChildId!.Value)
                .ToListAsync())
            .GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        return events
            .GroupBy(e => e.ChildId)
            .Select(g => g.OrderBy(e => e.Date).ThenBy(e => e.Sequence).Skip(reported.GetValueOrDefault(g.Key)).FirstOrDefault())
            .Where(e => e is not null)
            .Select(e => new PendingDisruption(e!.ChildId, e.Date, e.Reason))
            .ToList();
    }

    /// <summary>The RAA whose panel considers the cases of each LA of the region (by LA id).</summary>
    private static async Task<Dictionary<int, int>> PanelAgencyOfLaAsync(PermanenceDbContext db)
    {
        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.RegionId, o.Type }).ToListAsync();
        var raa = organisations.Where(o => o.Type == OrganisationType.RegionalAdoptionAgency).GroupBy(o => o.RegionId).ToDictionary(g => g.Key, g => g.Min(o => o.Id));
        return organisations
            .Where(o => o.Type == OrganisationType.LocalAuthority && raa.ContainsKey(o.RegionId))
            .ToDictionary(o => o.Id, o => raa[o.RegionId]);
    }

    public static async Task<IReadOnlyList<PanelWork.ReadyCase>> ReadyAsync(PermanenceDbContext db)
    {
        var panelOf = await PanelAgencyOfLaAsync(db);
        var links = await db.MatchLinks.Where(l => l.Status == MatchLinkStatus.Proceeding).Include(l => l.Child).OrderBy(l => l.ProceedingOn).AsNoTracking().ToListAsync();
        var matches = links
            .Where(l => panelOf.ContainsKey(l.OwningOrganisationId))
            .Select(l => new PanelWork.ReadyCase(
                AgendaItemKind.Match, l.Id, $"{l.Child!.FullName} with {l.PresentedName}", panelOf[l.OwningOrganisationId],
                $"Linking meeting {DateDisplay.Format(l.LinkingMeetingDate)}{(l.PanelRecommendation == PanelRecommendation.Deferred ? $", deferred by the panel of {DateDisplay.Format(l.PanelDate)}" : "")}",
                HouseholdId: l.HouseholdId, ChildId: l.ChildId, MatchLinkId: l.Id));

        var pending = await PendingDisruptionsAsync(db);
        var ids = pending.Select(p => p.ChildId).ToList();
        var children = ids.Count == 0 ? [] : await db.Children.Where(c => ids.Contains(c.Id)).AsNoTracking().ToDictionaryAsync(c => c.Id);
        var reports = pending
            .Where(p => children.ContainsKey(p.ChildId) && panelOf.ContainsKey(children[p.ChildId].OwningOrganisationId))
            .OrderBy(p => p.Date)
            .Select(p => new PanelWork.ReadyCase(
                AgendaItemKind.DisruptionReport, p.ChildId, children[p.ChildId].FullName, panelOf[children[p.ChildId].OwningOrganisationId],
                $"Disruption on {DateDisplay.Format(p.Date)}{(p.Reason is null ? "" : ": " + p.Reason)}", ChildId: p.ChildId));
        return matches.Concat(reports).ToList();
    }

    /// <summary>Puts a ready match or disruption report on the meeting's agenda (the panel meets on or after the linking meeting or the disruption).</summary>
    public static async Task<Dictionary<string, string>> AddAsync(PermanenceDbContext db, PanelMeeting meeting, PanelWork.ReadyCase ready)
    {
        var errors = new Dictionary<string, string>();
        var item = new PanelAgendaItem { MeetingId = meeting.Id, OwningOrganisationId = meeting.OwningOrganisationId, Kind = ready.Kind, ChildId = ready.ChildId };
        if (ready.Kind == AgendaItemKind.Match)
        {
            var link = await db.MatchLinks.Include(l => l.Visits).Include(l => l.Child).FirstAsync(l => l.Id == ready.MatchLinkId);
            foreach (var (field, message) in MatchLinkRules.OnAgenda(link.State, meeting.MeetingDate)) errors.TryAdd(field, message);
            if (errors.Count > 0) return errors;
            item.HouseholdId = link.HouseholdId;
            item.MatchLinkId = link.Id;
            item.MatchLink = link;
            item.Child = link.Child;
            link.Status = MatchLinkStatus.OnPanelAgenda;
            link.PanelAgendaItemId = item.Id;
            link.PanelDate = meeting.MeetingDate;
            link.PanelRecommendation = null;
        }
        else
        {
            var disruption = (await PendingDisruptionsAsync(db, ready.ChildId)).Single();
            if (meeting.MeetingDate < disruption.Date)
            {
                errors["ChildId"] = $"The panel must meet on or after the disruption ({DateDisplay.Format(disruption.Date)})";
                return errors;
            }
        }

        db.PanelAgendaItems.Add(item);
        meeting.Items.Add(item);
        return errors;
    }

    /// <summary>The panel's recommendation on a match goes onto the link, for the child's LA decision maker to see.</summary>
    public static void Recommended(PanelMeeting meeting, PanelAgendaItem item)
    {
        if (item.Kind != AgendaItemKind.Match || item.MatchLink is not { } link || item.Recommendation is not { } recommendation) return;
        link.PanelDate = meeting.MeetingDate;
        link.PanelRecommendation = recommendation;
        link.Status = MatchLinkRules.AfterRecommendation(recommendation);
    }
}
