using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Domain.Organisations;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Admin.Organisations;

public class IndexModel(PermanenceDbContext db, IAuthorizationService authorization) : PageModel
{
    public sealed record Row(string Name, string Type, string? LaCode, string ShortName, int Users)
    {
        public int Id { get; init; }

        public bool IsLocalAuthority { get; init; }

        public double? CentreLatitude { get; init; }

        public double? CentreLongitude { get; init; }
    }

    public IReadOnlyList<Row> Organisations { get; private set; } = [];

    public bool CanAdd { get; private set; }

    public async Task OnGetAsync()
    {
        CanAdd = (await authorization.AuthorizeAsync(User, Policies.AdministerRegion)).Succeeded;
        var list = await AdminScope.ManagedOrganisations(db, User)
            .OrderBy(o => o.Type).ThenBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, o.Type, o.LaCode, o.ShortName, o.CentreLatitude, o.CentreLongitude })
            .ToListAsync();
        var ids = list.Select(o => o.Id).ToList();
        var users = await db.Users.Where(u => ids.Contains(u.OrganisationId)).GroupBy(u => u.OrganisationId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        Organisations = list.Select(o => new Row(o.Name, o.Type.DisplayName(), o.LaCode, o.ShortName, users.GetValueOrDefault(o.Id))
        {
            Id = o.Id, IsLocalAuthority = o.Type == OrganisationType.LocalAuthority, CentreLatitude = o.CentreLatitude, CentreLongitude = o.CentreLongitude,
        }).ToList();
    }
}
