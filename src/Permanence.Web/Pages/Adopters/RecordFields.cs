using Permanence.Data.Model.Adopters;
using Permanence.Domain.Adopters;

namespace Permanence.Web.Pages.Adopters;

/// <summary>A Stage 1 statutory check as entered. Errors are keyed by property name.</summary>
public sealed record CheckFields(string? Kind, string? Subject, DateOnly? RequestedDate, DateOnly? CompletedDate, string? Outcome)
{
    public Dictionary<string, string> Problems(AdopterHousehold h, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        if (HouseholdFields.ParseEnum<StatutoryCheckKind>(Kind) is null) errors[nameof(Kind)] = "Select the check";
        if (string.IsNullOrWhiteSpace(Subject)) errors[nameof(Subject)] = "Enter whom the check is about";
        else if (Subject.Trim().Length > 200) errors[nameof(Subject)] = "Must be 200 characters or fewer";
        if (RequestedDate is not { } requested) errors.TryAdd(nameof(RequestedDate), "Enter the date the check was requested");
        else if (requested > today) errors[nameof(RequestedDate)] = "Date requested must be today or in the past";
        else if (requested < h.EnquiryDate) errors[nameof(RequestedDate)] = "Date requested must be on or after the enquiry date";
        if (CompletedDate is { } done)
        {
            if (done > today) errors[nameof(CompletedDate)] = "Date completed must be today or in the past";
            else if (RequestedDate is { } r && done < r) errors[nameof(CompletedDate)] = "Date completed must be on or after the date requested";
            if (HouseholdFields.ParseEnum<CheckOutcome>(Outcome) is null) errors[nameof(Outcome)] = "Select the outcome of the check";
        }
        else if (!string.IsNullOrWhiteSpace(Outcome))
        {
            errors[nameof(CompletedDate)] = "Enter the date the check was completed";
        }

        if (h.Outcome is AdopterOutcome.Withdrawn or AdopterOutcome.NotApproved) errors.TryAdd(nameof(Kind), "The household's journey has ended");
        return errors;
    }

    public AdopterCheck ToCheck(AdopterHousehold h) =>
        new()
        {
            HouseholdId = h.Id,
            OwningOrganisationId = h.OwningOrganisationId,
            Kind = HouseholdFields.ParseEnum<StatutoryCheckKind>(Kind)!.Value,
            Subject = Subject!.Trim(),
            RequestedDate = RequestedDate!.Value,
            CompletedDate = CompletedDate,
            Outcome = CompletedDate is null ? null : HouseholdFields.ParseEnum<CheckOutcome>(Outcome),
        };
}

/// <summary>A pause as entered: it may be already over (with its end) or still open.</summary>
public sealed record PauseFields(DateOnly? StartDate, DateOnly? EndDate, string? Reason)
{
    public Dictionary<string, string> Problems(AdopterHousehold h, DateOnly today, Guid? except = null)
    {
        var errors = new Dictionary<string, string>();
        if (StartDate is not { } start) errors[nameof(StartDate)] = "Enter the date the pause started";
        else if (start > today) errors[nameof(StartDate)] = "Start date must be today or in the past";
        else if (start < h.EnquiryDate) errors[nameof(StartDate)] = "Start date must be on or after the enquiry date";
        if (EndDate is { } end)
        {
            if (end > today) errors[nameof(EndDate)] = "Date resumed must be today or in the past";
            else if (StartDate is { } s && end <= s) errors[nameof(EndDate)] = "Date resumed must be after the start date";
        }

        if (string.IsNullOrWhiteSpace(Reason)) errors[nameof(Reason)] = "Enter why the household asked to pause";
        else if (Reason.Trim().Length > 1000) errors[nameof(Reason)] = "Reason must be 1000 characters or fewer";
        if (errors.Count == 0)
        {
            var from = StartDate!.Value;
            var until = EndDate ?? DateOnly.MaxValue;
            foreach (var other in h.Pauses.Where(p => p.Id != except))
            {
                var otherUntil = other.EndDate ?? DateOnly.MaxValue;
                if (from < otherUntil && other.StartDate < until)
                {
                    errors[nameof(StartDate)] = other.EndDate is null
                        ? "The household is already paused: record that it resumed first"
                        : $"This pause overlaps the pause from {Infrastructure.Forms.DateDisplay.Format(other.StartDate)}";
                    break;
                }
            }
        }

        if (h.Outcome is not null) errors.TryAdd(nameof(StartDate), "Only a household still being assessed can pause");
        return errors;
    }
}

/// <summary>A review of approval as entered: its date, the approval range it sets, and notes.</summary>
public sealed record ReviewFields(DateOnly? ReviewDate, ApprovalRange Range, string? Notes, MatchingRangeFields? Matching = null)
{
    /// <summary>The problems; <paramref name="localAuthorities"/> are the LAs the household may live in (its agency's region).</summary>
    public Dictionary<string, string> Problems(AdopterHousehold h, DateOnly today, IReadOnlyCollection<int>? localAuthorities = null)
    {
        var errors = new Dictionary<string, string>();
        if (h.Outcome != AdopterOutcome.Approved || h.ApprovalDate is not { } approved)
        {
            errors[nameof(ReviewDate)] = "Only an approved household's approval can be reviewed";
            return errors;
        }

        var last = h.Reviews.Count == 0 ? (DateOnly?)null : h.Reviews.Max(r => r.ReviewDate);
        if (ReviewDate is not { } date) errors[nameof(ReviewDate)] = "Enter the date of the review";
        else if (date > today) errors[nameof(ReviewDate)] = "Review date must be today or in the past";
        else if (date < approved) errors[nameof(ReviewDate)] = "Review date must be on or after the approval date";
        else if (last is { } l && date < l) errors[nameof(ReviewDate)] = $"Review date must be on or after the last review, {Infrastructure.Forms.DateDisplay.Format(l)}";
        foreach (var (field, message) in Range.Problems())
        {
            errors.TryAdd(field, message);
        }

        if (Notes is { Length: > 4000 }) errors[nameof(Notes)] = "Notes must be 4000 characters or fewer";
        // Without the structured range (an API client that does not send it) the household's stays as it is.
        foreach (var (field, message) in Matching?.Problems(localAuthorities ?? []) ?? [])
        {
            errors.TryAdd(field, message);
        }

        return errors;
    }

    public void ApplyTo(AdopterHousehold h, Action<ApprovalReview> add)
    {
        var r = Range;
        h.SetRange(r);
        Matching?.ApplyTo(h);
        if (ReviewDate > h.ApprovalDate) h.LastReviewDate = ReviewDate;
        add(
            new ApprovalReview
            {
                HouseholdId = h.Id,
                OwningOrganisationId = h.OwningOrganisationId,
                ReviewDate = ReviewDate!.Value,
                MinimumChildren = r.MinimumChildren!.Value,
                MaximumChildren = r.MaximumChildren!.Value,
                MinimumAgeYears = r.MinimumAgeYears!.Value,
                MaximumAgeYears = r.MaximumAgeYears!.Value,
                SiblingGroups = r.SiblingGroups!.Value,
                HealthNeeds = h.RangeHealthNeeds,
                HeritageConsiderations = h.RangeHeritageConsiderations,
                Location = h.RangeLocation,
                NeedsCanMeet = h.RangeNeedsCanMeet,
                EarlyPermanenceApproved = h.EarlyPermanenceApproved,
                Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim(),
            }
        );
    }
}
