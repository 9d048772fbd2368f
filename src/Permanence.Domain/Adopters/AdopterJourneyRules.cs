using Permanence.Domain.Timescales;

namespace Permanence.Domain.Adopters;

/// <summary>A problem with one field of the journey, keyed by the <see cref="AdopterJourneyDates"/> property name.</summary>
public sealed record JourneyProblem(string Field, string Message);

/// <summary>
/// The journey's dates must follow one another: each step on or after the one before it, none in
/// the future (except the target panel date), a decision never before its panel, and Stage 2 only
/// after Stage 1 is complete unless the household is on the fast track (previous adopters and
/// approved foster carers go straight to Stage 2).
/// </summary>
public static class AdopterJourneyRules
{
    private static readonly (string Field, string Label, Func<AdopterJourneyDates, DateOnly?> Get)[] Steps =
    [
        (nameof(AdopterJourneyDates.Enquiry), "the enquiry date", j => j.Enquiry),
        (nameof(AdopterJourneyDates.InformationPackSent), "the date the information pack was sent", j => j.InformationPackSent),
        (nameof(AdopterJourneyDates.InitialVisit), "the initial visit date", j => j.InitialVisit),
        (nameof(AdopterJourneyDates.RegistrationOfInterest), "the registration of interest date", j => j.RegistrationOfInterest),
        (nameof(AdopterJourneyDates.StageOneStarted), "the date Stage 1 started", j => j.StageOneStarted),
        (nameof(AdopterJourneyDates.StageOneCompleted), "the date Stage 1 was completed", j => j.StageOneCompleted),
        (nameof(AdopterJourneyDates.StageTwoStarted), "the date Stage 2 started", j => j.StageTwoStarted),
        (nameof(AdopterJourneyDates.PreparationTrainingCompleted), "the date preparation training was completed", j => j.PreparationTrainingCompleted),
        (nameof(AdopterJourneyDates.ReportCompleted), "the date the Prospective Adopter's Report was completed", j => j.ReportCompleted),
        (nameof(AdopterJourneyDates.PanelDate), "the panel date", j => j.PanelDate),
        (nameof(AdopterJourneyDates.DecisionDate), "the decision date", j => j.DecisionDate),
    ];

    public static IReadOnlyList<JourneyProblem> Problems(AdopterJourneyDates j, DateOnly today)
    {
        var problems = new List<JourneyProblem>();
        void Add(string field, string message)
        {
            if (problems.All(p => p.Field != field)) problems.Add(new JourneyProblem(field, message));
        }

        foreach (var (field, _, get) in Steps)
        {
            if (get(j) is { } d && d > today) Add(field, $"{Label(field)} must be today or in the past");
        }

        foreach (var (field, date) in new[]
        {
            (nameof(AdopterJourneyDates.RegisterReferralDate), j.RegisterReferralDate),
            (nameof(AdopterJourneyDates.LinkedDate), j.LinkedDate),
            (nameof(AdopterJourneyDates.EndedDate), j.EndedDate),
        })
        {
            if (date is { } d && d > today) Add(field, $"{Label(field)} must be today or in the past");
        }

        // Each recorded step on or after the latest recorded step before it.
        for (var i = 1; i < Steps.Length; i++)
        {
            if (Steps[i].Get(j) is not { } date) continue;
            for (var k = i - 1; k >= 0; k--)
            {
                if (Steps[k].Get(j) is { } earlier)
                {
                    if (date < earlier)
                    {
                        Add(Steps[i].Field, $"{Label(Steps[i].Field)} must be on or after {Steps[k].Label}");
                    }

                    break;
                }
            }
        }

        if (j.DecisionDate is not null && j.PanelDate is null)
            Add(nameof(AdopterJourneyDates.PanelDate), "Enter the panel date before recording the decision");
        if (j.StageOneCompleted is not null && j.StageOneStarted is null)
            Add(nameof(AdopterJourneyDates.StageOneStarted), "Enter the date Stage 1 started");
        if (j.StageTwoStarted is not null && !j.FastTrack && j.StageOneCompleted is null)
            Add(nameof(AdopterJourneyDates.StageOneCompleted), "Enter the date Stage 1 was completed, or mark the household as fast track");
        if (j.TargetPanelDate is { } target && j.StageTwoStarted is { } s2 && target < s2)
            Add(nameof(AdopterJourneyDates.TargetPanelDate), "Target panel date must be on or after the date Stage 2 started");
        if (j.TargetPanelDate is not null && j.StageTwoStarted is null)
            Add(nameof(AdopterJourneyDates.TargetPanelDate), "Set the target panel date when Stage 2 starts");
        if (j.ApprovalDate is { } approved && j.DecisionDate is { } decided && approved != decided)
            Add(nameof(AdopterJourneyDates.ApprovalDate), "Approval date must be the decision date");
        foreach (var (field, date) in new[] { (nameof(AdopterJourneyDates.RegisterReferralDate), j.RegisterReferralDate), (nameof(AdopterJourneyDates.LinkedDate), j.LinkedDate) })
        {
            if (date is { } d && (j.ApprovalDate is not { } a || d < a))
                Add(field, $"{Label(field)} must be on or after the approval date");
        }

        if (j.EndedDate is { } ended && ended < j.Enquiry)
            Add(nameof(AdopterJourneyDates.EndedDate), "The date the journey ended must be on or after the enquiry");
        foreach (var pause in j.Pauses ?? [])
        {
            if (pause.End is { } end && end <= pause.Start) Add(nameof(AdopterJourneyDates.Pauses), "A pause must end after it starts");
            if (pause.Start < j.Enquiry) Add(nameof(AdopterJourneyDates.Pauses), "A pause must start on or after the enquiry");
        }

        return problems;
    }

