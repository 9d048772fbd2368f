using Permanence.Domain.Adopters;
using Permanence.Domain.Timescales;

namespace Permanence.Domain.Tests.Adopters;

public class AdopterJourneyRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static DateOnly D(string s) => DateOnly.Parse(s);

    private static readonly AdopterJourneyDates Approved = new(
        D("2025-09-01"), D("2025-09-03"), D("2025-09-15"), D("2025-10-01"), D("2025-10-06"), D("2025-12-01"),
        D("2025-12-08"), D("2026-04-01"), D("2026-02-01"), D("2026-03-10"), D("2026-04-01"), D("2026-04-09"), D("2026-04-09"));

    [Fact]
    public void A_journey_in_order_has_no_problems()
    {
        Assert.Empty(AdopterJourneyRules.Problems(Approved, Today));
    }

    [Fact]
    public void A_decision_before_its_panel_is_an_error_at_the_decision_date()
    {
        var problems = AdopterJourneyRules.Problems(Approved with { DecisionDate = D("2026-03-31"), ApprovalDate = D("2026-03-31") }, Today);
        var problem = Assert.Single(problems);
        Assert.Equal(new JourneyProblem("DecisionDate", "Decision date must be on or after the panel date"), problem);
    }

    [Theory]
    [InlineData("InformationPackSent", "Date the information pack was sent must be on or after the enquiry date")]
    [InlineData("StageOneStarted", "Date Stage 1 started must be on or after the registration of interest date")]
    [InlineData("PanelDate", "Panel date must be on or after the date the Prospective Adopter's Report was completed")]
    public void A_step_dated_before_the_step_before_it_is_an_error_at_that_step(string field, string message)
    {
        var early = D("2025-08-01");
        var journey = field switch
        {
            "InformationPackSent" => Approved with { InformationPackSent = early },
            "StageOneStarted" => Approved with { StageOneStarted = early },
            _ => Approved with { PanelDate = D("2026-03-01") },
        };
        Assert.Contains(new JourneyProblem(field, message), AdopterJourneyRules.Problems(journey, Today));
    }

    [Fact]
    public void Future_dates_are_errors_except_the_target_panel_date()
    {
        var journey = new AdopterJourneyDates(D("2026-11-01"), D("2026-11-24"), StageOneStarted: null, StageTwoStarted: null);
        Assert.Equal("Date the information pack was sent must be today or in the past", Assert.Single(AdopterJourneyRules.Problems(journey, Today)).Message);
        var target = Approved with { LinkedDate = null, TargetPanelDate = D("2027-01-01"), PanelDate = null, DecisionDate = null, ApprovalDate = null };
        Assert.Empty(AdopterJourneyRules.Problems(target, Today));
    }

    [Fact]
    public void Stage_two_needs_stage_one_completed_unless_fast_track()
    {
        var skipped = new AdopterJourneyDates(D("2026-01-05"), D("2026-01-06"), StageTwoStarted: D("2026-02-02"));
        Assert.Equal("StageOneCompleted", Assert.Single(AdopterJourneyRules.Problems(skipped, Today)).Field);
        Assert.Empty(AdopterJourneyRules.Problems(skipped with { FastTrack = true }, Today));
    }

    [Fact]
    public void A_pause_that_ends_before_it_starts_is_an_error()
    {
        var journey = new AdopterJourneyDates(D("2026-01-05"), Pauses: [new Pause(D("2026-03-01"), D("2026-02-01"))]);
        Assert.Equal("A pause must end after it starts", Assert.Single(AdopterJourneyRules.Problems(journey, Today)).Message);
    }

    [Theory]
    [InlineData(null, AdopterStage.StageTwo)]
    [InlineData(AdopterOutcome.Approved, AdopterStage.Approved)]
    [InlineData(AdopterOutcome.Withdrawn, AdopterStage.Withdrawn)]
    [InlineData(AdopterOutcome.NotApproved, AdopterStage.NotApproved)]
    public void The_stage_follows_the_dates_and_the_outcome(AdopterOutcome? outcome, AdopterStage expected)
    {
        Assert.Equal(expected, AdopterJourneyRules.StageOf(Approved, outcome));
    }
}

public class ApprovalRangeTests
{
    private static readonly ApprovalRange Valid = new(1, 2, 0, 4, true, "Mild learning needs", "Either parent's heritage", "Kingsmere");

    [Fact]
    public void A_consistent_range_has_no_problems() => Assert.Empty(Valid.Problems());

    [Theory]
    [InlineData(1, 2, 5, 3, true, "MaximumAgeYears", "Oldest age must be the same as or older than the youngest age")]
    [InlineData(3, 2, 0, 4, true, "MaximumChildren", "Largest number of children must be the same as or more than the smallest")]
    [InlineData(1, 1, 0, 4, true, "SiblingGroups", "A household approved for one child cannot take a sibling group")]
    [InlineData(2, 2, 0, 4, false, "SiblingGroups", "A household approved for more than one child must be able to take a sibling group")]
    [InlineData(1, 2, 0, 18, true, "MaximumAgeYears", "Oldest age must be between 0 and 17")]
    public void A_contradictory_range_is_refused_at_the_field(int minChildren, int maxChildren, int minAge, int maxAge, bool siblings, string field, string message)
    {
        var range = Valid with { MinimumChildren = minChildren, MaximumChildren = maxChildren, MinimumAgeYears = minAge, MaximumAgeYears = maxAge, SiblingGroups = siblings };
        Assert.Equal((field, message), Assert.Single(range.Problems()));
    }
}
