using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Domain.Adopters;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Forms;

namespace Permanence.Web.Pages.Adopters;

/// <summary>A review of approval: the only way an approved household's approval range changes.</summary>
[Authorize(Policy = Policies.EditAdopters)]
public class AddReviewModel(PermanenceDbContext db, TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        public DateParts ReviewDate { get; set; } = new();
        public string? MinimumChildren { get; set; }
        public string? MaximumChildren { get; set; }
        public string? MinimumAgeYears { get; set; }
        public string? MaximumAgeYears { get; set; }
        public string? SiblingGroups { get; set; }
        public string? HealthNeeds { get; set; }
        public string? HeritageConsiderations { get; set; }
        public string? Location { get; set; }
        public string? Notes { get; set; }
        public Guid? ConcurrencyStamp { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string HouseholdName { get; private set; } = "";

    public IEnumerable<SelectListItem> YesNoOptions { get; } = [new("Yes", "true"), new("No", "false")];

    public async Task<IActionResult> OnGetAsync()
    {
        var h = await HouseholdSearch.LoadAsync(db, Id);
        if (h is null) return NotFound();
        HouseholdName = h.Name;
        string? N(int? v) => v?.ToString(CultureInfo.InvariantCulture);
        Input = new InputModel
        {
            MinimumChildren = N(h.RangeMinimumChildren),
            MaximumChildren = N(h.RangeMaximumChildren),
            MinimumAgeYears = N(h.RangeMinimumAgeYears),
            MaximumAgeYears = N(h.RangeMaximumAgeYears),
            SiblingGroups = h.RangeSiblingGroups switch { true => "true", false => "false", _ => null },
            HealthNeeds = h.RangeHealthNeeds,
            HeritageConsiderations = h.RangeHeritageConsiderations,
            Location = h.RangeLocation ?? h.Area,
            ConcurrencyStamp = h.ConcurrencyStamp,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var h = await HouseholdSearch.LoadAsync(db, Id, tracking: true);
        if (h is null) return NotFound();
        HouseholdName = h.Name;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var unreadable = new Dictionary<string, string>();
        int? Number(string? value, string field, string label)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
            unreadable[field] = $"{label} must be a number";
            return null;
        }

        var range = new ApprovalRange(
            Number(Input.MinimumChildren, nameof(InputModel.MinimumChildren), "Smallest number of children"),
            Number(Input.MaximumChildren, nameof(InputModel.MaximumChildren), "Largest number of children"),
            Number(Input.MinimumAgeYears, nameof(InputModel.MinimumAgeYears), "Youngest age"),
            Number(Input.MaximumAgeYears, nameof(InputModel.MaximumAgeYears), "Oldest age"),
            Input.SiblingGroups switch { "true" => true, "false" => false, _ => null },
            Input.HealthNeeds,
            Input.HeritageConsiderations,
            Input.Location
        );
        if (Input.ReviewDate.Problem("Review date") is { } p && !Input.ReviewDate.IsEmpty) unreadable[nameof(InputModel.ReviewDate)] = p;
        var fields = new ReviewFields(Input.ReviewDate.ToDate(), range, Input.Notes);
        var errors = fields.Problems(h, today);
        foreach (var (k, v) in unreadable) errors[k] = v;
        if (errors.Count > 0)
        {
            foreach (var (k, v) in errors) ModelState.AddModelError($"Input.{k}", v);
            return Page();
        }

        db.Entry(h).Property(x => x.ConcurrencyStamp).OriginalValue = Input.ConcurrencyStamp ?? Guid.Empty;
        fields.ApplyTo(h, r => db.ApprovalReviews.Add(r));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "Someone else changed this household's record while you were reviewing it. Your review has not been saved: check the record and make it again.");
            return Page();
        }

        return Redirect($"/adopters/{h.Id}?saved=true");
    }
}
