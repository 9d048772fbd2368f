using Permanence.Domain.Children.Journey;
using static Permanence.Domain.Children.Journey.JourneyEventType;

namespace Permanence.Domain.Tests.Children.Journey;

public class ChildJourneyTests
{
    private static readonly DateOnly Birth = new(2020, 2, 29);
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static int _sequence;

    private static JourneyEvent E(JourneyEventType type, string date, string? reason = null, PermanenceRoutes routes = PermanenceRoutes.None,
        EarlyPermanence early = EarlyPermanence.None, bool fosterCarers = false, string? withCarers = null) =>
        new(Guid.NewGuid(), type, D(date), Interlocked.Increment(ref _sequence), reason, routes, early, fosterCarers, withCarers is null ? null : D(withCarers));

    /// <summary>A complete adoption: care, SHOBPA, placement order, match, move-in, order.</summary>
    private static List<JourneyEvent> Adoption() =>
    [
        E(EnteredCare, "2022-01-10"),
        E(IdentifiedForAdoption, "2022-03-01"),
        E(PermanencePlanMade, "2022-03-01", routes: PermanenceRoutes.Adoption | PermanenceRoutes.SpecialGuardianship),
        E(ShouldBePlacedDecision, "2022-06-01"),
        E(PlacementOrderGranted, "2022-09-01"),
        E(MatchDecision, "2023-01-15"),
        E(MovedInWithAdopters, "2023-02-01"),
        E(AdoptionOrder, "2023-09-01"),
    ];

    private static ChildJourney Replay(IEnumerable<JourneyEvent> events) => ChildJourney.Replay(events, Birth, Today);

    private static string OnlyError(IEnumerable<JourneyEvent> events)
    {
        var journey = Replay(events);
        return Assert.Single(journey.Violations).Message;
    }

    [Fact]
    public void A_complete_adoption_replays_without_violations_and_gives_one_scorecard_journey()
    {
        var journey = Replay(Adoption());

        Assert.True(journey.IsValid);
        Assert.Equal(JourneyStage.Adopted, journey.Stage);
        var adoption = Assert.Single(journey.AdoptionJourneys("C1", "991"));
        Assert.Equal(new Permanence.Domain.Scorecard.AdoptionJourney("C1", "991", D("2022-01-10"), D("2023-02-01"), null, false, D("2022-09-01"), D("2023-01-15"), D("2023-09-01"), false), adoption);
    }

    [Fact]
    public void Events_are_replayed_in_date_order_whatever_order_they_were_recorded_in()
    {
        var events = Adoption();
        events.Reverse();

        Assert.True(Replay(events).IsValid);
    }

    [Theory]
    [InlineData(EnteredCare, "2026-11-24", "Date must be today or in the past")]
    [InlineData(EnteredCare, "2020-02-28", "Date must be on or after the child's date of birth")]
    [InlineData(ShouldBePlacedDecision, "2021-01-01", "Record the date the child entered care first")]
    public void An_event_in_the_future_before_birth_or_before_care_is_refused(JourneyEventType type, string date, string message) =>
        Assert.Equal(message, OnlyError([E(type, date)]));

    [Fact]
    public void An_event_today_and_an_entry_into_care_on_the_day_of_birth_are_accepted() =>
        Assert.True(Replay([E(EnteredCare, "2020-02-29"), E(IdentifiedForAdoption, "2026-11-23")]).IsValid);

    [Fact]
    public void No_placement_order_before_entering_care() =>
        Assert.Equal(
            "The child was not in care on 1 May 2021: the child entered care on 1 June 2021",
            OnlyError([E(EnteredCare, "2021-06-01"), E(PlacementOrderGranted, "2021-05-01"), E(ShouldBePlacedDecision, "2021-07-01")])
        );

    [Fact]
    public void No_placement_order_without_a_should_be_placed_decision() =>
        Assert.Equal(
            "A placement order needs a should be placed for adoption decision on or before its date",
            OnlyError([E(EnteredCare, "2021-06-01"), E(PlacementOrderGranted, "2021-09-01")])
        );

    [Fact]
    public void No_match_before_a_should_be_placed_decision() =>
        Assert.Equal(
            "A match needs a should be placed for adoption decision on or before its date",
            OnlyError([E(EnteredCare, "2021-06-01"), E(MatchDecision, "2021-09-01"), E(ShouldBePlacedDecision, "2021-10-01")])
        );

    [Fact]
    public void A_second_placement_order_while_one_is_in_force_is_refused() =>
        Assert.Equal(
            "A placement order is already in force (granted on 1 September 2022)",
            OnlyError([.. Adoption().Take(5), E(PlacementOrderGranted, "2022-10-01")])
        );

