using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Children;
using Permanence.Domain.Matching;

namespace Permanence.Web.Pages.Children.MatchingProfile;

/// <summary>
/// A child's matching profile as entered on the page or sent to the API: one validator, so both give
/// the same messages. Errors are keyed by property name.
/// </summary>
public sealed record MatchingProfileFields(IReadOnlyList<string>? Needs, string? Religion, string? FirstLanguage, bool? AvoidOwnLocalAuthority)
{
    public static MatchingProfileFields From(Child c) =>
        new(MatchingVocabulary.Split(c.MatchingNeeds), c.Religion, c.FirstLanguage, c.AvoidOwnLocalAuthority);

    public Dictionary<string, string> Problems()
    {
        var errors = new Dictionary<string, string>();
        if (Needs?.FirstOrDefault(n => MatchingVocabulary.Need(n) is null) is { } need)
            errors[nameof(Needs)] = $"“{need}” is not a need: select the needs from the list";
        if (!string.IsNullOrWhiteSpace(Religion) && MatchingVocabulary.Religion(Religion) is null)
            errors[nameof(Religion)] = "Select a religion from the list";
        if (!string.IsNullOrWhiteSpace(FirstLanguage) && MatchingVocabulary.Language(FirstLanguage) is null)
            errors[nameof(FirstLanguage)] = "Select a first language from the list";
        if (AvoidOwnLocalAuthority is null)
            errors[nameof(AvoidOwnLocalAuthority)] = "Select whether the plan says the child should live outside their own local authority";
        return errors;
    }

    public void ApplyTo(Child c)
    {
        c.MatchingNeeds = MatchingVocabulary.JoinNeeds((Needs ?? []).Select(MatchingVocabulary.Need).OfType<MatchingNeed>());
        c.Religion = MatchingVocabulary.Religion(Religion);
        c.FirstLanguage = MatchingVocabulary.Language(FirstLanguage);
        c.AvoidOwnLocalAuthority = AvoidOwnLocalAuthority!.Value;
    }

    /// <summary>The child, tracked, with its LA; null when not in scope.</summary>
    public static Task<Child?> LoadAsync(PermanenceDbContext db, Guid id) =>
        db.Children.Include(c => c.OwningOrganisation).FirstOrDefaultAsync(c => c.Id == id);
}
