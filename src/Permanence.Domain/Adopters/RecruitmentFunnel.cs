using Permanence.Domain.Calendar;
using Permanence.Domain.Timescales;

namespace Permanence.Domain.Adopters;

/// <summary>
/// The recruitment funnel for a period (from and to inclusive). Counts are the steps that happened in
/// the period; conversion follows the period's enquiries (the cohort) to each later step reached by
/// today; median days are for steps reached in the period, from the step before; timeliness is the
/// share of clocks completed in the period that were on time.
/// </summary>
public static class RecruitmentFunnel
{
    public static readonly string[] Steps = ["Enquiries", "Registrations of interest", "Stage 1 started", "Stage 2 started", "Approved"];

    public sealed record Household(EnquirySource Source, AdopterJourneyDates Journey);

    public sealed record SourceRow(EnquirySource Source, IReadOnlyList<int> Counts);

    /// <summary>Median days from the step before, for steps reached in the period (null when none).</summary>
    public sealed record StageDuration(string Stage, int Households, double? MedianDays);

    public sealed record Timeliness(ClockKind Clock, int Completed, int OnTime)
    {
        public double? Percent => Completed == 0 ? null : Math.Round(100.0 * OnTime / Completed, 1);
    }

    public sealed record Result(
        DateOnly From,
        DateOnly To,
        IReadOnlyList<int> Counts,
        IReadOnlyList<SourceRow> BySource,
        IReadOnlyList<double?> CohortConversion,
        IReadOnlyList<StageDuration> MedianDays,
        IReadOnlyList<Timeliness> Timeliness
    );

    private static DateOnly?[] Dates(AdopterJourneyDates j) =>
        [j.Enquiry, j.RegistrationOfInterest, j.StageOneStarted, j.StageTwoStarted, j.ApprovalDate];

    public static Result Compute(IReadOnlyCollection<Household> households, DateOnly from, DateOnly to, WorkingDayCalendar calendar, DateOnly today)
    {
        if (to < from) throw new ArgumentException("The period must end on or after it starts.", nameof(to));
        bool In(DateOnly? d) => d is { } x && x >= from && x <= to;

        var counts = Enumerable.Range(0, Steps.Length).Select(i => households.Count(h => In(Dates(h.Journey)[i]))).ToList();
        var bySource = Enum.GetValues<EnquirySource>()
            .Select(s => new SourceRow(s, Enumerable.Range(0, Steps.Length).Select(i => households.Count(h => h.Source == s && In(Dates(h.Journey)[i]))).ToList()))
            .ToList();

        var cohort = households.Where(h => In(h.Journey.Enquiry)).ToList();
        var conversion = Enumerable.Range(0, Steps.Length)
            .Select(i => cohort.Count == 0 ? (double?)null : Math.Round(100.0 * cohort.Count(h => Dates(h.Journey)[i] is not null) / cohort.Count, 1))
            .ToList();

        var durations = new List<StageDuration>
        {
            Median("Enquiry to registration of interest", households, j => j.Enquiry, j => j.RegistrationOfInterest, In),
            Median("Registration of interest to Stage 1", households, j => j.RegistrationOfInterest, j => j.StageOneStarted, In),
            Median("Stage 1 (start to completion)", households, j => j.StageOneStarted, j => j.StageOneCompleted, In),
            Median("Stage 2 (start to decision)", households, j => j.StageTwoStarted, j => j.DecisionDate, In),
            Median("Enquiry to approval", households, j => j.Enquiry, j => j.ApprovalDate, In),
        };

        var clocks = households.SelectMany(h => AdopterTimescales.Clocks(h.Journey, calendar, today)).Where(c => In(c.CompletedOn)).ToList();
        var timeliness = new[] { ClockKind.InformationPack, ClockKind.StageOne, ClockKind.StageTwo, ClockKind.AgencyDecision, ClockKind.RegisterReferral }
            .Select(k => new Timeliness(k, clocks.Count(c => c.Kind == k), clocks.Count(c => c.Kind == k && c.Status == ClockStatus.Met)))
            .ToList();
        return new Result(from, to, counts, bySource, conversion, durations, timeliness);
    }

    private static StageDuration Median(string name, IEnumerable<Household> households, Func<AdopterJourneyDates, DateOnly?> start, Func<AdopterJourneyDates, DateOnly?> end, Func<DateOnly?, bool> inPeriod)
    {
        var days = households
            .Where(h => inPeriod(end(h.Journey)) && start(h.Journey) is not null)
            .Select(h => end(h.Journey)!.Value.DayNumber - start(h.Journey)!.Value.DayNumber)
            .Order()
            .ToList();
        double? median = days.Count == 0 ? null : days.Count % 2 == 1 ? days[days.Count / 2] : (days[days.Count / 2 - 1] + days[days.Count / 2]) / 2.0;
        return new StageDuration(name, days.Count, median);
    }
}
