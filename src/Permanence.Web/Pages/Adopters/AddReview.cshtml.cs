using Permanence.Domain.Calendar;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Domain.Adopters;
using Permanence.Domain.Matching;
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
        public List<string> NeedsCanMeet { get; set; } = [];
        public string? EthnicityCodes { get; set; }
        public string? Religion { get; set; }
        public List<string> Languages { get; set; } = [];
        public string? LivesInLocalAuthorityId { get; set; }
        public string? Latitude { get; set; }
        public string? Longitude { get; set; }
        public string? EarlyPermanenceApproved { get; set; } = "false";
        public Guid? ConcurrencyStamp { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string HouseholdName { get; private set; } = "";

    public IEnumerable<SelectListItem> YesNoOptions { get; } = [new("Yes", "true"), new("No", "false")];

    public IEnumerable<SelectListItem> NeedOptions { get; } = Enum.GetValues<MatchingNeed>().Select(n => new SelectListItem(n.DisplayName(), n.ToString())).ToList();

    public IEnumerable<SelectListItem> ReligionOptions { get; } = [new("Not recorded", ""), .. MatchingVocabulary.Religions.Select(r => new SelectListItem(r, r))];

    public IEnumerable<SelectListItem> LanguageOptions { get; } = MatchingVocabulary.Languages.Select(l => new SelectListItem(l, l)).ToList();

    public List<SelectListItem> LocalAuthorityOptions { get; private set; } = [];

    private async Task<List<int>> LoadLocalAuthoritiesAsync(int agencyId)
    {
        var las = await MatchingRangeFields.LocalAuthoritiesAsync(db, agencyId);
        LocalAuthorityOptions = [new("Outside the region, or not recorded", ""), .. las.Select(l => new SelectListItem(l.Name, l.Id.ToString(CultureInfo.InvariantCulture)))];
        return las.Select(l => l.Id).ToList();
    }

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
            NeedsCanMeet = [.. MatchingVocabulary.Split(h.RangeNeedsCanMeet)],
            EthnicityCodes = h.EthnicityCodes?.Replace(",", ", ", StringComparison.Ordinal),
            Religion = h.Religion,
            Languages = [.. MatchingVocabulary.Split(h.Languages)],
            LivesInLocalAuthorityId = h.LivesInLocalAuthorityId?.ToString(CultureInfo.InvariantCulture),
            Latitude = h.Latitude?.ToString(CultureInfo.InvariantCulture),
            Longitude = h.Longitude?.ToString(CultureInfo.InvariantCulture),
            EarlyPermanenceApproved = h.EarlyPermanenceApproved ? "true" : "false",
            ConcurrencyStamp = h.ConcurrencyStamp,
        };
        await LoadLocalAuthoritiesAsync(h.OwningOrganisationId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var h = await HouseholdSearch.LoadAsync(db, Id, tracking: true);
        if (h is null) return NotFound();
        HouseholdName = h.Name;
        var today = clock.Today();
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
        var localAuthorities = await LoadLocalAuthoritiesAsync(h.OwningOrganisationId);
        int? livesIn = null;
        if (!string.IsNullOrWhiteSpace(Input.LivesInLocalAuthorityId))
        {
            livesIn = int.TryParse(Input.LivesInLocalAuthorityId, NumberStyles.None, CultureInfo.InvariantCulture, out var la) ? la : -1;
        }

        var matching = new MatchingRangeFields(
            Input.NeedsCanMeet,
            (Input.EthnicityCodes ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Input.Religion,
            Input.Languages,
            livesIn,
            MatchingRangeFields.ParseDecimal(Input.Latitude, nameof(InputModel.Latitude), "Latitude", unreadable),
            MatchingRangeFields.ParseDecimal(Input.Longitude, nameof(InputModel.Longitude), "Longitude", unreadable),
            Input.EarlyPermanenceApproved == "true"
        );
        var fields = new ReviewFields(Input.ReviewDate.ToDate(), range, Input.Notes, matching);
        var errors = fields.Problems(h, today, localAuthorities);
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
