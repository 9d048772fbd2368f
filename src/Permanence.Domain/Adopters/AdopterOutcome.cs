namespace Permanence.Domain.Adopters;

/// <summary>How a household's assessment ended.</summary>
public enum AdopterOutcome
{
    Approved,
    NotApproved,
    Withdrawn,
}

/// <summary>Where a household's enquiry came from (seed 001, table 1.2).</summary>
public enum EnquirySource
{
    Website,
    Campaign,
    Event,
    Referral,
    OtherAgency,
    Other,
}

public static class AdopterOutcomes
{
    public static string DisplayName(this AdopterOutcome outcome) =>
        outcome switch
        {
            AdopterOutcome.Approved => "Approved",
            AdopterOutcome.NotApproved => "Not approved",
            AdopterOutcome.Withdrawn => "Withdrawn",
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
        };

    public static string DisplayName(this EnquirySource source) =>
        source switch
        {
            EnquirySource.Website => "Website",
            EnquirySource.Campaign => "Campaign",
            EnquirySource.Event => "Event",
            EnquirySource.Referral => "Referral",
            EnquirySource.OtherAgency => "Other agency",
            EnquirySource.Other => "Other",
            _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
        };
}

/// <summary>The Stage 1 statutory checks.</summary>
public enum StatutoryCheckKind
{
    /// <summary>Enhanced DBS check, one for every adult in the household.</summary>
    EnhancedDbs,
    Medical,
    LocalAuthority,
    Reference,
}

public enum CheckOutcome
{
    Clear,
    Concerns,
}

public static class StatutoryChecks
{
    public static string DisplayName(this StatutoryCheckKind kind) =>
        kind switch
        {
            StatutoryCheckKind.EnhancedDbs => "Enhanced DBS check",
            StatutoryCheckKind.Medical => "Medical",
            StatutoryCheckKind.LocalAuthority => "Local authority checks",
            StatutoryCheckKind.Reference => "Reference",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };

    public static string DisplayName(this CheckOutcome outcome) =>
        outcome switch
        {
            CheckOutcome.Clear => "Clear",
            CheckOutcome.Concerns => "Concerns to consider",
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
        };
}
