using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Demo;
using Permanence.Domain.Staff;

namespace Permanence.Application.Account;

/// <summary>One demo account: whose it is, its role and the name to sign in with.</summary>
public sealed record DemoSignIn(string Organisation, string Role, string Email);

/// <summary>The demo region's sign-ins, one per organisation and role, listed on the sign-in page of a demo.</summary>
public sealed class DemoSignIns(PermanenceDbContext db) : IApplicationService
{
    public async Task<IReadOnlyList<DemoSignIn>> ListAsync()
    {
        var demoRegion = await db.Regions.Where(r => r.Name == DemoRegion.RegionName).Select(r => r.Id).FirstOrDefaultAsync();
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.RegionId == demoRegion).OrderBy(o => o.Type).ThenBy(o => o.Name).ToListAsync();
        return organisations
            .SelectMany(o => StaffRoles.All.Select(r => new DemoSignIn($"{o.Name}{(o.LaCode is null ? "" : $" ({o.LaCode})")}", r.DisplayName(), DemoRegion.SignIn(r, o.SignInSuffix))))
            .ToList();
    }
}
