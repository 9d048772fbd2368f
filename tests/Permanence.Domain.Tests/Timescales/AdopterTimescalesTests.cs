using Permanence.Domain.Calendar;
using Permanence.Domain.Timescales;

namespace Permanence.Domain.Tests.Timescales;

public class AdopterTimescalesTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static DateOnly D(string s) => DateOnly.Parse(s);

    private static StatutoryClock Clock(AdopterJourneyDates journey, ClockKind kind, string today) =>
        AdopterTimescales.Clocks(journey, Calendar, D(today)).Single(c => c.Kind == kind);

    [Theory]
    [InlineData("2026-11-23", "2026-11-30")] // Monday enquiry: the next Monday
    [InlineData("2026-12-21", "2026-12-30")] // over Christmas and the Boxing Day substitute
    [InlineData("2026-11-21", "2026-11-27")] // Saturday enquiry: counted from Monday
    [InlineData("2028-02-25", "2028-03-03")] // across a leap day
    public void Information_pack_is_due_5_working_days_after_the_enquiry(string enquiry, string due)
    {
        Assert.Equal(D(due), AdopterTimescales.InformationPackDue(D(enquiry), Calendar));
    }

    [Theory]
    [InlineData("2026-11-23", "2026-12-02")] // Monday panel: 7 working days
    [InlineData("2026-12-23", "2027-01-06")] // across Christmas, Boxing Day substitute and New Year
    [InlineData("2027-03-24", "2027-04-06")] // across Good Friday and Easter Monday 2027
    public void Agency_decision_is_due_7_working_days_after_the_panel(string panel, string due)
    {
        Assert.Equal(D(due), AdopterTimescales.DecisionDue(D(panel), Calendar));
    }

    [Theory]
    [InlineData("2026-01-31", 1, "2026-02-28")] // 31 January + 1 month: the last day of February
    [InlineData("2028-01-31", 1, "2028-02-29")] // ... in a leap year
    [InlineData("2026-12-31", 2, "2027-02-28")] // Stage 1 from New Year's Eve
    [InlineData("2027-12-31", 2, "2028-02-29")]
    [InlineData("2026-10-31", 4, "2027-02-28")] // Stage 2 from a month end
    [InlineData("2026-03-15", 2, "2026-05-15")] // same day of the month
    public void Stage_clocks_add_calendar_months_clamping_at_a_month_end(string start, int months, string due)
    {
        Assert.Equal(D(due), AdopterTimescales.StageDue(D(start), months, [], null, D(start)).Due);
    }

    [Theory]
    [InlineData("2026-03-10", "2026-03-24", "2026-05-15", 14)] // a 14-day pause moves 1 May to 15 May
    [InlineData("2026-02-20", "2026-03-10", "2026-05-10", 9)] // only the days after Stage 1 started count
    [InlineData("2026-05-02", "2026-05-12", "2026-05-01", 0)] // a pause after the due date moves nothing
    [InlineData("2026-04-25", "2026-05-10", "2026-05-16", 15)] // a pause across the due date moves it on by its length
    public void A_pause_the_household_asks_for_moves_the_stage_due_date_by_the_days_paused(string from, string until, string due, int days)
    {
        var (actual, paused) = AdopterTimescales.StageDue(D("2026-03-01"), 2, [new Pause(D(from), D(until))], null, D("2026-06-30"));
        Assert.Equal(D(due), actual);
        Assert.Equal(days, paused);
    }

    [Fact]
    public void An_open_pause_shows_the_stage_as_paused_never_overdue()
    {
        var journey = new AdopterJourneyDates(D("2026-01-05"), D("2026-01-06"), StageOneStarted: D("2026-02-02"), Pauses: [new Pause(D("2026-03-01"), null)]);
        var clock = Clock(journey, ClockKind.StageOne, "2026-06-01");
        Assert.Equal(ClockStatus.Paused, clock.Status);
        Assert.Equal(92, clock.PausedDays); // 1 March to 1 June
        Assert.Equal(D("2026-07-03"), clock.Due); // 2 April + 92 days
    }

    [Fact]
    public void Pauses_do_not_move_the_working_day_clocks()
    {
        var journey = new AdopterJourneyDates(D("2026-11-23"), Pauses: [new Pause(D("2026-11-24"), D("2026-12-10"))]);
        var clock = Clock(journey, ClockKind.InformationPack, "2026-12-02");
        Assert.Equal(D("2026-11-30"), clock.Due);
        Assert.Equal(ClockStatus.Overdue, clock.Status);
    }

    [Theory]
    [InlineData("2026-11-23", null, ClockStatus.OnTrack)] // enquiry day: 5 working days left
    [InlineData("2026-11-26", null, ClockStatus.DueSoon)] // 2 working days left
    [InlineData("2026-11-30", null, ClockStatus.DueSoon)] // the due date itself
    [InlineData("2026-12-01", null, ClockStatus.Overdue)]
    [InlineData("2026-12-05", "2026-11-30", ClockStatus.Met)] // sent on the due date
    [InlineData("2026-12-05", "2026-12-01", ClockStatus.Late)]
    public void Information_pack_status_as_at_a_date(string today, string? sent, ClockStatus expected)
    {
        var journey = new AdopterJourneyDates(D("2026-11-23"), sent is null ? null : D(sent));
        Assert.Equal(expected, Clock(journey, ClockKind.InformationPack, today).Status);
    }

    [Theory]
    [InlineData("2026-04-16", ClockStatus.OnTrack)] // 15 days before 1 May
    [InlineData("2026-04-17", ClockStatus.DueSoon)] // 14 days before
    [InlineData("2026-05-01", ClockStatus.DueSoon)]
    [InlineData("2026-05-02", ClockStatus.Overdue)]
    public void Stage_one_is_due_soon_within_14_days_and_overdue_after_2_months(string today, ClockStatus expected)
    {
        var journey = new AdopterJourneyDates(D("2026-02-01"), D("2026-02-02"), StageOneStarted: D("2026-03-01"));
        Assert.Equal(expected, Clock(journey, ClockKind.StageOne, today).Status);
    }

    [Fact]
    public void Stage_two_ends_with_the_decision_and_a_withdrawal_stops_open_clocks()
    {
        var decided = new AdopterJourneyDates(D("2026-01-05"), D("2026-01-06"), StageTwoStarted: D("2026-03-31"), PanelDate: D("2026-07-20"), DecisionDate: D("2026-07-31"), FastTrack: true);
        var s2 = Clock(decided, ClockKind.StageTwo, "2026-09-01");
        Assert.Equal(D("2026-07-31"), s2.Due); // 31 March + 4 months = 31 July
        Assert.Equal(ClockStatus.Met, s2.Status);
        Assert.Equal(ClockStatus.Late, Clock(decided, ClockKind.AgencyDecision, "2026-09-01").Status); // due 29 July

        var withdrawn = new AdopterJourneyDates(D("2026-01-05"), D("2026-01-06"), StageTwoStarted: D("2026-03-31"), EndedDate: D("2026-05-01"));
        Assert.Equal(ClockStatus.Stopped, Clock(withdrawn, ClockKind.StageTwo, "2026-09-01").Status);
    }

    [Fact]
    public void Register_referral_is_due_3_months_after_approval_and_linking_in_time_meets_it()
    {
        var approved = new AdopterJourneyDates(D("2025-01-06"), D("2025-01-07"), ApprovalDate: D("2025-11-30"));
        var clock = Clock(approved, ClockKind.RegisterReferral, "2026-02-20");
        Assert.Equal(D("2026-02-28"), clock.Due); // 30 November + 3 months clamps to 28 February
        Assert.Equal(ClockStatus.DueSoon, clock.Status);

        var linked = approved with { LinkedDate = D("2026-01-15") };
        Assert.Equal(ClockStatus.Met, Clock(linked, ClockKind.RegisterReferral, "2026-06-01").Status);
        Assert.DoesNotContain(AdopterTimescales.Clocks(linked, Calendar, D("2026-06-01")), c => c.Kind == ClockKind.ReviewOfApproval);
    }

    [Theory]
    [InlineData("2024-02-29", null, "2025-02-28")] // approved on a leap day: the review is due 28 February
    [InlineData("2024-06-10", "2025-06-01", "2026-06-01")] // a year after the last review
    public void Review_of_approval_is_due_a_year_after_approval_or_the_last_review(string approved, string? lastReview, string due)
    {
        var journey = new AdopterJourneyDates(D("2023-01-09"), D("2023-01-10"), ApprovalDate: D(approved), LastReviewDate: lastReview is null ? null : D(lastReview));
        Assert.Equal(D(due), Clock(journey, ClockKind.ReviewOfApproval, "2024-12-01").Due);
    }

    [Fact]
    public void Only_the_clocks_of_steps_reached_are_shown()
    {
        var enquiry = new AdopterJourneyDates(D("2026-11-23"));
        Assert.Equal([ClockKind.InformationPack], AdopterTimescales.Clocks(enquiry, Calendar, D("2026-11-23")).Select(c => c.Kind));
    }
}
