using Permanence.Domain.Matching;

namespace Permanence.Domain.Tests.Matching;

public class MatchingVocabularyTests
{
    [Theory]
    [InlineData("christian", "Christian")]
    [InlineData("  Muslim ", "Muslim")]
    [InlineData("No religion", "No religion")]
    [InlineData("Jedi", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Religion_is_found_on_the_list_ignoring_case_and_spaces(string? typed, string? expected) =>
        Assert.Equal(expected, MatchingVocabulary.Religion(typed));

    [Theory]
    [InlineData("british sign language", "British Sign Language")]
    [InlineData("Urdu", "Urdu")]
    [InlineData("Klingon", null)]
    public void Language_is_found_on_the_list_ignoring_case(string typed, string? expected) =>
        Assert.Equal(expected, MatchingVocabulary.Language(typed));

    [Theory]
    [InlineData("LearningDisability", MatchingNeed.LearningDisability)]
    [InlineData("learningdisability", MatchingNeed.LearningDisability)]
    [InlineData("1", null)]
    [InlineData("Telepathy", null)]
    [InlineData(" ", null)]
    public void Need_is_read_by_name_never_by_number(string typed, MatchingNeed? expected) =>
        Assert.Equal(expected, MatchingVocabulary.Need(typed));

    [Fact]
    public void Needs_are_stored_once_each_in_the_order_of_the_list_and_unknown_stored_names_are_left_out()
    {
        var stored = MatchingVocabulary.JoinNeeds([MatchingNeed.SensoryImpairment, MatchingNeed.DevelopmentalDelay, MatchingNeed.SensoryImpairment]);
        Assert.Equal("DevelopmentalDelay,SensoryImpairment", stored);
        Assert.Equal(new HashSet<MatchingNeed> { MatchingNeed.DevelopmentalDelay, MatchingNeed.SensoryImpairment }, MatchingVocabulary.Needs(stored + ",Retired"));
        Assert.Null(MatchingVocabulary.JoinNeeds([]));
        Assert.Empty(MatchingVocabulary.Needs(null));
    }

    [Fact]
    public void A_list_is_stored_without_blanks_or_repeats_ignoring_case()
    {
        Assert.Equal("English,Polish", MatchingVocabulary.Join(["English", " ", "Polish", "english"]));
        Assert.Equal(["English", "Polish"], MatchingVocabulary.Split(" English , ,Polish"));
    }
}
