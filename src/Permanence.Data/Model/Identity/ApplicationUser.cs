using Microsoft.AspNetCore.Identity;
using Permanence.Data.Model.Organisations;

namespace Permanence.Data.Model.Identity;

/// <summary>A member of staff. Every user belongs to exactly one organisation.</summary>
public class ApplicationUser : IdentityUser
{
    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public required string DisplayName { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? LastSignInAtUtc { get; set; }
}
