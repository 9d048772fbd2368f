using Permanence.Domain.Calendar;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Permanence.Data.Model.Children;
using Permanence.Domain.Children;
using Permanence.Web.Infrastructure.Forms;

namespace Permanence.Web.Pages.Children;

/// <summary>The form shared by adding and changing a child's record.</summary>
public abstract class ChildFormModel(TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        public string? GivenName { get; set; }

        public string? FamilyName { get; set; }

        public string? LocalReference { get; set; }

        public DateParts DateOfBirth { get; set; } = new();

        public string? Sex { get; set; }

        public string? EthnicityCode { get; set; }

        public string? HasDisability { get; set; }

        public DateParts DateEnteredCare { get; set; } = new();

        public Guid? ConcurrencyStamp { get; set; }

        public static InputModel From(Child c) =>
            new()
            {
                GivenName = c.GivenName,
                FamilyName = c.FamilyName,
                LocalReference = c.LocalReference,
                DateOfBirth = DateParts.From(c.DateOfBirth),
                Sex = c.Sex.ToString(),
                EthnicityCode = c.EthnicityCode,
                HasDisability = c.HasDisability ? "true" : "false",
                DateEnteredCare = DateParts.From(c.DateEnteredCare),
                ConcurrencyStamp = c.ConcurrencyStamp,
            };
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IEnumerable<SelectListItem> SexOptions { get; } =
        [new("Male", nameof(Domain.Children.Sex.Male)), new("Female", nameof(Domain.Children.Sex.Female))];

    public IEnumerable<SelectListItem> YesNoOptions { get; } = [new("Yes", "true"), new("No", "false")];

    public IEnumerable<SelectListItem> EthnicityOptions { get; } =
        new[] { new SelectListItem("Select ethnicity", "") }.Concat(Ethnicity.All.Select(e => new SelectListItem($"{e.Description} ({e.Code})", e.Code)));

    protected DateOnly Today => clock.Today();

    /// <summary>Reads and validates the form; on failure the errors are in ModelState and null is returned.</summary>
    protected ChildFields? ReadValidFields()
    {
        var dobProblem = Input.DateOfBirth.Problem("Date of birth");
        var enteredProblem = Input.DateEnteredCare.Problem("Date entered care");
        var fields = new ChildFields(
            Input.GivenName,
            Input.FamilyName,
            Input.LocalReference,
            Input.DateOfBirth.ToDate(),
            Input.Sex,
            Input.EthnicityCode,
            Input.HasDisability switch { "true" => true, "false" => false, _ => null },
            Input.DateEnteredCare.ToDate()
        );
        var result = new ChildFieldsValidator(Today).Validate(fields);
        // A date that cannot be read gets its own message rather than "Enter a date".
        foreach (var error in result.Errors)
        {
            if (error.PropertyName == nameof(ChildFields.DateOfBirth) && dobProblem is not null) continue;
            if (error.PropertyName == nameof(ChildFields.DateEnteredCare) && enteredProblem is not null) continue;
            ModelState.AddModelError($"Input.{error.PropertyName}", error.ErrorMessage);
        }

        if (dobProblem is not null) ModelState.AddModelError("Input.DateOfBirth", dobProblem);
        if (enteredProblem is not null) ModelState.AddModelError("Input.DateEnteredCare", enteredProblem);
        return ModelState.IsValid ? fields : null;
    }
}
