namespace Permanence.Domain.Matching;

/// <summary>
/// The words a matching profile and an approval range are written in, so that a child's and a
/// household's religion and languages compare exactly (ADR 0062): fixed lists (the census
/// religions; the languages most spoken by children in care in England, with British Sign
/// Language), and the needs stored as a comma-separated list of their names.
/// </summary>
public static class MatchingVocabulary
{
    public static IReadOnlyList<string> Religions { get; } =
        ["No religion", "Buddhist", "Christian", "Hindu", "Jewish", "Muslim", "Sikh", "Other religion"];

    public static IReadOnlyList<string> Languages { get; } =
    [
        "English", "Albanian", "Arabic", "Bengali", "British Sign Language", "Chinese", "Farsi", "French", "Gujarati", "Italian",
        "Kurdish", "Lithuanian", "Pashto", "Polish", "Portuguese", "Punjabi", "Romani", "Romanian", "Somali", "Spanish",
        "Tamil", "Tigrinya", "Turkish", "Urdu", "Welsh",
    ];

    /// <summary>The religion as listed, ignoring case and spaces; null when blank or not on the list.</summary>
    public static string? Religion(string? value) => Find(Religions, value);

    /// <summary>The language as listed, ignoring case and spaces; null when blank or not on the list.</summary>
    public static string? Language(string? value) => Find(Languages, value);

    private static string? Find(IReadOnlyList<string> list, string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : list.FirstOrDefault(x => string.Equals(x, value.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The items of a stored comma-separated list, trimmed, without blanks.</summary>
    public static IReadOnlyList<string> Split(string? stored) =>
        string.IsNullOrWhiteSpace(stored) ? [] : stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A list as stored: distinct, comma-separated, null when empty.</summary>
    public static string? Join(IEnumerable<string> items)
    {
        var distinct = items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return distinct.Count == 0 ? null : string.Join(',', distinct);
    }

    /// <summary>A need by its name (as stored or sent), ignoring case; null when it is not a need.</summary>
    public static MatchingNeed? Need(string? name) =>
        !string.IsNullOrWhiteSpace(name) && !int.TryParse(name, out _) && Enum.TryParse<MatchingNeed>(name.Trim(), true, out var need) && Enum.IsDefined(need)
            ? need
            : null;

    /// <summary>The needs of a stored list; names that are not needs are left out.</summary>
    public static IReadOnlySet<MatchingNeed> Needs(string? stored) =>
        Split(stored).Select(Need).OfType<MatchingNeed>().ToHashSet();

    public static string? JoinNeeds(IEnumerable<MatchingNeed> needs) => Join(needs.Distinct().Order().Select(n => n.ToString()));
}