    [Fact]
    public void A_placement_order_revoked_and_granted_again_keeps_the_first_for_A2()
    {
        var journey = Replay(
        [
            .. Adoption().Take(5),
            E(PlacementOrderRevoked, "2022-11-01", "Appeal allowed"),
            E(PlacementOrderGranted, "2023-01-01"),
        ]);

        Assert.True(journey.IsValid);
        Assert.Equal(D("2022-09-01"), journey.Current!.FirstPlacementOrder);
        Assert.Equal(D("2023-01-01"), journey.Current.PlacementOrderInForce);
        Assert.Equal(JourneyStage.AuthorityToPlace, journey.Stage);
    }

    [Fact]
    public void A_plan_reversed_and_then_restored()
    {
        var events = new List<JourneyEvent>
        {
            E(EnteredCare, "2022-01-10"),
            E(ShouldBePlacedDecision, "2022-06-01"),
            E(ShouldBePlacedDecisionReversed, "2022-08-01", "Grandmother came forward"),
            E(PlanChanged, "2022-08-01", "Grandmother assessed as special guardian", PermanenceRoutes.SpecialGuardianship),
        };
        var changed = Replay(events);
        Assert.True(changed.IsValid);
        Assert.Equal(JourneyStage.PlanChanged, changed.Stage);
        Assert.False(JourneyStage.PlanChanged.IsTracked());

        events.Add(E(ShouldBePlacedDecision, "2022-12-01"));
        events.Add(E(PlacementOrderGranted, "2023-02-01"));
        var restored = Replay(events);
        Assert.True(restored.IsValid);
        Assert.Equal(JourneyStage.AuthorityToPlace, restored.Stage);
        Assert.Equal(D("2022-12-01"), restored.Current!.ShouldBePlacedDecision);
    }

    [Fact]
    public void A_reversal_needs_a_decision_in_force_and_a_reason()
    {
        var journey = Replay([E(EnteredCare, "2022-01-10"), E(ShouldBePlacedDecisionReversed, "2022-08-01")]);

        Assert.Equal(
            [(ChildJourney.ReasonField, "Enter the reason the decision was reversed")],
            journey.Violations.Select(v => (v.Field, v.Message))
        );
        Assert.Equal(
            "There is no should be placed for adoption decision in force to reverse",
            OnlyError([E(EnteredCare, "2022-01-10"), E(ShouldBePlacedDecisionReversed, "2022-08-01", "Changed")])
        );
    }

    [Fact]
    public void A_change_of_plan_needs_the_decision_reversed_first() =>
        Assert.Equal(
            "The should be placed for adoption decision of 1 June 2022 is in force: record its reversal first",
            OnlyError([E(EnteredCare, "2022-01-10"), E(ShouldBePlacedDecision, "2022-06-01"), E(PlanChanged, "2022-08-01", "Kinship", PermanenceRoutes.SpecialGuardianship)])
        );

    [Theory]
    [InlineData(PermanenceRoutes.Adoption, "A change of plan is to a route other than adoption")]
    [InlineData(PermanenceRoutes.SpecialGuardianship | PermanenceRoutes.ReturnHome, "Select the one permanence route the plan changed to")]
    [InlineData(PermanenceRoutes.None, "Select the one permanence route the plan changed to")]
    public void A_change_of_plan_is_to_one_other_route(PermanenceRoutes routes, string message) =>
        Assert.Equal(message, OnlyError([E(EnteredCare, "2022-01-10"), E(PlanChanged, "2022-08-01", "Reason", routes)]));

    [Fact]
    public void A_twin_track_plan_explores_several_routes_and_early_permanence_needs_adoption()
    {
        var twinTrack = Replay([E(EnteredCare, "2022-01-10"), E(PermanencePlanMade, "2022-02-01", routes: PermanenceRoutes.Adoption | PermanenceRoutes.ReturnHome, early: EarlyPermanence.FosteringForAdoption)]);
        Assert.True(twinTrack.IsValid);
        Assert.Equal(JourneyStage.PossibleAdoption, twinTrack.Stage);
        Assert.Equal(EarlyPermanence.FosteringForAdoption, twinTrack.Current!.EarlyPermanence);

        Assert.Equal(
            "Early permanence is only for a plan that includes adoption",
            OnlyError([E(EnteredCare, "2022-01-10"), E(PermanencePlanMade, "2022-02-01", routes: PermanenceRoutes.LongTermFostering, early: EarlyPermanence.ConcurrentPlanning)])
        );
        Assert.Equal("Select at least one permanence route", OnlyError([E(EnteredCare, "2022-01-10"), E(PermanencePlanMade, "2022-02-01")]));
    }

