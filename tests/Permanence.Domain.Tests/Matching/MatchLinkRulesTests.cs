using Permanence.Domain.Adopters;
using Permanence.Domain.Calendar;
using Permanence.Domain.Matching;
using Permanence.Domain.Panels;
using Permanence.Domain.Timescales;

namespace Permanence.Domain.Tests.Matching;

public class MatchLinkRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateOnly Shortlisted = new(2026, 10, 1);

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    private static MatchLinkState Link(MatchLinkStatus status = MatchLinkStatus.Shortlisted) => new(status, Shortlisted);

    private static MatchLinkState OnAgenda(string panel = "2026-11-16", PanelRecommendation? recommendation = PanelRecommendation.Recommended) =>
        new(MatchLinkStatus.OnPanelAgenda, Shortlisted, D("2026-10-10"), D("2026-10-20"), LinkingMeetingOutcome.ProceedToPanel, D(panel), recommendation);

    private static List<string> Messages(IEnumerable<(string Field, string Message)> problems) => problems.Select(p => $"{p.Field}: {p.Message}").ToList();

    [Theory]
    [InlineData("2026-10-01", null)] // the same day as the shortlist
    [InlineData("2026-11-23", null)] // today
    [InlineData("2026-09-30", "VisitDate: Date of the visit must be on or after the household was shortlisted (1 October 2026)")]
    [InlineData("2026-11-24", "VisitDate: Date of the visit must be today or in the past")]
    public void A_visit_falls_between_the_shortlist_and_today(string date, string? problem)
    {
        var problems = Messages(MatchLinkRules.Visit(Link(), D(date), null, Today));
        Assert.Equal(problem is null ? [] : [problem], problems);
    }

    [Theory]
    [InlineData(MatchLinkStatus.Proceeding)]
    [InlineData(MatchLinkStatus.Matched)]
    [InlineData(MatchLinkStatus.Declined)]
    public void Visits_are_recorded_only_during_family_finding(MatchLinkStatus status)
    {
        Assert.Single(MatchLinkRules.Visit(Link(status), Today, null, Today), p => p.Field == "VisitDate");
    }

    [Fact]
    public void A_linking_meeting_needs_its_date_and_outcome_and_comes_after_the_last_visit()
    {
        Assert.Equal(["LinkingMeetingDate: Enter the date of the linking meeting", "LinkingMeetingOutcome: Select what the linking meeting decided"],
            Messages(MatchLinkRules.LinkingMeeting(Link(), null, null, null, Today)));
        var visited = Link(MatchLinkStatus.Visiting) with { LastVisit = D("2026-10-15") };
        Assert.Equal(["LinkingMeetingDate: Date of the linking meeting must be on or after the last visit (15 October 2026)"],
            Messages(MatchLinkRules.LinkingMeeting(visited, D("2026-10-14"), LinkingMeetingOutcome.ProceedToPanel, null, Today)));
        Assert.Empty(MatchLinkRules.LinkingMeeting(visited, D("2026-10-15"), LinkingMeetingOutcome.ProceedToPanel, null, Today));
    }

    [Theory]
    [InlineData(null, false, false, "Status: Record the linking meeting before proceeding to panel")]
    [InlineData(LinkingMeetingOutcome.FurtherWorkNeeded, false, false, "Status: The linking meeting did not decide to proceed to panel")]
    [InlineData(LinkingMeetingOutcome.ProceedToPanel, true, false, "Status: The child already has a match under way with another household: decline or withdraw it first")]
    [InlineData(LinkingMeetingOutcome.ProceedToPanel, false, true, "Status: The household already has a match under way with another child")]
    [InlineData(LinkingMeetingOutcome.ProceedToPanel, false, false, null)]
    public void Proceeding_needs_a_linking_meeting_that_said_so_and_one_live_match_per_child_and_household(LinkingMeetingOutcome? outcome, bool childBusy, bool householdBusy, string? problem)
    {
        var link = new MatchLinkState(MatchLinkStatus.LinkingMeeting, Shortlisted, null, outcome is null ? null : D("2026-10-20"), outcome);
        Assert.Equal(problem is null ? [] : [problem], Messages(MatchLinkRules.Proceed(link, childBusy, householdBusy)));
    }

    [Fact]
    public void The_panel_meets_on_or_after_the_linking_meeting()
    {
        var proceeding = new MatchLinkState(MatchLinkStatus.Proceeding, Shortlisted, null, D("2026-10-20"), LinkingMeetingOutcome.ProceedToPanel);
        Assert.Equal(["MatchLinkId: The panel must meet on or after the linking meeting (20 October 2026)"], Messages(MatchLinkRules.OnAgenda(proceeding, D("2026-10-19"))));
        Assert.Empty(MatchLinkRules.OnAgenda(proceeding, D("2026-10-20")));
        Assert.Single(MatchLinkRules.OnAgenda(proceeding with { Status = MatchLinkStatus.Visiting }, D("2026-10-20")));
    }

    [Theory]
    [InlineData(PanelRecommendation.Deferred, MatchLinkStatus.Proceeding)]
    [InlineData(PanelRecommendation.Recommended, MatchLinkStatus.OnPanelAgenda)]
    [InlineData(PanelRecommendation.NotRecommended, MatchLinkStatus.OnPanelAgenda)]
    public void A_deferred_match_goes_back_to_the_ready_list(PanelRecommendation recommendation, MatchLinkStatus after)
    {
        Assert.Equal(after, MatchLinkRules.AfterRecommendation(recommendation));
    }

    [Theory]
    [InlineData(true, "2026-11-16", null, null)] // the day of the panel
    [InlineData(true, "2026-11-15", null, "DecisionDate: Decision date must be on or after the panel (16 November 2026)")] // no decision before the panel
    [InlineData(true, "2026-11-24", null, "DecisionDate: Decision date must be today or in the past")]
    [InlineData(false, "2026-11-17", null, "DecisionReasons: Enter the reasons for not following the panel's recommendation")]
    [InlineData(false, "2026-11-17", "The household's support network is not in place", null)]
    public void The_match_decision_follows_the_panel_and_gives_reasons_when_it_goes_against_it(bool approve, string date, string? reasons, string? problem)
    {
        Assert.Equal(problem is null ? [] : [problem], Messages(MatchLinkRules.Decide(OnAgenda(), approve, D(date), reasons, Today)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(PanelRecommendation.Deferred)]
    public void No_match_decision_without_a_panel_recommendation(PanelRecommendation? recommendation)
    {
        Assert.Equal(["Decision: The adoption panel has not made a recommendation on this match yet"],
            Messages(MatchLinkRules.Decide(OnAgenda(recommendation: recommendation), true, D("2026-11-17"), null, Today)));
    }

    [Fact]
    public void Not_recommended_then_not_approved_needs_no_reasons()
    {
        Assert.Empty(MatchLinkRules.Decide(OnAgenda(recommendation: PanelRecommendation.NotRecommended), false, D("2026-11-17"), null, Today));
        Assert.Single(MatchLinkRules.Decide(OnAgenda(recommendation: PanelRecommendation.NotRecommended), true, D("2026-11-17"), null, Today));
    }

    [Fact]
    public void Introductions_start_after_the_match_decision_and_the_child_moves_in_after_they_start()
    {
        var matched = OnAgenda() with { Status = MatchLinkStatus.Matched, MatchDecision = D("2026-11-18") };
        Assert.Equal(["IntroductionsStartDate: Date introductions started must be on or after the match decision (18 November 2026)"],
            Messages(MatchLinkRules.Introductions(matched, D("2026-11-17"), Today)));
        Assert.Empty(MatchLinkRules.Introductions(matched, D("2026-11-18"), Today));
        Assert.Single(MatchLinkRules.Introductions(OnAgenda(), D("2026-11-18"), Today));

        var introductions = matched with { Status = MatchLinkStatus.Introductions, IntroductionsStarted = D("2026-11-19") };
        Assert.Equal(["MovedInDate: Date the child moved in must be on or after introductions started (19 November 2026)"],
            Messages(MatchLinkRules.MovedIn(introductions, D("2026-11-18"), Today)));
        Assert.Empty(MatchLinkRules.MovedIn(introductions, D("2026-11-23"), Today));
        Assert.Equal(["MovedInDate: Record the start of introductions before the child moves in"], Messages(MatchLinkRules.MovedIn(matched, D("2026-11-23"), Today)));
    }

    [Fact]
    public void Declining_needs_a_reason_kept_for_learning_and_words_for_other_or_a_withdrawal()
    {
        Assert.Equal(["DeclineReason: Select the reason for declining the link"], Messages(MatchLinkRules.Close(Link(), false, null, null)));
        Assert.Equal(["CloseNotes: Enter why the link was declined"], Messages(MatchLinkRules.Close(Link(), false, DeclineReason.Other, " ")));
        Assert.Empty(MatchLinkRules.Close(Link(), false, DeclineReason.HouseholdDeclined, null));
        Assert.Equal(["CloseNotes: Enter why the link was withdrawn"], Messages(MatchLinkRules.Close(Link(), true, null, null)));
        Assert.Empty(MatchLinkRules.Close(Link(MatchLinkStatus.Proceeding), true, null, "The child's plan changed to special guardianship"));
    }

    [Theory]
    [InlineData(MatchLinkStatus.OnPanelAgenda, "DeclineReason: The match is on a panel agenda: the panel and the agency decision maker decide it")]
    [InlineData(MatchLinkStatus.Matched, "DeclineReason: The match has been approved: if the placement ends, record a disruption on the child's journey")]
    [InlineData(MatchLinkStatus.MovedIn, "DeclineReason: The match has been approved: if the placement ends, record a disruption on the child's journey")]
    [InlineData(MatchLinkStatus.Declined, "DeclineReason: This link is already declined")]
    public void A_link_on_the_agenda_matched_or_ended_cannot_be_declined(MatchLinkStatus status, string problem)
    {
        Assert.Equal([problem], Messages(MatchLinkRules.Close(Link(status), false, DeclineReason.HouseholdDeclined, null)));
    }

    [Theory]
    [InlineData(InterAgencyFeeStatus.NotApplicable, null, null)]
    [InlineData(InterAgencyFeeStatus.Agreed, null, null)] // the amount is optional
    [InlineData(InterAgencyFeeStatus.Paid, "27000.50", null)]
    [InlineData(InterAgencyFeeStatus.NotApplicable, "27000", "FeeAmount: Leave the amount empty when no inter-agency fee applies")]
    [InlineData(InterAgencyFeeStatus.Invoiced, "0", "FeeAmount: Amount must be between £0.01 and £100,000")]
    [InlineData(InterAgencyFeeStatus.Invoiced, "100000.01", "FeeAmount: Amount must be between £0.01 and £100,000")]
    [InlineData(InterAgencyFeeStatus.Invoiced, "27000.005", "FeeAmount: Amount must be in pounds and pence")]
    public void The_inter_agency_fee_has_an_amount_only_when_one_applies(InterAgencyFeeStatus status, string? amount, string? problem)
    {
        var value = amount is null ? (decimal?)null : decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(problem is null ? [] : [problem], Messages(MatchLinkRules.Fee(status, value)));
    }

    [Theory]
    [InlineData(true, false, true, new string[0])]
    [InlineData(false, false, true, new[] { "HouseholdId" })]
    [InlineData(true, true, true, new[] { "HouseholdId" })]
    [InlineData(true, false, false, new[] { "ChildId" })]
    public void Shortlisting_needs_an_approved_household_not_already_shortlisted_and_a_waiting_child(bool approved, bool already, bool waiting, string[] fields)
    {
        Assert.Equal(fields, MatchLinkRules.Shortlist(approved, already, waiting).Select(p => p.Field).ToArray());
    }

    [Theory]
    // Monday 23 November 2026 + 7 working days = Wednesday 2 December.
    [InlineData("2026-11-23", null, "2026-11-25", "2026-12-02", ClockStatus.OnTrack)]
    [InlineData("2026-11-23", null, "2026-11-30", "2026-12-02", ClockStatus.DueSoon)]
    [InlineData("2026-11-23", null, "2026-12-03", "2026-12-02", ClockStatus.Overdue)]
    [InlineData("2026-11-23", "2026-12-02", "2026-12-10", "2026-12-02", ClockStatus.Met)] // on the due day
    [InlineData("2026-11-23", "2026-12-03", "2026-12-10", "2026-12-02", ClockStatus.Late)]
    // Over Christmas: Friday 18 December 2026 + 7 working days skips the 25th, the 28th (Boxing Day substitute) and the weekends.
    [InlineData("2026-12-18", null, "2026-12-18", "2026-12-31", ClockStatus.OnTrack)]
    public void The_match_decision_is_due_7_working_days_after_the_panel(string panel, string? decided, string today, string due, ClockStatus status)
    {
        var clock = MatchLinkRules.DecisionClock(D(panel), decided is null ? null : D(decided), WorkingDayCalendar.EnglandAndWales, D(today));
        Assert.Equal(D(due), clock.Due);
        Assert.Equal(status, clock.Status);
    }

    [Fact]
    public void The_household_is_presented_to_the_LA_by_its_approval_range()
    {
        Assert.Equal("1 child aged 0 to 2; not a sibling group", MatchLinkRules.PresentedRange(new ApprovalRange(1, 1, 0, 2, false, null, null, "Larkfield")));
        Assert.Equal("2 to 3 children aged 2 to 8; can take a sibling group; health and disability needs: Foetal alcohol spectrum disorder",
            MatchLinkRules.PresentedRange(new ApprovalRange(2, 3, 2, 8, true, "Foetal alcohol spectrum disorder", " ", "Oakbridge")));
        Assert.Equal("No approval range recorded", MatchLinkRules.PresentedRange(null));
    }

    [Fact]
    public void Live_and_open_statuses()
    {
        Assert.Equal([MatchLinkStatus.Proceeding, MatchLinkStatus.OnPanelAgenda, MatchLinkStatus.Matched, MatchLinkStatus.Introductions],
            Enum.GetValues<MatchLinkStatus>().Where(s => s.IsLiveMatch()));
        Assert.Equal([MatchLinkStatus.MovedIn, MatchLinkStatus.Declined, MatchLinkStatus.Withdrawn], Enum.GetValues<MatchLinkStatus>().Where(s => !s.IsOpen()));
        Assert.All(Enum.GetValues<MatchLinkStatus>(), s => Assert.False(string.IsNullOrEmpty(s.DisplayName())));
        Assert.All(Enum.GetValues<DeclineReason>(), r => Assert.False(string.IsNullOrEmpty(r.DisplayName())));
    }
}
