namespace Permanence.Domain.Adopters;

/// <summary>
/// The children an approved household can be matched with: how many, their ages, whether a
/// sibling group, the disability and health needs the household can meet, heritage, religion and
/// language considerations, and where the household lives. Changed only through a review of approval.
/// </summary>
public sealed record ApprovalRange(
    int? MinimumChildren,
    int? MaximumChildren,
    int? MinimumAgeYears,
    int? MaximumAgeYears,
    bool? SiblingGroups,
    string? HealthNeeds,
    string? HeritageConsiderations,
    string? Location
)
{
    /// <summary>The contradictions and impossibilities, keyed by property name.</summary>
    public IReadOnlyList<(string Field, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        if (MinimumChildren is null) problems.Add((nameof(MinimumChildren), "Enter the smallest number of children"));
        else if (MinimumChildren is < 1 or > 6) problems.Add((nameof(MinimumChildren), "Smallest number of children must be between 1 and 6"));
        if (MaximumChildren is null) problems.Add((nameof(MaximumChildren), "Enter the largest number of children"));
        else if (MaximumChildren is < 1 or > 6) problems.Add((nameof(MaximumChildren), "Largest number of children must be between 1 and 6"));
        else if (MinimumChildren is >= 1 and <= 6 && MaximumChildren < MinimumChildren)
            problems.Add((nameof(MaximumChildren), "Largest number of children must be the same as or more than the smallest"));
        if (MinimumAgeYears is null) problems.Add((nameof(MinimumAgeYears), "Enter the youngest age"));
        else if (MinimumAgeYears is < 0 or > 17) problems.Add((nameof(MinimumAgeYears), "Youngest age must be between 0 and 17"));
        if (MaximumAgeYears is null) problems.Add((nameof(MaximumAgeYears), "Enter the oldest age"));
        else if (MaximumAgeYears is < 0 or > 17) problems.Add((nameof(MaximumAgeYears), "Oldest age must be between 0 and 17"));
        else if (MinimumAgeYears is >= 0 and <= 17 && MaximumAgeYears < MinimumAgeYears)
            problems.Add((nameof(MaximumAgeYears), "Oldest age must be the same as or older than the youngest age"));
        if (SiblingGroups is null) problems.Add((nameof(SiblingGroups), "Select whether the household can take a sibling group"));
        else if (SiblingGroups == true && MaximumChildren is 1)
            problems.Add((nameof(SiblingGroups), "A household approved for one child cannot take a sibling group"));
        else if (SiblingGroups == false && MinimumChildren is > 1)
            problems.Add((nameof(SiblingGroups), "A household approved for more than one child must be able to take a sibling group"));
        foreach (var (field, value) in new[] { (nameof(HealthNeeds), HealthNeeds), (nameof(HeritageConsiderations), HeritageConsiderations), (nameof(Location), Location) })
        {
            if (value is { Length: > 1000 }) problems.Add((field, "Must be 1000 characters or fewer"));
        }

        if (string.IsNullOrWhiteSpace(Location)) problems.Add((nameof(Location), "Enter where the household lives"));
        return problems;
    }
}
