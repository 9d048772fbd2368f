using Bogus;
using Microsoft.EntityFrameworkCore;
using Permanence.Data.Journeys;
using Permanence.Data.Model.Adopters;
using Permanence.Data.Model.Children;
using Permanence.Data.Model.Matching;
using Permanence.Data.Model.Organisations;
using Permanence.Data.Model.Panels;
using Permanence.Domain.Adopters;
using Permanence.Domain.Children;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Matching;
using Permanence.Domain.Organisations;
using Permanence.Domain.Panels;

namespace Permanence.Data.Demo;

public sealed partial class DemoGenerator
{
    private Randomizer? _linkRandom;

    private Randomizer LinkRandom => _linkRandom ??= new Randomizer(seed + 3);

    /// <summary>
    /// Family-finding links in the demo region, consistent with the journeys: in every LA a child
    /// with a household shortlisted, one with visits, one with a link declined (with its reason) and
    /// another shortlisted; a match on the RAA's next adoption panel and a child
    /// matched (the decision on the journey, the panel before it, the household linked) and in
    /// introductions (in the first LAs with children waiting long enough). Children waiting with a
    /// placement order made at least 45 days ago, alone (not in a sibling group).
    /// Returns the number of links.
    /// </summary>
    private async Task<int> SeedLinksAsync(Region region, CancellationToken cancellationToken)
    {
        var r = LinkRandom;
        var raa = region.Organisations.Single(o => o.Type == OrganisationType.RegionalAdoptionAgency);
        var agencies = region.Organisations.Where(o => o.Type != OrganisationType.LocalAuthority).ToDictionary(o => o.Id);
        var agencyIds = agencies.Keys.ToList();
        var households = await db.AdopterHouseholds
            .Where(h => agencyIds.Contains(h.OwningOrganisationId) && h.Stage == AdopterStage.Approved && h.ApprovalDate != null && h.RangeMinimumChildren != null)
            .OrderBy(h => h.Name).ToListAsync(cancellationToken);
        households = households.Where(h => h.ApprovalDate <= today.AddDays(-90)).ToList();
        if (households.Count == 0) return 0;
        var busy = new HashSet<Guid>();
        // Linking a household makes it matched: the RAA keeps at least one approved household waiting.
        var approvedOf = (await db.AdopterHouseholds.Where(h => agencyIds.Contains(h.OwningOrganisationId) && h.Stage == AdopterStage.Approved)
            .GroupBy(h => h.OwningOrganisationId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken)).ToDictionary(g => g.Key, g => g.Count);
        bool KeepsOneWaiting(AdopterHousehold h) => h.OwningOrganisationId != raa.Id || approvedOf.GetValueOrDefault(raa.Id) >= 2;
        var links = 0;
        var (panelSeeded, introductionsSeeded) = (false, false);
        foreach (var la in region.Organisations.Where(o => o.Type == OrganisationType.LocalAuthority).OrderBy(o => o.LaCode))
        {
            var journeys = (await db.Children.Where(c => c.OwningOrganisationId == la.Id).Include(c => c.JourneyEvents).OrderBy(c => c.LocalReference).ToListAsync(cancellationToken))
                .Select(c => (Child: c, Journey: JourneyRecorder.Journey(c, today)))
                .Where(x => x.Journey.IsValid && x.Journey.Stage is JourneyStage.AuthorityToPlace or JourneyStage.ShouldBePlaced)
                .ToList();
            // Matches, visits and declines need a child alone, waiting with a placement order long
            // enough for their dates; a shortlist can be any waiting child's.
            var waiting = journeys
                .Where(x => x.Child.SiblingGroupId == null && x.Journey.Current!.PlacementOrderInForce is { } order && order <= today.AddDays(-45))
                .Select(x => x.Child)
                .ToList();
            var used = new HashSet<Guid>();
            var next = 0;
            Child? Next()
            {
                while (next < waiting.Count)
                {
                    var child = waiting[next++];
                    if (used.Add(child.Id)) return child;
                }

                return null;
            }

            Child? NextAny() => journeys.Select(x => x.Child).FirstOrDefault(c => used.Add(c.Id));
            AdopterHousehold? For(Child child, bool live, Func<AdopterHousehold, bool>? also = null)
            {
                var free = households.Where(h => !(live && busy.Contains(h.Id)) && (also is null || also(h))).ToList();
                return free.Where(h => Age.InYears(child.DateOfBirth, today) is var age && age >= h.RangeMinimumAgeYears && age <= h.RangeMaximumAgeYears).OrderBy(_ => r.Int()).FirstOrDefault()
                    ?? free.OrderBy(_ => r.Int()).FirstOrDefault();
            }

            if (!panelSeeded || !introductionsSeeded)
            {
                var (panel, introductions) = await SeedMatchesAsync(la, raa, agencies, Next, (c, live) => For(c, live), (c, live) => For(c, live, KeepsOneWaiting), busy, !panelSeeded, !introductionsSeeded, cancellationToken);
                links += (panel ? 1 : 0) + (introductions ? 1 : 0);
                (panelSeeded, introductionsSeeded) = (panelSeeded || panel, introductionsSeeded || introductions);
            }

            if (NextAny() is { } shortlisted && For(shortlisted, false) is { } h1)
            {
                NewLink(la, raa, agencies, shortlisted, h1, today);
                links++;
            }

            if (Next() is { } visited && For(visited, false) is { } h2)
            {
                var link = NewLink(la, raa, agencies, visited, h2, today.AddDays(-r.Number(30, 40)));
                AddVisit(link, link.ShortlistedOn.AddDays(r.Number(5, 10)), "Family finder and the child's social worker visited the household", "The household talked about the child's routines and contact with their grandmother.");
                AddVisit(link, link.ShortlistedOn.AddDays(r.Number(15, 25)), "Household met the foster carers", null);
                link.Status = MatchLinkStatus.Visiting;
                links++;
            }

            if (Next() is { } declinedChild && For(declinedChild, false) is { } h3)
            {
                var declined = NewLink(la, raa, agencies, declinedChild, h3, today.AddDays(-r.Number(40, 44)));
                AddVisit(declined, declined.ShortlistedOn.AddDays(7), "Family finder visited the household", null);
                declined.Status = MatchLinkStatus.Declined;
                declined.DeclineReason = r.ArrayElement([DeclineReason.LocationOrContact, DeclineReason.NeedsCouldNotBeMet, DeclineReason.HouseholdDeclined]);
                declined.CloseNotes = "Discussed at the family-finding meeting.";
                declined.ClosedOn = declined.ShortlistedOn.AddDays(20);
                links++;
                if (households.FirstOrDefault(h => h.Id != h3.Id) is { } other)
                {
                    NewLink(la, raa, agencies, declinedChild, other, declined.ClosedOn.Value.AddDays(3));
                    links++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            households = await db.AdopterHouseholds.Where(h => households.Select(x => x.Id).Contains(h.Id) && h.Stage == AdopterStage.Approved).OrderBy(h => h.Name).ToListAsync(cancellationToken);
            if (households.Count == 0) break;
        }

        await SeedDisruptionReportsAsync(region, raa, cancellationToken);
        return links;
    }

    /// <summary>
    /// Disruptions more than eight weeks old were reported to the RAA's adoption panel: on the first
    /// meeting two to twelve weeks after the disruption, or on a meeting four weeks after it. Newer
    /// ones are left ready for panel.
    /// </summary>
    private async Task SeedDisruptionReportsAsync(Region region, Organisation raa, CancellationToken cancellationToken)
    {
        var las = region.Organisations.Where(o => o.Type == OrganisationType.LocalAuthority).Select(o => o.Id).ToList();
        var reportedBy = today.AddDays(-56);
        var disruptions = await db.ChildJourneyEvents
            .Where(e => e.Type == JourneyEventType.Disruption && las.Contains(e.OwningOrganisationId) && e.Date <= reportedBy)
            .OrderBy(e => e.Date).ThenBy(e => e.ChildId)
            .Select(e => new { e.ChildId, e.Date })
            .ToListAsync(cancellationToken);
        if (disruptions.Count == 0) return;
        var meetings = await db.PanelMeetings.Where(m => m.OwningOrganisationId == raa.Id && m.Type == PanelType.Adoption && m.MeetingDate < today).ToListAsync(cancellationToken);
        var members = await db.PanelMembers.Where(m => m.OwningOrganisationId == raa.Id && m.Active).ToListAsync(cancellationToken);
        foreach (var d in disruptions)
        {
            var meeting = meetings.Where(m => m.MeetingDate >= d.Date.AddDays(14) && m.MeetingDate <= d.Date.AddDays(84)).OrderBy(m => m.MeetingDate).FirstOrDefault();
            if (meeting is null)
            {
                meeting = new PanelMeeting { Id = LinkRandom.Guid(), OwningOrganisationId = raa.Id, Type = PanelType.Adoption, MeetingDate = d.Date.AddDays(28), Minutes = "Quorate. Disruption report considered." };
                meeting.Attendance.AddRange(members.Select(m => new PanelAttendance { MeetingId = meeting.Id, MemberId = m.Id, OwningOrganisationId = raa.Id }));
                db.PanelMeetings.Add(meeting);
                meetings.Add(meeting);
            }

            db.PanelAgendaItems.Add(new PanelAgendaItem
            {
                Id = LinkRandom.Guid(), MeetingId = meeting.Id, OwningOrganisationId = raa.Id, Kind = AgendaItemKind.DisruptionReport, ChildId = d.ChildId,
                Recommendation = PanelRecommendation.Recommended, RecommendationNotes = "The panel considered the disruption report and its learning for the child's next family.",
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>A match on the RAA's next panel, and a child matched last week and now in introductions.</summary>
    private async Task<(bool Panel, bool Introductions)> SeedMatchesAsync(
        Organisation la, Organisation raa, Dictionary<int, Organisation> agencies, Func<Child?> next, Func<Child, bool, AdopterHousehold?> pick,
        Func<Child, bool, AdopterHousehold?> pickToLink, HashSet<Guid> busy,
        bool wantPanel, bool wantIntroductions, CancellationToken cancellationToken)
    {
        var (panelSeeded, introductionsSeeded) = (false, false);
        var upcoming = await db.PanelMeetings.Where(m => m.OwningOrganisationId == raa.Id && m.MeetingDate > today).OrderBy(m => m.MeetingDate).FirstOrDefaultAsync(cancellationToken);
        if (wantPanel && upcoming is not null && next() is { } toPanel && pick(toPanel, true) is { } h4)
        {
            var link = LinkedAtMeeting(la, raa, agencies, toPanel, h4, today.AddDays(-44), today.AddDays(-12));
            link.Status = MatchLinkStatus.OnPanelAgenda;
            link.ProceedingOn = today.AddDays(-10);
            link.PanelDate = upcoming.MeetingDate;
            var item = new PanelAgendaItem { Id = LinkRandom.Guid(), MeetingId = upcoming.Id, OwningOrganisationId = raa.Id, Kind = AgendaItemKind.Match, HouseholdId = h4.Id, ChildId = toPanel.Id, MatchLinkId = link.Id };
            link.PanelAgendaItemId = item.Id;
            db.PanelAgendaItems.Add(item);
            busy.Add(h4.Id);
            panelSeeded = true;
        }

        var members = await db.PanelMembers.Where(m => m.OwningOrganisationId == raa.Id && m.Active).ToListAsync(cancellationToken);
        var quorate = members.Where(m => m.Role != PanelRole.ViceChair && !(m.Role == PanelRole.SocialWorker && m.SocialWorkYearsQualified < PanelQuorum.SocialWorkerYearsQualified)).ToList();
        for (var attempt = 0; wantIntroductions && attempt < 5 && PanelQuorum.IsQuorate(quorate.Select(m => m.AsAttendee()).ToList()); attempt++)
        {
            if (next() is not { } matched || pickToLink(matched, true) is not { } h5) break;
            var decided = today.AddDays(-12);
            var result = JourneyRecorder.Record(matched, new JourneyEvent(Guid.Empty, JourneyEventType.MatchDecision, decided), JourneyEventSource.Recorded, today);
            if (!result.Succeeded) continue;
            var panelDate = today.AddDays(-14);
            var meeting = new PanelMeeting { Id = LinkRandom.Guid(), OwningOrganisationId = raa.Id, Type = PanelType.Adoption, MeetingDate = panelDate, Minutes = "Quorate. One match considered." };
            meeting.Attendance.AddRange(quorate.Select(m => new PanelAttendance { MeetingId = meeting.Id, MemberId = m.Id, OwningOrganisationId = raa.Id }));
            var link = LinkedAtMeeting(la, raa, agencies, matched, h5, today.AddDays(-44), today.AddDays(-30));
            var item = new PanelAgendaItem
            {
                Id = LinkRandom.Guid(), MeetingId = meeting.Id, OwningOrganisationId = raa.Id, Kind = AgendaItemKind.Match, HouseholdId = h5.Id, ChildId = matched.Id, MatchLinkId = link.Id,
                Recommendation = PanelRecommendation.Recommended, RecommendationNotes = "The panel recommends the match.",
            };
            meeting.Items.Add(item);
            db.PanelMeetings.Add(meeting);
            link.ProceedingOn = today.AddDays(-28);
            link.PanelAgendaItemId = item.Id;
            link.PanelDate = panelDate;
            link.PanelRecommendation = PanelRecommendation.Recommended;
            link.MatchApproved = true;
            link.MatchDecisionDate = decided;
            link.MatchDecidedBy = "Agency decision maker";
            link.IntroductionsStartDate = today.AddDays(-5);
            link.Status = MatchLinkStatus.Introductions;
            h5.LinkedDate = decided;
            h5.Stage = AdopterStage.Matched;
            busy.Add(h5.Id);
            introductionsSeeded = true;
            break;
        }

        return (panelSeeded, introductionsSeeded);
    }

    private MatchLink LinkedAtMeeting(Organisation la, Organisation raa, Dictionary<int, Organisation> agencies, Child child, AdopterHousehold h, DateOnly shortlisted, DateOnly linkingMeeting)
    {
        var link = NewLink(la, raa, agencies, child, h, shortlisted);
        AddVisit(link, shortlisted.AddDays(8), "Family finder and the child's social worker visited the household", null);
        AddVisit(link, shortlisted.AddDays(14), "Household visited the child's social worker and saw a video of the child", null);
        link.LinkingMeetingDate = linkingMeeting;
        link.LinkingMeetingOutcome = LinkingMeetingOutcome.ProceedToPanel;
        link.LinkingMeetingNotes = "Everyone agreed to proceed to the matching panel.";
        if (link.InterAgency)
        {
            link.FeeStatus = InterAgencyFeeStatus.Agreed;
            link.FeeAmount = 27_000m;
        }

        return link;
    }

    private MatchLink NewLink(Organisation la, Organisation raa, Dictionary<int, Organisation> agencies, Child child, AdopterHousehold h, DateOnly shortlisted)
    {
        var link = new MatchLink
        {
            Id = LinkRandom.Guid(),
            OwningOrganisationId = la.Id,
            ChildId = child.Id,
            HouseholdId = h.Id,
            Status = MatchLinkStatus.Shortlisted,
            ShortlistedOn = shortlisted,
            ShortlistedBy = "Family finder",
            ShortlistedById = _familyFinderOfLa.GetValueOrDefault(la.Id),
            PresentedName = h.Name,
            PresentedAgency = agencies[h.OwningOrganisationId].Name,
            PresentedArea = h.Area,
            PresentedApprovalRange = MatchLinkRules.PresentedRange(h.Range),
            InterAgency = h.OwningOrganisationId != raa.Id,
            FeeStatus = InterAgencyFeeStatus.NotApplicable,
        };
        db.MatchLinks.Add(link);
        return link;
    }

    private void AddVisit(MatchLink link, DateOnly date, string who, string? notes)
    {
        var visit = new MatchLinkVisit { Id = LinkRandom.Guid(), MatchLinkId = link.Id, OwningOrganisationId = link.OwningOrganisationId, VisitDate = date, Visitors = who, Notes = notes };
        link.Visits.Add(visit);
    }
}
