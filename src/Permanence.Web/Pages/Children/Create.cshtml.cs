using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Permanence.Data;
using Permanence.Data.Journeys;
using Permanence.Data.Model.Children;
using Permanence.Web.Api;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Children;

[Authorize(Policy = Policies.EditChildren)]
public class CreateModel(PermanenceDbContext db, TimeProvider clock) : ChildFormModel(clock)
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var fields = ReadValidFields();
        var owner = User.GetOrganisationId()!.Value;
        if (fields is not null && await ChildSearch.ReferenceTakenAsync(db, owner, fields.LocalReference, null))
        {
            ModelState.AddModelError("Input.LocalReference", "A child with this local reference is already recorded");
        }

        if (fields is null || !ModelState.IsValid)
        {
            return Page();
        }

        var child = new Child { OwningOrganisationId = owner, GivenName = "", FamilyName = "", EthnicityCode = "" };
        fields.ApplyTo(child);
        JourneyRecorder.AlignWithRecord(child, child.DateOfBirth, Today); // the first event: entered care
        db.Children.Add(child);
        await db.SaveChangesAsync();
        return Redirect($"/children/{child.Id}?saved=true");
    }
}
