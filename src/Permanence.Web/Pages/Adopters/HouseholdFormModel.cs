using Permanence.Domain.Calendar;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Permanence.Data.Model.Adopters;
using Permanence.Domain.Adopters;
using Permanence.Domain.Timescales;
using Permanence.Web.Infrastructure.Forms;

namespace Permanence.Web.Pages.Adopters;

/// <summary>The form shared by recording an enquiry and recording the household's journey.</summary>
public abstract class HouseholdFormModel(TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        public string? Name { get; set; }
        public string? NumberOfAdults { get; set; }
        public string? Area { get; set; }
        public string? EnquirySource { get; set; }
        public string? FastTrack { get; set; }
        public DateParts Enquiry { get; set; } = new();
        public DateParts InformationPackSent { get; set; } = new();
        public DateParts InitialVisit { get; set; } = new();
        public DateParts RegistrationOfInterest { get; set; } = new();
        public DateParts StageOneStarted { get; set; } = new();
        public DateParts StageOneCompleted { get; set; } = new();
        public DateParts StageTwoStarted { get; set; } = new();
        public DateParts TargetPanelDate { get; set; } = new();
        public DateParts PreparationTrainingCompleted { get; set; } = new();
        public DateParts ReportCompleted { get; set; } = new();
        public DateParts PanelDate { get; set; } = new();
        public string? PanelRecommendation { get; set; }
        public DateParts DecisionDate { get; set; } = new();
        public string? Outcome { get; set; }
        public string? OutcomeReason { get; set; }
        public DateParts EndedDate { get; set; } = new();
        public DateParts IndependentReviewRequestDate { get; set; } = new();
        public DateParts RegisterReferralDate { get; set; } = new();
        public DateParts LinkedDate { get; set; } = new();
        public Guid? ConcurrencyStamp { get; set; }

        public DateParts Parts(string field) =>
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

        public static InputModel From(AdopterHousehold h)
        {
            var f = HouseholdFields.From(h);
            var input = new InputModel
            {
                Name = f.Name,
                NumberOfAdults = f.NumberOfAdults?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Area = f.Area,
                EnquirySource = f.EnquirySource,
                FastTrack = f.FastTrack == true ? "true" : "false",
                PanelRecommendation = f.PanelRecommendation,
                Outcome = f.Outcome,
                OutcomeReason = f.OutcomeReason,
                ConcurrencyStamp = h.ConcurrencyStamp,
            };
            foreach (var field in HouseholdFields.DateFieldNames)
            {
                var parts = DateParts.From(f.Date(field));
                var target = input.Parts(field);
                (target.Day, target.Month, target.Year) = (parts.Day, parts.Month, parts.Year);
            }

            return input;
        }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IEnumerable<SelectListItem> SourceOptions { get; } =
        Enum.GetValues<EnquirySource>().Select(s => new SelectListItem(s.DisplayName(), s.ToString()));

    public IEnumerable<SelectListItem> YesNoOptions { get; } = [new("Yes", "true"), new("No", "false")];

    public IEnumerable<SelectListItem> OutcomeOptions { get; } =
        new[] { new SelectListItem("Not decided yet", "") }.Concat(Enum.GetValues<AdopterOutcome>().Select(o => new SelectListItem(o.DisplayName(), o.ToString())));

    protected DateOnly Today => clock.Today();

    /// <summary>Reads and validates the form; on failure the errors are in ModelState and null is returned.</summary>
    protected HouseholdFields? ReadValidFields(IReadOnlyList<Pause> pauses, DateOnly? lastReview)
    {
        var unreadable = new Dictionary<string, string>();
        DateOnly? Read(string field)
        {
            var parts = Input.Parts(field);
            if (parts.IsEmpty) return null;
            if (parts.Problem(HouseholdFields.Label(field)) is { } problem) unreadable[field] = problem;
            return parts.ToDate();
        }

        var fields = new HouseholdFields(
            Input.Name,
            int.TryParse(Input.NumberOfAdults, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var adults) ? adults : null,
            Input.Area,
            Input.EnquirySource,
            Input.FastTrack == "true",
            Read(nameof(InputModel.Enquiry)),
            Read(nameof(InputModel.InformationPackSent)),
            Read(nameof(InputModel.InitialVisit)),
            Read(nameof(InputModel.RegistrationOfInterest)),
            Read(nameof(InputModel.StageOneStarted)),
            Read(nameof(InputModel.StageOneCompleted)),
            Read(nameof(InputModel.StageTwoStarted)),
            Read(nameof(InputModel.TargetPanelDate)),
            Read(nameof(InputModel.PreparationTrainingCompleted)),
            Read(nameof(InputModel.ReportCompleted)),
            Read(nameof(InputModel.PanelDate)),
            Input.PanelRecommendation,
            Read(nameof(InputModel.DecisionDate)),
            Input.Outcome,
            Input.OutcomeReason,
            Read(nameof(InputModel.EndedDate)),
            Read(nameof(InputModel.IndependentReviewRequestDate)),
            Read(nameof(InputModel.RegisterReferralDate)),
            Read(nameof(InputModel.LinkedDate))
        );
        if (!string.IsNullOrWhiteSpace(Input.NumberOfAdults) && fields.NumberOfAdults is null)
        {
            unreadable[nameof(InputModel.NumberOfAdults)] = "Number of adults must be a number, like 2";
        }

        foreach (var (field, message) in unreadable)
        {
            ModelState.AddModelError($"Input.{field}", message);
        }

        foreach (var (field, message) in fields.Problems(Today, pauses, lastReview))
        {
            if (!unreadable.ContainsKey(field)) ModelState.AddModelError($"Input.{field}", message);
        }

        return ModelState.IsValid ? fields : null;
    }
}
