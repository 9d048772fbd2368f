using Permanence.Domain.Calendar;

namespace Permanence.Domain.Timescales;

/// <summary>The dates of one household's journey, in journey order, that the clocks and the ordering rules read.</summary>
public sealed record AdopterJourneyDates(
    DateOnly Enquiry,
    DateOnly? InformationPackSent = null,
    DateOnly? InitialVisit = null,
    DateOnly? RegistrationOfInterest = null,
    DateOnly? StageOneStarted = null,
    DateOnly? StageOneCompleted = null,
    DateOnly? StageTwoStarted = null,
    DateOnly? TargetPanelDate = null,
    DateOnly? PreparationTrainingCompleted = null,
    DateOnly? ReportCompleted = null,
    DateOnly? PanelDate = null,
    DateOnly? DecisionDate = null,
    DateOnly? ApprovalDate = null,
    DateOnly? RegisterReferralDate = null,
    DateOnly? LinkedDate = null,
    DateOnly? LastReviewDate = null,
    DateOnly? EndedDate = null,
    IReadOnlyList<Pause>? Pauses = null,
    bool FastTrack = false
);

/// <summary>
/// The adopter's journey clocks and their status as at a date. The pause rule: a pause the
/// household asks for stops the Stage 1 and Stage 2 clocks (statutory guidance lets the two-month
/// and four-month timescales run longer when the prospective adopter asks for it); the due date
/// moves later by the calendar days paused while the stage was running, and an open pause shows
/// the clock as paused, never overdue. The working-day clocks (information pack, agency decision)
/// and the clocks after approval are the agency's own duties and do not pause. See ADR 0030.
/// </summary>
public static class AdopterTimescales
{
    public const int InformationPackWorkingDays = 5;
    public const int StageOneMonths = 2;
    public const int StageTwoMonths = 4;
    public const int DecisionWorkingDays = 7;
    public const int RegisterReferralMonths = 3;

    /// <summary>Month clocks are due soon within this many calendar days.</summary>
    public const int DueSoonDays = 14;

    /// <summary>Working-day clocks are due soon within this many working days.</summary>
    public const int DueSoonWorkingDays = 2;

    public static DateOnly InformationPackDue(DateOnly enquiry, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(enquiry, InformationPackWorkingDays);

    public static DateOnly DecisionDue(DateOnly panel, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(panel, DecisionWorkingDays);

    /// <summary>
    /// A stage's due date: months after its start (a month end clamps, so 31 December + 2 months is
    /// the last day of February), then later by the days paused while it ran.
    /// </summary>
    public static (DateOnly Due, int PausedDays) StageDue(DateOnly start, int months, IEnumerable<Pause> pauses, DateOnly? completed, DateOnly today)
    {
        var due = start.AddMonths(months);
        var paused = 0;
        var stop = completed ?? today;
        foreach (var pause in pauses.OrderBy(p => p.Start))
        {
            var from = pause.Start < start ? start : pause.Start;
            var until = pause.End ?? today;
            if (until > stop) until = stop;
            if (from > due || until <= from)
            {
                continue;
            }

            var days = until.DayNumber - from.DayNumber;
            paused += days;
            due = due.AddDays(days);
        }

        return (due, paused);
    }

    public static IReadOnlyList<StatutoryClock> Clocks(AdopterJourneyDates journey, WorkingDayCalendar calendar, DateOnly today)
    {
        var pauses = journey.Pauses ?? [];
        var clocks = new List<StatutoryClock>
        {
            WorkingDayClock(ClockKind.InformationPack, journey.Enquiry, InformationPackDue(journey.Enquiry, calendar), journey.InformationPackSent, journey, calendar, today),
        };
        if (journey.StageOneStarted is { } s1)
        {
            var (due, paused) = StageDue(s1, StageOneMonths, pauses, journey.StageOneCompleted, today);
            clocks.Add(StageClock(ClockKind.StageOne, s1, due, paused, journey.StageOneCompleted, journey, pauses, today));
        }

        if (journey.StageTwoStarted is { } s2)
        {
            var (due, paused) = StageDue(s2, StageTwoMonths, pauses, journey.DecisionDate, today);
            clocks.Add(StageClock(ClockKind.StageTwo, s2, due, paused, journey.DecisionDate, journey, pauses, today));
        }

        if (journey.PanelDate is { } panel)
        {
            clocks.Add(WorkingDayClock(ClockKind.AgencyDecision, panel, DecisionDue(panel, calendar), journey.DecisionDate, journey, calendar, today));
        }

        if (journey.ApprovalDate is { } approved)
        {
            var due = approved.AddMonths(RegisterReferralMonths);
            DateOnly? done = (journey.RegisterReferralDate, journey.LinkedDate) switch
            {
                ({ } r, { } l) => r < l ? r : l,
                ({ } r, null) => r,
                (null, { } l) => l,
                _ => null,
            };
            clocks.Add(MonthClock(ClockKind.RegisterReferral, approved, due, done, journey, today));

            if (journey.LinkedDate is null)
            {
                var from = journey.LastReviewDate is { } r && r > approved ? r : approved;
                clocks.Add(MonthClock(ClockKind.ReviewOfApproval, from, from.AddYears(1), null, journey, today));
            }
        }

        return clocks;
    }

    private static StatutoryClock StageClock(ClockKind kind, DateOnly start, DateOnly due, int paused, DateOnly? done, AdopterJourneyDates journey, IReadOnlyList<Pause> pauses, DateOnly today)
    {
        var open = done is null && journey.EndedDate is null && pauses.Any(p => p.Start <= today && p.End is null && p.Start >= start);
        return open
            ? new StatutoryClock(kind, start, due, null, ClockStatus.Paused, paused)
            : MonthClock(kind, start, due, done, journey, today) with { PausedDays = paused };
    }

    private static StatutoryClock MonthClock(ClockKind kind, DateOnly start, DateOnly due, DateOnly? done, AdopterJourneyDates journey, DateOnly today)
    {
        var status = Finished(done, due, journey) ?? (today > due ? ClockStatus.Overdue : due.DayNumber - today.DayNumber <= DueSoonDays ? ClockStatus.DueSoon : ClockStatus.OnTrack);
        return new StatutoryClock(kind, start, due, done, status, 0);
    }

    private static StatutoryClock WorkingDayClock(ClockKind kind, DateOnly start, DateOnly due, DateOnly? done, AdopterJourneyDates journey, WorkingDayCalendar calendar, DateOnly today)
    {
        var status = Finished(done, due, journey)
            ?? (today > due ? ClockStatus.Overdue : calendar.WorkingDaysBetween(today, due) <= DueSoonWorkingDays ? ClockStatus.DueSoon : ClockStatus.OnTrack);
        return new StatutoryClock(kind, start, due, done, status, 0);
    }

    private static ClockStatus? Finished(DateOnly? done, DateOnly due, AdopterJourneyDates journey) =>
        done is { } d ? (d <= due ? ClockStatus.Met : ClockStatus.Late)
        : journey.EndedDate is not null ? ClockStatus.Stopped
        : null;
}
