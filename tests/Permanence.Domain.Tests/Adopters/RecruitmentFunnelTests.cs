using Permanence.Domain.Adopters;
using Permanence.Domain.Calendar;
using Permanence.Domain.Timescales;

namespace Permanence.Domain.Tests.Adopters;

public class RecruitmentFunnelTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s);

    private static readonly RecruitmentFunnel.Household[] Households =
    [
        // Enquired, ROI, Stage 1 and 2, approved, all within 2026; pack on time.
        new(EnquirySource.Website, new AdopterJourneyDates(D("2026-01-05"), D("2026-01-07"), RegistrationOfInterest: D("2026-01-25"), StageOneStarted: D("2026-02-01"), StageOneCompleted: D("2026-03-20"), StageTwoStarted: D("2026-03-25"), PanelDate: D("2026-07-01"), DecisionDate: D("2026-07-06"), ApprovalDate: D("2026-07-06"))),
        // Enquired in 2026 and stopped at ROI; pack late (due 9 February, sent 12 February).
        new(EnquirySource.Campaign, new AdopterJourneyDates(D("2026-02-02"), D("2026-02-12"), RegistrationOfInterest: D("2026-03-01"))),
        // Enquired in 2026, nothing more.
        new(EnquirySource.Campaign, new AdopterJourneyDates(D("2026-05-11"))),
        // Enquired in 2025: not in the 2026 cohort, but its ROI (in 2026) counts.
        new(EnquirySource.Event, new AdopterJourneyDates(D("2025-11-03"), D("2025-11-05"), RegistrationOfInterest: D("2026-01-13"))),
    ];

    private static RecruitmentFunnel.Result Year2026 => RecruitmentFunnel.Compute(Households, D("2026-01-01"), D("2026-12-31"), WorkingDayCalendar.EnglandAndWales, D("2026-12-31"));

    [Fact]
    public void Counts_are_the_steps_reached_in_the_period()
    {
        Assert.Equal([3, 3, 1, 1, 1], Year2026.Counts);
        Assert.Equal([2, 1, 0, 0, 0], Year2026.BySource.Single(r => r.Source == EnquirySource.Campaign).Counts);
        Assert.Equal([0, 1, 0, 0, 0], Year2026.BySource.Single(r => r.Source == EnquirySource.Event).Counts);
    }

    [Fact]
    public void Conversion_follows_the_periods_enquiries()
    {
        Assert.Equal([100.0, 66.7, 33.3, 33.3, 33.3], Year2026.CohortConversion);
    }

    [Fact]
    public void Median_days_from_the_step_before_an_even_count_averages_the_middle_two()
    {
        var roi = Year2026.MedianDays[0];
        Assert.Equal(3, roi.Households); // 20, 27 and 71 days
        Assert.Equal(27, roi.MedianDays);
        var two = RecruitmentFunnel.Compute(Households.Take(2).ToList(), D("2026-01-01"), D("2026-12-31"), WorkingDayCalendar.EnglandAndWales, D("2026-12-31"));
        Assert.Equal(23.5, two.MedianDays[0].MedianDays); // 20 and 27
    }

    [Fact]
    public void Timeliness_is_the_share_of_clocks_completed_in_the_period_on_time()
    {
        var pack = Year2026.Timeliness.Single(t => t.Clock == ClockKind.InformationPack);
        Assert.Equal((2, 1, 50.0), (pack.Completed, pack.OnTime, pack.Percent));
        Assert.Null(RecruitmentFunnel.Compute(Households, D("2024-01-01"), D("2024-12-31"), WorkingDayCalendar.EnglandAndWales, D("2026-12-31")).Timeliness[0].Percent);
    }
}
