using Permanence.Domain.Organisations;

namespace Permanence.Domain.Tests.Organisations;

public class OrganisationRulesTests
{
    private static Dictionary<string, string> Problems(string? name, string? type, string? shortName, string? laCode) =>
        OrganisationRules.Problems(name, type, shortName, laCode).ToDictionary();

    [Theory]
    [InlineData("LocalAuthority", "301")]
    [InlineData("localauthority", " 301 ")]
    [InlineData("VoluntaryAdoptionAgency", null)]
    [InlineData("VoluntaryAdoptionAgency", "  ")]
    public void A_named_LA_with_its_code_or_a_VAA_without_one_is_accepted(string type, string? code) =>
        Assert.Empty(Problems("Newtown Council", type, "newtown", code));

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void An_organisation_needs_a_name(string? name) =>
        Assert.Equal("Enter the organisation's name", Problems(name, "VoluntaryAdoptionAgency", "vaa", null)["Name"]);

    [Fact]
    public void A_name_is_at_most_200_characters() =>
        Assert.Equal("Name must be 200 characters or fewer", Problems(new string('a', 201), "VoluntaryAdoptionAgency", "vaa", null)["Name"]);

    [Theory]
    [InlineData("RegionalAdoptionAgency")]
    [InlineData("0")]
    [InlineData("Council")]
    [InlineData(null)]
    public void Only_an_LA_or_a_VAA_can_be_added_the_RAA_exists_already(string? type) =>
        Assert.Equal("Select local authority or voluntary adoption agency", Problems("Org", type, "org", null)["Type"]);

    [Theory]
    [InlineData("a")]
    [InlineData("1town")]
    [InlineData("New-Town")]
    [InlineData("new town")]
    [InlineData(null)]
    public void A_short_name_is_lower_case_letters_numbers_or_hyphens_starting_with_a_letter(string? shortName) =>
        Assert.True(Problems("Org", "VoluntaryAdoptionAgency", shortName, null).ContainsKey("ShortName"));

    [Theory]
    [InlineData("12")]
    [InlineData(null)]
    public void An_LA_needs_a_three_digit_code(string? code) =>
        Assert.Equal(LaCode.FormatMessage, Problems("Council", "LocalAuthority", "council", code)["LaCode"]);

    [Fact]
    public void Only_a_local_authority_has_an_LA_code() =>
        Assert.Equal("Only a local authority has an LA code", Problems("Agency", "VoluntaryAdoptionAgency", "agency", "997")["LaCode"]);
}
