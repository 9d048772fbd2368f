using System.Text.RegularExpressions;

namespace Permanence.Domain.Staff;

/// <summary>
/// What a staff account must have: an email address to sign in with, a name, an organisation,
/// roles from the list and, when it is made, a password of 12 characters or more. Messages are
/// keyed by the fields Email, DisplayName, OrganisationId, Roles and Password.
/// </summary>
public static partial class UserAccountRules
{
    public const int MinimumPasswordLength = 12;

    public static IEnumerable<KeyValuePair<string, string>> Problems(
        string? email, string? displayName, int? organisationId, IReadOnlyCollection<string>? roles, string? password, bool requirePassword)
    {
        if (email is null || !EmailPattern().IsMatch(email.Trim()))
            yield return new("Email", "Enter an email address in the correct format, like name@example.org");

        if (string.IsNullOrWhiteSpace(displayName)) yield return new("DisplayName", "Enter the person's name");
        else if (displayName.Length > 200) yield return new("DisplayName", "Name must be 200 characters or fewer");

        if (organisationId is null) yield return new("OrganisationId", "Select an organisation");

        if (roles is not { Count: > 0 }) yield return new("Roles", "Select at least one role");
        else if (!roles.All(IsRole)) yield return new("Roles", "Select roles from the list");

        if (requirePassword && password is not { Length: >= MinimumPasswordLength })
            yield return new("Password", "Password must be 12 characters or more");
    }

    /// <summary>A role by its exact name; a number is not a role.</summary>
    public static bool IsRole(string? role) => Enum.TryParse<StaffRole>(role, false, out _) && !int.TryParse(role, out _);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
