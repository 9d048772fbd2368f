using Permanence.Data.Model.Adopters;
using Permanence.Domain.Adopters;

namespace Permanence.Web.Pages.Adopters;

/// <summary>What happened to a household, in date order, for its page and the API.</summary>
public static class HouseholdTimeline
{
    public sealed record Event(DateOnly Date, string What);

    public static IReadOnlyList<Event> Of(AdopterHousehold h)
    {
        var events = new List<Event>();
        void Add(DateOnly? date, string what)
        {
            if (date is { } d) events.Add(new Event(d, what));
        }

        Add(h.EnquiryDate, $"Enquiry ({h.EnquirySource.DisplayName().ToLowerInvariant()})");
        Add(h.InformationPackSentDate, "Information pack sent");
        Add(h.InitialVisitDate, "Initial visit");
        Add(h.RegistrationOfInterestDate, "Registration of interest");
        Add(h.StageOneStartDate, "Stage 1 started");
        foreach (var c in h.Checks)
        {
            Add(c.CompletedDate, $"{c.Kind.DisplayName()} for {c.Subject}: {c.Outcome?.DisplayName().ToLowerInvariant()}");
        }

        Add(h.StageOneCompletedDate, "Stage 1 completed");
        Add(h.StageTwoStartDate, h.FastTrack ? "Stage 2 started (fast track)" : "Stage 2 started");
        Add(h.PreparationTrainingCompletedDate, "Preparation training completed");
        Add(h.ReportCompletedDate, "Prospective Adopter's Report completed");
        Add(h.PanelDate, "Adoption panel");
        Add(h.DecisionDate, h.Outcome == AdopterOutcome.Approved ? "Agency decision: approved" : "Agency decision: not approved");
        Add(h.IndependentReviewRequestDate, "Independent Review Mechanism requested");
        if (h.Outcome == AdopterOutcome.Withdrawn) Add(h.EndedDate, "Withdrew");
        foreach (var p in h.Pauses)
        {
            Add(p.StartDate, $"Paused: {p.Reason}");
            Add(p.EndDate, "Resumed after a pause");
        }

        foreach (var r in h.Reviews)
        {
            Add(r.ReviewDate, r.ReviewDate == h.ApprovalDate ? "Approval range set" : "Review of approval");
        }

        Add(h.RegisterReferralDate, "Referred to the adoption register");
        Add(h.LinkedDate, "Linked with a child");
        return events.OrderBy(e => e.Date).ToList();
    }
}
