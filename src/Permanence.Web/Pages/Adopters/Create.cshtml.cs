using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Permanence.Data;
using Permanence.Data.Model.Adopters;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Adopters;

[Authorize(Policy = Policies.EditAdopters)]
public class CreateModel(PermanenceDbContext db, TimeProvider clock) : HouseholdFormModel(clock)
{
    public void OnGet()
    {
        Input.NumberOfAdults = "2";
        Input.FastTrack = "false";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var fields = ReadValidFields([], null);
        if (fields is null)
        {
            return Page();
        }

        var household = new AdopterHousehold { OwningOrganisationId = User.GetOrganisationId()!.Value, Name = "" };
        fields.ApplyTo(household);
        db.AdopterHouseholds.Add(household);
        await db.SaveChangesAsync();
        return Redirect($"/adopters/{household.Id}?saved=true");
    }
}
