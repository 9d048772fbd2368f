using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Calendar;
using Permanence.Data.Model.Calendar;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Forms;

namespace Permanence.Web.Pages.Admin.Calendar;

/// <summary>The working-day calendar every clock reads: England and Wales bank holidays, kept by the RAA's administrators.</summary>
[Authorize(Policy = Policies.AdministerRegion)]
public class IndexModel(PermanenceDbContext db) : PageModel
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

    public async Task OnGetAsync() => Holidays = await db.BankHolidays.OrderBy(b => b.Date).AsNoTracking().ToListAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await OnGetAsync();
        var errors = BankHolidayChanges.Problems(Holidays.Select(h => h.Date).ToList(), Input.Date.ToDate(), Input.Name);
        if (Input.Date.Problem("Date of the bank holiday") is { } p) errors["Date"] = Input.Date.IsEmpty ? "Enter the date of the bank holiday" : p;
        if (errors.Count > 0)
        {
            foreach (var (k, v) in errors) ModelState.AddModelError($"Input.{k}", v);
            return Page();
        }

        BankHolidayChanges.Add(db, Input.Date.ToDate()!.Value, Input.Name!);
        await db.SaveChangesAsync();
        return Redirect("/admin/calendar?saved=true");
    }

    public async Task<IActionResult> OnPostRemoveAsync(DateOnly date)
    {
        var day = await db.BankHolidays.FirstOrDefaultAsync(b => b.Date == date);
        if (day is null) return NotFound();
        BankHolidayChanges.Remove(db, day);
        await db.SaveChangesAsync();
        return Redirect("/admin/calendar?saved=true");
    }
}
