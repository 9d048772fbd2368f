using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Data;
using Permanence.Domain.Staff;

namespace Permanence.Web.Pages.Admin.Users;

public class IndexModel(PermanenceDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<UserCommands.UserDto> Users { get; private set; } = [];

    public async Task OnGetAsync() => Users = await UserCommands.ListAsync(db, User, clock);

    public string RoleName(string role) => Enum.TryParse<StaffRole>(role, out var r) ? r.DisplayName() : role;
}
