using Microsoft.EntityFrameworkCore;
using Permanence.Data.Demo;
using Permanence.Domain.Staff;
using Permanence.TestCommon;

namespace Permanence.Web.Tests;

/// <summary>Names of the demo region's people and records used across tests.</summary>
public static class Demo
{
    public const string OwnLa = "991";
    public const string OtherLa = "992";

    public static string User(StaffRole role, string organisation) => DemoRegion.SignIn(role, organisation);

    public static async Task<Guid> AnyChildOfAsync(this PermanenceFactory factory, string laCode)
    {
        await using var db = factory.SystemContext();
        return await db.Children.Where(c => c.OwningOrganisation!.LaCode == laCode).OrderBy(c => c.LocalReference).Select(c => c.Id).FirstAsync();
    }
}
