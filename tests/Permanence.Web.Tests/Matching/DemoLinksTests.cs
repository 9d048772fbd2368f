using Microsoft.EntityFrameworkCore;
using Permanence.Data.Journeys;
using Permanence.Domain.Adopters;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Matching;
using Permanence.Domain.Panels;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Matching;

/// <summary>The demo region's links are at every status and agree with the journeys, households and panels.</summary>
[Collection(WebCollection.Name)]
public class DemoLinksTests(PermanenceFactory factory)
{
    [Fact]
    public async Task DemoLinks_AreAtEveryStatus_AndConsistentWithTheJourneysAndPanels()
    {
        await using var db = factory.SystemContext();
        var demo = await db.MatchLinks.Include(l => l.Visits).Where(l => l.ShortlistedBy == "Family finder").ToListAsync();
        var statuses = demo.Select(l => l.Status).ToHashSet();
        foreach (var expected in new[] { MatchLinkStatus.Shortlisted, MatchLinkStatus.Visiting, MatchLinkStatus.Declined, MatchLinkStatus.OnPanelAgenda, MatchLinkStatus.Introductions })
        {
            Assert.Contains(expected, statuses);
        }

        Assert.All(demo.Where(l => l.Status == MatchLinkStatus.Declined), l => Assert.NotNull(l.DeclineReason));
        Assert.All(demo.Where(l => l.Status == MatchLinkStatus.Visiting), l => Assert.NotEmpty(l.Visits));

        var onPanel = demo.Single(l => l.Status == MatchLinkStatus.OnPanelAgenda);
        var item = await db.PanelAgendaItems.Include(i => i.Meeting).SingleAsync(i => i.Id == onPanel.PanelAgendaItemId);
        Assert.Equal((AgendaItemKind.Match, onPanel.ChildId), (item.Kind, item.ChildId));
        Assert.True(item.Meeting!.MeetingDate > DateOnly.FromDateTime(PermanenceFactory.Now.UtcDateTime)); // a future panel

        var introductions = demo.Single(l => l.Status == MatchLinkStatus.Introductions);
        var child = await db.Children.Include(c => c.JourneyEvents).SingleAsync(c => c.Id == introductions.ChildId);
        var journey = JourneyRecorder.Journey(child, DateOnly.FromDateTime(PermanenceFactory.Now.UtcDateTime));
        Assert.Equal(JourneyStage.Matched, journey.Stage);
        Assert.Equal(introductions.MatchDecisionDate, journey.Current!.MatchDecision);
        Assert.True(introductions.PanelDate < introductions.MatchDecisionDate && introductions.MatchDecisionDate < introductions.IntroductionsStartDate);
        var household = await db.AdopterHouseholds.SingleAsync(h => h.Id == introductions.HouseholdId);
        Assert.Equal((AdopterStage.Matched, introductions.MatchDecisionDate), (household.Stage, household.LinkedDate));
    }
}
