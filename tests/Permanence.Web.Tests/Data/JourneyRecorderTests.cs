using Permanence.Data.Journeys;
using Permanence.Data.Model.Children;
using Permanence.Domain.Children.Journey;

namespace Permanence.Web.Tests.Data;

/// <summary>The recorder works on an in-memory child: no database is needed to check its rules.</summary>
public class JourneyRecorderTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static Child NewChild()
    {
        var child = new Child { GivenName = "Ada", FamilyName = "Test", EthnicityCode = "WBRI", DateOfBirth = D("2021-03-01"), DateEnteredCare = D("2022-01-10"), OwningOrganisationId = 7 };
        Assert.True(JourneyRecorder.AlignWithRecord(child, child.DateOfBirth, Today).Succeeded);
        return child;
    }

    private static JourneyResult Record(Child child, JourneyEventType type, string date, string? reason = null) =>
        JourneyRecorder.Record(child, new JourneyEvent(Guid.Empty, type, D(date), Reason: reason), JourneyEventSource.Recorded, Today);

    [Fact]
    public void Recording_adds_an_event_owned_by_the_childs_LA_with_the_next_sequence()
    {
        var child = NewChild();
        var result = Record(child, JourneyEventType.ShouldBePlacedDecision, "2022-05-01");

        Assert.True(result.Succeeded);
        var added = child.JourneyEvents.Single(e => e.Id == result.EventId);
        Assert.Equal((7, 2, child.Id, JourneyEventType.ShouldBePlacedDecision), (added.OwningOrganisationId, added.Sequence, added.ChildId, added.Type));
        Assert.Equal(JourneyStage.ShouldBePlaced, result.Journey.Stage);
    }

    [Fact]
    public void A_refused_event_is_not_added()
    {
        var child = NewChild();
        var result = Record(child, JourneyEventType.MatchDecision, "2022-05-01");

        Assert.False(result.Succeeded);
        Assert.Equal([new JourneyError("Date", "A match needs a should be placed for adoption decision on or before its date")], result.Errors);
        Assert.Single(child.JourneyEvents);
    }

    [Fact]
    public void Removing_an_event_that_a_later_one_depends_on_is_refused_with_the_conflict()
    {
        var child = NewChild();
        var decision = Record(child, JourneyEventType.ShouldBePlacedDecision, "2022-05-01").EventId;
        Assert.True(Record(child, JourneyEventType.PlacementOrderGranted, "2022-09-01").Succeeded);

        var result = JourneyRecorder.Remove(child, decision, Today);

        Assert.Equal(
            "This conflicts with the placement order granted of 1 September 2022: A placement order needs a should be placed for adoption decision on or before its date",
            Assert.Single(result.Errors).Message
        );
        Assert.Equal(3, child.JourneyEvents.Count);
    }

    [Fact]
    public void Changing_a_date_is_checked_against_the_other_events()
    {
        var child = NewChild();
        var decision = Record(child, JourneyEventType.ShouldBePlacedDecision, "2022-05-01").EventId;
        Assert.True(Record(child, JourneyEventType.PlacementOrderGranted, "2022-09-01").Succeeded);

        Assert.False(JourneyRecorder.Change(child, decision, new JourneyEvent(decision, JourneyEventType.ShouldBePlacedDecision, D("2022-10-01")), Today).Succeeded);
        Assert.True(JourneyRecorder.Change(child, decision, new JourneyEvent(decision, JourneyEventType.ShouldBePlacedDecision, D("2022-06-01")), Today).Succeeded);
        Assert.Equal(D("2022-06-01"), child.JourneyEvents.Single(e => e.Id == decision).Date);
    }

    [Fact]
    public void The_childs_date_entered_care_follows_the_latest_period()
    {
        var child = NewChild();
        Assert.True(Record(child, JourneyEventType.LeftCare, "2022-06-01", "Returned home").Succeeded);
        Assert.True(Record(child, JourneyEventType.EnteredCare, "2023-02-01").Succeeded);

        Assert.Equal(D("2023-02-01"), child.DateEnteredCare);
    }

    [Fact]
    public void Editing_the_record_moves_the_latest_entry_into_care_unless_the_journey_forbids_it()
    {
        var child = NewChild();
        Assert.True(Record(child, JourneyEventType.ShouldBePlacedDecision, "2022-05-01").Succeeded);

        child.DateEnteredCare = D("2022-02-01");
        Assert.True(JourneyRecorder.AlignWithRecord(child, child.DateOfBirth, Today).Succeeded);
        Assert.Equal(D("2022-02-01"), child.JourneyEvents.Single(e => e.Type == JourneyEventType.EnteredCare).Date);

        child.DateEnteredCare = D("2022-06-01"); // after the decision
        var refused = JourneyRecorder.AlignWithRecord(child, child.DateOfBirth, Today);
        Assert.False(refused.Succeeded);
        Assert.Equal(D("2022-02-01"), child.JourneyEvents.Single(e => e.Type == JourneyEventType.EnteredCare).Date);
    }

    [Fact]
    public void History_that_already_breaks_a_rule_does_not_block_a_new_valid_event()
    {
        var child = NewChild();
        // As an import could leave it: a match with no decision before it.
        child.JourneyEvents.Add(new ChildJourneyEvent { ChildId = child.Id, OwningOrganisationId = 7, Type = JourneyEventType.MatchDecision, Date = D("2022-03-01"), Sequence = 5 });

        Assert.True(Record(child, JourneyEventType.LegalPlanningMeeting, "2022-02-01").Succeeded);
    }
}
