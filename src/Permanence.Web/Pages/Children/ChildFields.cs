using FluentValidation;
using Permanence.Data.Model.Children;
using Permanence.Domain.Children;

namespace Permanence.Web.Pages.Children;

/// <summary>
/// The fields of a child's minimal record, once read from a form or a JSON body. One validator
/// serves the pages and the API, so both give the same messages.
/// </summary>
public sealed record ChildFields(
    string? GivenName,
    string? FamilyName,
    string? LocalReference,
    DateOnly? DateOfBirth,
    string? Sex,
    string? EthnicityCode,
    bool? HasDisability,
    DateOnly? DateEnteredCare
)
{
    public static ChildFields From(Child child) =>
        new(
            child.GivenName,
            child.FamilyName,
            child.LocalReference,
            child.DateOfBirth,
            child.Sex.ToString(),
            child.EthnicityCode,
            child.HasDisability,
            child.DateEnteredCare
        );

    /// <summary>Copies validated fields onto the record (call only after validation passed).</summary>
    public void ApplyTo(Child child)
    {
        child.GivenName = GivenName!.Trim();
        child.FamilyName = FamilyName!.Trim();
        child.LocalReference = string.IsNullOrWhiteSpace(LocalReference) ? null : LocalReference.Trim();
        child.DateOfBirth = DateOfBirth!.Value;
        child.Sex = Enum.Parse<Sex>(Sex!, ignoreCase: true);
        child.EthnicityCode = Ethnicity.FromCode(EthnicityCode)!.Code;
        child.HasDisability = HasDisability!.Value;
        child.DateEnteredCare = DateEnteredCare!.Value;
    }
}

public sealed class ChildFieldsValidator : AbstractValidator<ChildFields>
{
    public ChildFieldsValidator(DateOnly today)
    {
        RuleFor(c => c.GivenName).Must(NotBlank).WithMessage("Enter the child's given name")
            .MaximumLength(100).WithMessage("Given name must be 100 characters or fewer");
        RuleFor(c => c.FamilyName).Must(NotBlank).WithMessage("Enter the child's family name")
            .MaximumLength(100).WithMessage("Family name must be 100 characters or fewer");
        RuleFor(c => c.LocalReference)
            .Must(r => r is null || r.Trim().Length <= 10 && r.Trim().All(char.IsAsciiLetterOrDigit))
            .WithMessage("Local reference must be 10 letters or numbers or fewer");
        RuleFor(c => c.DateOfBirth).NotNull().WithMessage("Enter a date of birth")
            .Must(d => d is null || d.Value <= today).WithMessage("Date of birth must be today or in the past")
            .Must(d => d is null || d.Value > today.AddYears(-25)).WithMessage("Date of birth must be within the last 25 years");
        RuleFor(c => c.Sex).Must(s => Enum.TryParse<Sex>(s, true, out var v) && Enum.IsDefined(v) && !int.TryParse(s, out _))
            .WithMessage("Select the child's sex");
        RuleFor(c => c.EthnicityCode).Must(e => Ethnicity.FromCode(e) is not null).WithMessage("Select the child's ethnicity");
        RuleFor(c => c.HasDisability).NotNull().WithMessage("Select whether the child has a disability or medical condition");
        RuleFor(c => c.DateEnteredCare).NotNull().WithMessage("Enter the date the child entered care")
            .Must(d => d is null || d.Value <= today).WithMessage("Date entered care must be today or in the past");
        RuleFor(c => c.DateEnteredCare)
            .Must((c, d) => d is null || c.DateOfBirth is null || d.Value >= c.DateOfBirth.Value)
            .WithMessage("Date entered care must be on or after the date of birth");
    }

    private static bool NotBlank(string? s) => !string.IsNullOrWhiteSpace(s);
}