    /// <summary>Where the household is, from its dates and outcome.</summary>
    public static AdopterStage StageOf(AdopterJourneyDates j, AdopterOutcome? outcome) =>
        outcome switch
        {
            AdopterOutcome.Withdrawn => AdopterStage.Withdrawn,
            AdopterOutcome.NotApproved => AdopterStage.NotApproved,
            AdopterOutcome.Approved => j.LinkedDate is null ? AdopterStage.Approved : AdopterStage.Matched,
            _ when j.StageTwoStarted is not null => AdopterStage.StageTwo,
            _ when j.StageOneStarted is not null => AdopterStage.StageOne,
            _ when j.RegistrationOfInterest is not null => AdopterStage.RegistrationOfInterest,
            _ => AdopterStage.Enquiry,
        };

    public static string Label(string field) =>
        field switch
        {
            nameof(AdopterJourneyDates.Enquiry) => "Enquiry date",
            nameof(AdopterJourneyDates.InformationPackSent) => "Date the information pack was sent",
            nameof(AdopterJourneyDates.InitialVisit) => "Initial visit date",
            nameof(AdopterJourneyDates.RegistrationOfInterest) => "Registration of interest date",
            nameof(AdopterJourneyDates.StageOneStarted) => "Date Stage 1 started",
            nameof(AdopterJourneyDates.StageOneCompleted) => "Date Stage 1 was completed",
            nameof(AdopterJourneyDates.StageTwoStarted) => "Date Stage 2 started",
            nameof(AdopterJourneyDates.TargetPanelDate) => "Target panel date",
            nameof(AdopterJourneyDates.PreparationTrainingCompleted) => "Date preparation training was completed",
            nameof(AdopterJourneyDates.ReportCompleted) => "Date the Prospective Adopter's Report was completed",
            nameof(AdopterJourneyDates.PanelDate) => "Panel date",
            nameof(AdopterJourneyDates.DecisionDate) => "Decision date",
            nameof(AdopterJourneyDates.ApprovalDate) => "Approval date",
            nameof(AdopterJourneyDates.RegisterReferralDate) => "Date of referral to the adoption register",
            nameof(AdopterJourneyDates.LinkedDate) => "Date linked with a child",
            nameof(AdopterJourneyDates.LastReviewDate) => "Date of the last review of approval",
            nameof(AdopterJourneyDates.EndedDate) => "Date the journey ended",
            _ => field,
        };
}
