using Permanence.Data.Model.Adopters;
using Permanence.Domain.Adopters;
using Permanence.Domain.Timescales;

namespace Permanence.Web.Pages.Adopters;

/// <summary>
/// A household's record and journey, once read from a form or a JSON body. One validator serves
/// the pages and the API, so both give the same messages; errors are keyed by property name.
/// </summary>
public sealed record HouseholdFields(
    string? Name,
    int? NumberOfAdults,
    string? Area,
    string? EnquirySource,
    bool? FastTrack,
    DateOnly? Enquiry,
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
    string? PanelRecommendation = null,
    DateOnly? DecisionDate = null,
    string? Outcome = null,
    string? OutcomeReason = null,
    DateOnly? EndedDate = null,
    DateOnly? IndependentReviewRequestDate = null,
    DateOnly? RegisterReferralDate = null,
    DateOnly? LinkedDate = null
)
{
    /// <summary>The journey's date fields in order, with their labels (for forms and messages).</summary>
    public static readonly string[] DateFieldNames =
    [
        nameof(Enquiry), nameof(InformationPackSent), nameof(InitialVisit), nameof(RegistrationOfInterest), nameof(StageOneStarted),
        nameof(StageOneCompleted), nameof(StageTwoStarted), nameof(TargetPanelDate), nameof(PreparationTrainingCompleted),
        nameof(ReportCompleted), nameof(PanelDate), nameof(DecisionDate), nameof(EndedDate), nameof(IndependentReviewRequestDate),
        nameof(RegisterReferralDate), nameof(LinkedDate),
    ];

    public static string Label(string field) =>
        field == nameof(IndependentReviewRequestDate) ? "Date of the Independent Review Mechanism request" : AdopterJourneyRules.Label(field);

    public static HouseholdFields From(AdopterHousehold h) =>
        new(
            h.Name, h.NumberOfAdults, h.Area, h.EnquirySource.ToString(), h.FastTrack, h.EnquiryDate, h.InformationPackSentDate,
            h.InitialVisitDate, h.RegistrationOfInterestDate, h.StageOneStartDate, h.StageOneCompletedDate, h.StageTwoStartDate,
            h.TargetPanelDate, h.PreparationTrainingCompletedDate, h.ReportCompletedDate, h.PanelDate, h.PanelRecommendation,
            h.DecisionDate, h.Outcome?.ToString(), h.OutcomeReason, h.Outcome == AdopterOutcome.Withdrawn ? h.EndedDate : null, h.IndependentReviewRequestDate, h.RegisterReferralDate,
            h.LinkedDate
        );

    public DateOnly? Date(string field) =>
        field switch
        {
            nameof(Enquiry) => Enquiry,
            nameof(InformationPackSent) => InformationPackSent,
            nameof(InitialVisit) => InitialVisit,
            nameof(RegistrationOfInterest) => RegistrationOfInterest,
            nameof(StageOneStarted) => StageOneStarted,
            nameof(StageOneCompleted) => StageOneCompleted,
            nameof(StageTwoStarted) => StageTwoStarted,
            nameof(TargetPanelDate) => TargetPanelDate,
            nameof(PreparationTrainingCompleted) => PreparationTrainingCompleted,
            nameof(ReportCompleted) => ReportCompleted,
            nameof(PanelDate) => PanelDate,
            nameof(DecisionDate) => DecisionDate,
            nameof(EndedDate) => EndedDate,
            nameof(IndependentReviewRequestDate) => IndependentReviewRequestDate,
            nameof(RegisterReferralDate) => RegisterReferralDate,
            nameof(LinkedDate) => LinkedDate,
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
        };

    private AdopterOutcome? OutcomeValue => ParseEnum<AdopterOutcome>(Outcome);

    private AdopterJourneyDates Journey(IReadOnlyList<Pause> pauses, DateOnly? lastReview) =>
        new(
            Enquiry ?? DateOnly.MinValue, InformationPackSent, InitialVisit, RegistrationOfInterest, StageOneStarted, StageOneCompleted,
            StageTwoStarted, TargetPanelDate, PreparationTrainingCompleted, ReportCompleted, PanelDate, DecisionDate,
            OutcomeValue == AdopterOutcome.Approved ? DecisionDate : null, RegisterReferralDate, LinkedDate, lastReview,
            OutcomeValue is AdopterOutcome.Withdrawn ? EndedDate : OutcomeValue is AdopterOutcome.NotApproved ? DecisionDate : null,
            pauses, FastTrack ?? false
        );

    /// <summary>Every problem, keyed by property name; empty when the fields may be saved.</summary>
    public Dictionary<string, string> Problems(DateOnly today, IReadOnlyList<Pause> pauses, DateOnly? lastReview)
    {
        var errors = new Dictionary<string, string>();
        void Add(string field, string message) => errors.TryAdd(field, message);

        if (string.IsNullOrWhiteSpace(Name)) Add(nameof(Name), "Enter the household's name");
        else if (Name.Trim().Length > 200) Add(nameof(Name), "Name must be 200 characters or fewer");
        if (NumberOfAdults is null) Add(nameof(NumberOfAdults), "Enter the number of adults in the household");
        else if (NumberOfAdults is < 1 or > 6) Add(nameof(NumberOfAdults), "Number of adults must be between 1 and 6");
        if (Area is { Length: > 100 }) Add(nameof(Area), "Area must be 100 characters or fewer");
        if (ParseEnum<EnquirySource>(EnquirySource) is null) Add(nameof(EnquirySource), "Select where the enquiry came from");
        if (Enquiry is null) Add(nameof(Enquiry), "Enter the enquiry date");
        if (PanelRecommendation is { Length: > 2000 }) Add(nameof(PanelRecommendation), "Panel recommendation must be 2000 characters or fewer");
        if (OutcomeReason is { Length: > 2000 }) Add(nameof(OutcomeReason), "Reason must be 2000 characters or fewer");

        var outcome = OutcomeValue;
        if (!string.IsNullOrWhiteSpace(Outcome) && outcome is null) Add(nameof(Outcome), "Select the outcome");
        if (DecisionDate is not null && outcome is not (AdopterOutcome.Approved or AdopterOutcome.NotApproved))
            Add(nameof(Outcome), "Select the agency decision maker's decision: approved or not approved");
        if (outcome is AdopterOutcome.Approved or AdopterOutcome.NotApproved && DecisionDate is null)
            Add(nameof(DecisionDate), "Enter the decision date");
        if (outcome is AdopterOutcome.NotApproved or AdopterOutcome.Withdrawn && string.IsNullOrWhiteSpace(OutcomeReason))
            Add(nameof(OutcomeReason), outcome == AdopterOutcome.Withdrawn ? "Enter why the household withdrew" : "Enter why the household was not approved");
        if (outcome == AdopterOutcome.Withdrawn && EndedDate is null) Add(nameof(EndedDate), "Enter the date the household withdrew");
        // A refusal ends the journey on the decision date, so that date may be sent back as is.
        if (outcome != AdopterOutcome.Withdrawn && EndedDate is not null && !(outcome == AdopterOutcome.NotApproved && EndedDate == DecisionDate))
            Add(nameof(EndedDate), "Only a household that withdrew has the date the journey ended");
        if (IndependentReviewRequestDate is { } irm)
        {
            if (outcome != AdopterOutcome.NotApproved) Add(nameof(IndependentReviewRequestDate), "Only a household not approved can ask the Independent Review Mechanism");
            else if (DecisionDate is { } d && irm < d) Add(nameof(IndependentReviewRequestDate), "Date of the Independent Review Mechanism request must be on or after the decision date");
            else if (irm > today) Add(nameof(IndependentReviewRequestDate), "Date of the Independent Review Mechanism request must be today or in the past");
        }

        if (outcome != AdopterOutcome.Approved)
        {
            if (RegisterReferralDate is not null) Add(nameof(RegisterReferralDate), "Only an approved household can be referred to the adoption register");
            if (LinkedDate is not null) Add(nameof(LinkedDate), "Only an approved household can be linked with a child");
        }

        if (Enquiry is not null)
        {
            foreach (var problem in AdopterJourneyRules.Problems(Journey(pauses, lastReview), today))
            {
                Add(problem.Field switch
                {
                    nameof(AdopterJourneyDates.ApprovalDate) => nameof(DecisionDate),
                    nameof(AdopterJourneyDates.Pauses) => nameof(Enquiry),
                    var f => f,
                }, problem.Field == nameof(AdopterJourneyDates.Pauses) ? "Enquiry date must be on or before the household's first pause" : problem.Message);
            }
        }

        return errors;
    }

    /// <summary>Copies validated fields onto the record and works out its stage.</summary>
    public void ApplyTo(AdopterHousehold h)
    {
        h.Name = Name!.Trim();
        h.NumberOfAdults = NumberOfAdults!.Value;
        h.Area = string.IsNullOrWhiteSpace(Area) ? null : Area.Trim();
        h.EnquirySource = ParseEnum<EnquirySource>(EnquirySource)!.Value;
        h.FastTrack = FastTrack ?? false;
        h.EnquiryDate = Enquiry!.Value;
        h.InformationPackSentDate = InformationPackSent;
        h.InitialVisitDate = InitialVisit;
        h.RegistrationOfInterestDate = RegistrationOfInterest;
        h.StageOneStartDate = StageOneStarted;
        h.StageOneCompletedDate = StageOneCompleted;
        h.StageTwoStartDate = StageTwoStarted;
        h.TargetPanelDate = TargetPanelDate;
        h.PreparationTrainingCompletedDate = PreparationTrainingCompleted;
        h.ReportCompletedDate = ReportCompleted;
        h.PanelDate = PanelDate;
        h.PanelRecommendation = string.IsNullOrWhiteSpace(PanelRecommendation) ? null : PanelRecommendation.Trim();
        h.DecisionDate = DecisionDate;
        h.Outcome = OutcomeValue;
        h.OutcomeReason = string.IsNullOrWhiteSpace(OutcomeReason) ? null : OutcomeReason.Trim();
        h.ApprovalDate = h.Outcome == AdopterOutcome.Approved ? DecisionDate : null;
        h.EndedDate = h.Outcome switch
        {
            AdopterOutcome.Withdrawn => EndedDate,
            AdopterOutcome.NotApproved => DecisionDate,
            _ => null,
        };
        h.IndependentReviewRequestDate = IndependentReviewRequestDate;
        h.RegisterReferralDate = RegisterReferralDate;
        h.LinkedDate = LinkedDate;
        h.Stage = AdopterJourneyRules.StageOf(h.Journey, h.Outcome);
    }

    public static T? ParseEnum<T>(string? value)
        where T : struct, Enum =>
        !string.IsNullOrWhiteSpace(value) && !int.TryParse(value, out _) && Enum.TryParse<T>(value.Trim(), true, out var v) && Enum.IsDefined(v) ? v : null;
}
