namespace Permanence.Domain.Adopters;

/// <summary>
/// Where a prospective adopter household is on its journey to approval (DOMAIN.md, "The adopter's
/// journey"). ROI = registration of interest.
/// </summary>
public enum AdopterStage
{
    Enquiry,
    RegistrationOfInterest,
    StageOne,
    StageTwo,
    Approved,
    Matched,
    Withdrawn,
    NotApproved,
}

public static class AdopterStages
{
    public static string DisplayName(this AdopterStage stage) =>
        stage switch
        {
            AdopterStage.Enquiry => "Enquiry",
            AdopterStage.RegistrationOfInterest => "Registration of interest",
            AdopterStage.StageOne => "Stage 1",
            AdopterStage.StageTwo => "Stage 2",
            AdopterStage.Approved => "Approved, waiting",
            AdopterStage.Matched => "Matched",
            AdopterStage.Withdrawn => "Withdrawn",
            AdopterStage.NotApproved => "Not approved",
            _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
        };
}
