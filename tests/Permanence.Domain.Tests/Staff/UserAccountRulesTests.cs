using Permanence.Domain.Staff;

namespace Permanence.Domain.Tests.Staff;

public class UserAccountRulesTests
{
    private static Dictionary<string, string> Problems(string? email = "nadia@westerby.example", string? name = "Nadia", int? organisation = 1, string[]? roles = null, string? password = "Correct-Horse-9", bool requirePassword = true) =>
        UserAccountRules.Problems(email, name, organisation, roles ?? ["SocialWorker"], password, requirePassword).ToDictionary();

    [Fact]
    public void A_complete_account_is_accepted() => Assert.Empty(Problems());

    [Theory]
    [InlineData("nadia")]
    [InlineData("nadia@westerby")]
    [InlineData("na dia@westerby.example")]
    [InlineData(null)]
    public void An_account_needs_an_email_address_in_the_correct_format(string? email) =>
        Assert.Equal("Enter an email address in the correct format, like name@example.org", Problems(email: email)["Email"]);

    [Fact]
    public void An_account_needs_a_name_of_200_characters_or_fewer()
    {
        Assert.Equal("Enter the person's name", Problems(name: " ")["DisplayName"]);
        Assert.Equal("Name must be 200 characters or fewer", Problems(name: new string('n', 201))["DisplayName"]);
    }

    [Fact]
    public void An_account_belongs_to_an_organisation() => Assert.Equal("Select an organisation", Problems(organisation: null)["OrganisationId"]);

    [Theory]
    [InlineData("Wizard")]
    [InlineData("1")]
    [InlineData("socialworker")]
    public void Roles_come_from_the_list_by_their_exact_name(string role) =>
        Assert.Equal("Select roles from the list", Problems(roles: [role])["Roles"]);

    [Fact]
    public void An_account_has_at_least_one_role() => Assert.Equal("Select at least one role", Problems(roles: [])["Roles"]);

    [Fact]
    public void A_new_account_needs_a_password_of_12_characters_or_more()
    {
        Assert.Equal("Password must be 12 characters or more", Problems(password: "short-pass1")["Password"]);
        Assert.False(Problems(password: null, requirePassword: false).ContainsKey("Password"));
    }
}
