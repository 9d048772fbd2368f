using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Organisations;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Pages.Adopters;

namespace Permanence.Web.Pages.Admin.Organisations;

[Authorize(Policy = Policies.AdministerRegion)]
public class CentreModel(PermanenceDbContext db) : PageModel
{
    public sealed class InputModel
    {
        public string? Latitude { get; set; }
        public string? Longitude { get; set; }
        public Guid? ConcurrencyStamp { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Organisation La { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var la = await CentreFields.LoadAsync(db, User, Id);
        if (la is null) return NotFound();
        La = la;
        Input = new InputModel
        {
            Latitude = la.CentreLatitude?.ToString(CultureInfo.InvariantCulture),
            Longitude = la.CentreLongitude?.ToString(CultureInfo.InvariantCulture),
            ConcurrencyStamp = la.ConcurrencyStamp,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var la = await CentreFields.LoadAsync(db, User, Id);
        if (la is null) return NotFound();
        La = la;
        var errors = new Dictionary<string, string>();
        var fields = new CentreFields(
            MatchingRangeFields.ParseDecimal(Input.Latitude, nameof(InputModel.Latitude), "Latitude", errors),
            MatchingRangeFields.ParseDecimal(Input.Longitude, nameof(InputModel.Longitude), "Longitude", errors)
        );
        foreach (var (k, v) in fields.Problems()) errors.TryAdd(k, v);
        if (errors.Count > 0)
        {
            foreach (var (k, v) in errors) ModelState.AddModelError($"Input.{k}", v);
            return Page();
        }

        db.Entry(la).Property(o => o.ConcurrencyStamp).OriginalValue = Input.ConcurrencyStamp ?? Guid.Empty;
        fields.ApplyTo(la);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "Someone else changed this local authority while you were editing it. Your change has not been saved: check and make it again.");
            return Page();
        }

        return Redirect("/admin/organisations");
    }
}