    [Fact]
    public void A_disruption_followed_by_a_new_match_counts_the_family_who_adopted()
    {
        var journey = Replay(
        [
            .. Adoption().Take(7), // moved in 1 February 2023
            E(Disruption, "2023-05-01", "Placement broke down"),
            E(MatchDecision, "2023-08-01"),
            E(MovedInWithAdopters, "2023-09-01"),
            E(AdoptionOrder, "2024-04-01"),
        ]);

        Assert.True(journey.IsValid);
        var disruption = Assert.Single(journey.Current!.Disruptions);
        Assert.Equal((false, D("2023-01-15"), D("2023-02-01")), (disruption.AfterOrder, disruption.MatchDecision, disruption.MovedIn));
        var adoption = Assert.Single(journey.AdoptionJourneys("C1", null));
        Assert.Equal((D("2023-09-01"), D("2023-08-01"), D("2022-09-01")), (adoption.MovedInWithAdopters, adoption.MatchDecision, adoption.PlacementOrder));
    }

    [Fact]
    public void A_new_match_while_matched_is_refused_until_a_disruption() =>
        Assert.Equal(
            "The child is already matched (on 15 January 2023): record a disruption before a new match",
            OnlyError([.. Adoption().Take(6), E(MatchDecision, "2023-03-01")])
        );

    [Fact]
    public void A_disruption_after_the_order_is_kept_with_the_adoption_and_a_new_period_can_follow()
    {
        var journey = Replay([.. Adoption(), E(Disruption, "2025-03-01", "Family breakdown"), E(EnteredCare, "2025-03-02")]);

        Assert.True(journey.IsValid);
        Assert.Equal(2, journey.Periods.Count);
        Assert.True(Assert.Single(journey.Periods[0].Disruptions).AfterOrder);
        Assert.Equal(JourneyStage.InCare, journey.Stage);
        Assert.Single(journey.AdoptionJourneys("C1", null)); // the adoption still counts in its year
    }

    [Fact]
    public void A_disruption_needs_a_placement() =>
        Assert.Equal(
            "There is no placement with an adoptive family on this date to disrupt",
            OnlyError([.. Adoption().Take(6), E(Disruption, "2023-01-20", "Broke down at introductions")])
        );

    [Fact]
    public void Moving_in_needs_a_match_and_authority_to_place()
    {
        Assert.Equal(
            "The child must be matched with the adopters on or before moving in",
            OnlyError([.. Adoption().Take(5), E(MovedInWithAdopters, "2023-02-01")])
        );
        Assert.Equal(
            "The child can't be placed for adoption without a placement order or parental consent in force",
            OnlyError([E(EnteredCare, "2022-01-10"), E(ShouldBePlacedDecision, "2022-06-01"), E(MatchDecision, "2022-07-01"), E(MovedInWithAdopters, "2022-08-01")])
        );
    }

    [Fact]
    public void A_relinquished_child_is_placed_with_parental_consent_and_has_no_placement_order()
    {
        var journey = Replay(
        [
            E(EnteredCare, "2024-01-05"),
            E(ParentalConsentToPlacement, "2024-01-20"),
            E(ShouldBePlacedDecision, "2024-02-01"),
            E(MatchDecision, "2024-03-01"),
            E(MovedInWithAdopters, "2024-03-10"),
            E(AdoptionOrder, "2024-10-01"),
        ]);

        Assert.True(journey.IsValid);
        var adoption = Assert.Single(journey.AdoptionJourneys("C1", null));
        Assert.True(adoption.Relinquished);
        Assert.Null(adoption.PlacementOrder);
    }

    [Fact]
    public void Foster_carers_who_adopt_may_have_no_agency_placement_and_give_the_date_they_took_the_child_in()
    {
        var journey = Replay(
        [
            E(EnteredCare, "2021-05-01"),
            E(MovedInWithAdopters, "2024-06-01", fosterCarers: true, withCarers: "2021-05-01"),
            E(AdoptionOrder, "2024-06-01"),
        ]);

        Assert.True(journey.IsValid);
        var adoption = Assert.Single(journey.AdoptionJourneys("C1", null));
        Assert.Equal((true, D("2021-05-01"), D("2024-06-01")), (adoption.AdoptedByFosterCarers, adoption.MovedInWithFosterCarersWhoAdopted, adoption.AdoptionOrder));
    }

    [Theory]
    [InlineData(true, "2023-02-02", "The date the child moved in with the foster carers must be on or before the date they were placed for adoption")]
    [InlineData(false, "2022-02-01", "Only give this date when the adopters are the child's foster carers")]
    public void The_foster_carer_date_is_checked(bool fosterCarers, string withCarers, string message) =>
        Assert.Equal(message, OnlyError([.. Adoption().Take(6), E(MovedInWithAdopters, "2023-02-01", fosterCarers: fosterCarers, withCarers: withCarers)]));

