using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Application.Admin.Organisations;
using Permanence.Domain.Organisations;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Admin.Organisations;

public class IndexModel(OrganisationOperations organisations, IAuthorizationService authorization) : PageModel
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
        Organisations = (await organisations.ManagedAsync(User)).Select(o => new Row(o.Name, o.Type.DisplayName(), o.LaCode, o.ShortName, o.Users)
        {
            Id = o.Id, IsLocalAuthority = o.Type == OrganisationType.LocalAuthority, CentreLatitude = o.CentreLatitude, CentreLongitude = o.CentreLongitude,
        }).ToList();
    }
}
