using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Application.Admin.Users;
using Permanence.Domain.Staff;

namespace Permanence.Web.Pages.Admin.Users;

public class IndexModel(UserOperations accounts) : PageModel
{
    public IReadOnlyList<UserDto> Users { get; private set; } = [];

    public async Task OnGetAsync() => Users = await accounts.ListAsync(User);

    public string RoleName(string role) => Enum.TryParse<StaffRole>(role, out var r) ? r.DisplayName() : role;
}
