using FluentValidation;
using Permanence.Domain.Organisations;

namespace Permanence.Web.Pages.Admin.Organisations;

public sealed record OrganisationFields(string? Name, string? Type, string? ShortName, string? LaCode)
{
    public OrganisationType ParsedType => Enum.Parse<OrganisationType>(Type!, ignoreCase: true);
}

public sealed class OrganisationFieldsValidator : AbstractValidator<OrganisationFields>
{
    public OrganisationFieldsValidator()
    {
        RuleFor(o => o.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the organisation's name")
            .MaximumLength(200).WithMessage("Name must be 200 characters or fewer");
        RuleFor(o => o.Type)
            .Must(t => Enum.TryParse<OrganisationType>(t, true, out var v) && Enum.IsDefined(v) && !int.TryParse(t, out _)
                && v != OrganisationType.RegionalAdoptionAgency)
            .WithMessage("Select local authority or voluntary adoption agency");
        RuleFor(o => o.ShortName)
            .Must(s => s is not null && System.Text.RegularExpressions.Regex.IsMatch(s.Trim(), "^[a-z][a-z0-9-]{1,59}$"))
            .WithMessage("Short name must be 2 to 60 lower-case letters, numbers or hyphens, starting with a letter");
        RuleFor(o => o.LaCode)
            .Must((o, code) => !IsLa(o) || LaCode.IsValid(code?.Trim()))
            .WithMessage(LaCode.FormatMessage);
        RuleFor(o => o.LaCode)
            .Must((o, code) => IsLa(o) || string.IsNullOrWhiteSpace(code))
            .WithMessage("Only a local authority has an LA code");
    }

    private static bool IsLa(OrganisationFields o) =>
        Enum.TryParse<OrganisationType>(o.Type, true, out var t) && t == OrganisationType.LocalAuthority;
}
