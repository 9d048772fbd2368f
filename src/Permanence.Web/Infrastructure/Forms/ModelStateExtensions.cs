using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Permanence.Web.Infrastructure.Forms;

public static class ModelStateExtensions
{
    /// <summary>Copies validation failures into ModelState under "{prefix}.{property}".</summary>
    public static void AddErrors(this ModelStateDictionary modelState, ValidationResult result, string prefix)
    {
        foreach (var error in result.Errors)
        {
            modelState.AddModelError($"{prefix}.{error.PropertyName}", error.ErrorMessage);
        }
    }

    /// <summary>Copies an API-style error map (camelCase keys) into ModelState under "{prefix}.{Property}".</summary>
    public static void AddProblemErrors(this ModelStateDictionary modelState, Dictionary<string, string[]> errors, string prefix)
    {
        foreach (var (key, messages) in errors)
        {
            modelState.AddModelError($"{prefix}.{char.ToUpperInvariant(key[0])}{key[1..]}", messages[0]);
        }
    }

    /// <summary>Validation failures as the RFC 9457 "errors" map, keyed by camelCase field name.</summary>
    public static Dictionary<string, string[]> ToProblemErrors(this ValidationResult result) =>
        result
            .Errors.GroupBy(e => JsonName(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());

    private static string JsonName(string property) =>
        string.IsNullOrEmpty(property) ? property : char.ToLowerInvariant(property[0]) + property[1..];
}
