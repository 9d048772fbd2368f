using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Application;
using Permanence.Application.Admin.Calendar;
using Permanence.Data.Model.Calendar;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Forms;
using Permanence.Web.Infrastructure.Operations;

namespace Permanence.Web.Pages.Admin.Calendar;

/// <summary>The working-day calendar every clock reads: England and Wales bank holidays, kept by the RAA's administrators.</summary>
[Authorize(Policy = Policies.AdministerRegion)]
public class IndexModel(BankHolidayOperations holidays) : PageModel
{
    public sealed class InputModel
    {
        public DateParts Date { get; set; } = new();
        public string? Name { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<BankHolidayDay> Holidays { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public async Task OnGetAsync() => Holidays = await holidays.ListAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var unreadable = new FieldErrors();
        var date = Input.Date.Read(nameof(AddBankHoliday.Date), "Date of the bank holiday", unreadable);
        var result = await holidays.AddAsync(new AddBankHoliday(date, Input.Name), unreadable);
        if (!result.Succeeded)
        {
            await OnGetAsync();
            return this.Refused(result);
        }

        return RedirectToPage(new { saved = true });
    }

    public async Task<IActionResult> OnPostRemoveAsync(DateOnly date)
    {
        var result = await holidays.RemoveAsync(date);
        return result.Succeeded ? RedirectToPage(new { saved = true }) : this.Refused(result);
    }
}
