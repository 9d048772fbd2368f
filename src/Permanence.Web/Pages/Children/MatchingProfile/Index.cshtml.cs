using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Children;
using Permanence.Domain.Matching;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Children.MatchingProfile;

/// <summary>What the matching rules read about a child besides the journey: needs, religion, first language, and whether to avoid the child's own LA.</summary>
[Authorize(Policy = Policies.EditMatchingProfile)]
public class IndexModel(PermanenceDbContext db) : PageModel
{
    public sealed class InputModel
    {
        public List<string> Needs { get; set; } = [];
        public string? Religion { get; set; }
        public string? FirstLanguage { get; set; }
        public string? AvoidOwnLocalAuthority { get; set; }
        public Guid? ConcurrencyStamp { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Child Child { get; private set; } = null!;

    public IEnumerable<SelectListItem> NeedOptions { get; } = Enum.GetValues<MatchingNeed>().Select(n => new SelectListItem(n.DisplayName(), n.ToString())).ToList();

    public IEnumerable<SelectListItem> ReligionOptions { get; } = [new("Not recorded", ""), .. MatchingVocabulary.Religions.Select(r => new SelectListItem(r, r))];

    public IEnumerable<SelectListItem> LanguageOptions { get; } = [new("Not recorded", ""), .. MatchingVocabulary.Languages.Select(l => new SelectListItem(l, l))];

    public IEnumerable<SelectListItem> YesNoOptions { get; } = [new("Yes", "true"), new("No", "false")];

    public async Task<IActionResult> OnGetAsync()
    {
        var child = await MatchingProfileFields.LoadAsync(db, Id);
        if (child is null) return NotFound();
        Child = child;
        Input = new InputModel
        {
            Needs = [.. MatchingVocabulary.Split(child.MatchingNeeds)],
            Religion = child.Religion,
            FirstLanguage = child.FirstLanguage,
            AvoidOwnLocalAuthority = child.AvoidOwnLocalAuthority ? "true" : "false",
            ConcurrencyStamp = child.ConcurrencyStamp,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var child = await MatchingProfileFields.LoadAsync(db, Id);
        if (child is null) return NotFound();
        Child = child;
        var fields = new MatchingProfileFields(Input.Needs, Input.Religion, Input.FirstLanguage, Input.AvoidOwnLocalAuthority switch { "true" => true, "false" => false, _ => null });
        var errors = fields.Problems();
        if (errors.Count > 0)
        {
            foreach (var (k, v) in errors) ModelState.AddModelError($"Input.{k}", v);
            return Page();
        }

        db.Entry(child).Property(c => c.ConcurrencyStamp).OriginalValue = Input.ConcurrencyStamp ?? Guid.Empty;
        fields.ApplyTo(child);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "Someone else changed this child's record while you were editing it. Your changes have not been saved: check the record and make them again.");
            return Page();
        }

        return Redirect($"/children/{child.Id}/journey");
    }
}
