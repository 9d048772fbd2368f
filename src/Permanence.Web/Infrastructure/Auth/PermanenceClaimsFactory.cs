using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Permanence.Data;
using Permanence.Data.Model.Identity;

namespace Permanence.Web.Infrastructure.Auth;

/// <summary>Adds the user's organisation and region to the principal, so the data scope needs no query.</summary>
public sealed class PermanenceClaimsFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    PermanenceDbContext db
) : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == user.OrganisationId);
        identity.AddClaim(new Claim(PermanenceClaims.OrganisationId, organisation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(PermanenceClaims.OrganisationType, organisation.Type.ToString()));
        identity.AddClaim(new Claim(PermanenceClaims.OrganisationName, organisation.Name));
        identity.AddClaim(new Claim(PermanenceClaims.RegionId, organisation.RegionId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(PermanenceClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