    [Fact]
    public void The_adoption_order_needs_the_child_to_live_with_the_adopters_and_ends_the_period()
    {
        Assert.Equal(
            "The child must move in with the adoptive family on or before the adoption order",
            OnlyError([.. Adoption().Take(6), E(AdoptionOrder, "2023-09-01")])
        );
        Assert.Equal(
            "The child was not in care on 2 September 2023: the period of care ended on 1 September 2023",
            OnlyError([.. Adoption(), E(AdoptionApplication, "2023-09-02")])
        );
    }

    [Fact]
    public void Same_day_events_follow_the_journey_order()
    {
        // Entered care, decision, order, match, move-in and adoption order all on one day (not
        // realistic, but nothing in a day's order should refuse it).
        var day = "2023-03-01";
        var journey = Replay(
        [
            E(AdoptionOrder, day), E(MovedInWithAdopters, day), E(MatchDecision, day), E(PlacementOrderGranted, day),
            E(ShouldBePlacedDecision, day), E(EnteredCare, day),
        ]);

        Assert.True(journey.IsValid);
        var adoption = Assert.Single(journey.AdoptionJourneys("C1", null));
        Assert.Equal(adoption.EnteredCare, adoption.MovedInWithAdopters);
    }

    [Fact]
    public void Leaving_care_ends_the_period_and_a_new_one_starts_only_after_it()
    {
        Assert.Equal(
            "The child is already in care: the period of care that began on 10 January 2022 has not ended",
            OnlyError([E(EnteredCare, "2022-01-10"), E(EnteredCare, "2022-05-01")])
        );

        var journey = Replay([E(EnteredCare, "2022-01-10"), E(LeftCare, "2022-05-01", "Returned home"), E(EnteredCare, "2023-01-01"), E(IdentifiedForAdoption, "2023-02-01")]);
        Assert.True(journey.IsValid);
        Assert.Equal([D("2022-01-10"), D("2023-01-01")], journey.Periods.Select(p => p.Start));
        Assert.Equal("Returned home", journey.Periods[0].LeftCareReason);
        Assert.Equal(JourneyStage.PossibleAdoption, journey.Stage);
    }

    [Fact]
    public void Proceedings_may_be_issued_before_care_and_conclude_once()
    {
        var journey = Replay([E(LegalPlanningMeeting, "2021-11-01"), E(CareProceedingsIssued, "2021-12-01"), E(EnteredCare, "2022-01-10"), E(CareProceedingsConcluded, "2022-06-01")]);
        Assert.True(journey.IsValid);
        Assert.Equal((D("2021-11-01"), D("2021-12-01"), D("2022-06-01")), (journey.Current!.LegalPlanningMeeting, journey.Current.CareProceedingsIssued, journey.Current.CareProceedingsConcluded));

        Assert.Equal("Care proceedings must be issued before they conclude", OnlyError([E(EnteredCare, "2022-01-10"), E(CareProceedingsConcluded, "2022-06-01")]));
    }

    [Theory]
    [InlineData(6, JourneyStage.Matched)]
    [InlineData(5, JourneyStage.AuthorityToPlace)]
    [InlineData(4, JourneyStage.ShouldBePlaced)]
    [InlineData(2, JourneyStage.PossibleAdoption)]
    [InlineData(1, JourneyStage.InCare)]
    [InlineData(7, JourneyStage.PlacedForAdoption)]
    public void The_stage_is_where_the_journey_stands(int events, JourneyStage stage) =>
        Assert.Equal(stage, Replay(Adoption().Take(events)).Stage);

    [Theory]
    [InlineData("2023-01-01", 356, 122)] // waiting: entered care 10 January 2022, order 1 September 2022
    [InlineData("2024-01-01", 387, 136)] // after the match (15 January 2023) and move-in (1 February 2023), frozen
    public void Days_so_far_stop_at_the_move_in_and_the_match(string asAt, int a1, int a2)
    {
        var journey = Replay(Adoption().Take(D(asAt) < D("2023-01-15") ? 5 : 7));
        Assert.Equal(a1, journey.Current!.DaysEnteredCareToMovedIn(D(asAt)));
        Assert.Equal(a2, journey.Current.DaysPlacementOrderToMatch(D(asAt)));
    }

    [Fact]
    public void A_match_before_the_placement_order_counts_zero_days_for_A2()
    {
        var journey = Replay([E(EnteredCare, "2022-01-10"), E(ShouldBePlacedDecision, "2022-02-01"), E(MatchDecision, "2022-03-01"), E(PlacementOrderGranted, "2022-04-01")]);
        Assert.True(journey.IsValid);
        Assert.Equal(0, journey.Current!.DaysPlacementOrderToMatch(D("2022-05-01")));
    }
}
