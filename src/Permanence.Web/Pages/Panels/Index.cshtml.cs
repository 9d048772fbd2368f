using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Panels;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Panels;

[Authorize(Policy = Policies.ViewAdopters)]
public class IndexModel(PermanenceDbContext db, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<PanelMeeting> Meetings { get; private set; } = [];

    public bool CanRun { get; private set; }

    public async Task OnGetAsync()
    {
        CanRun = (await authorization.AuthorizeAsync(User, Policies.RunPanels)).Succeeded;
        Meetings = await db.PanelMeetings
            .Include(m => m.OwningOrganisation)
            .Include(m => m.Items)
            .OrderByDescending(m => m.MeetingDate)
            .Take(200)
            .AsSplitQuery()
            .AsNoTracking()
            .ToListAsync();
    }
}
