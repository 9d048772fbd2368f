using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Permanence.Web.Infrastructure.Forms;

/// <summary>
/// Every string a form sends arrives trimmed, and blank becomes null, so "  Smith " is stored as
/// "Smith" and a box of spaces is "not entered". Passwords are left exactly as typed.
/// </summary>
public sealed class TrimmedStringBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(string) && context.Metadata.DataTypeName != "Password"
        && !(context.Metadata.Name?.Contains("Password", StringComparison.OrdinalIgnoreCase) ?? false)
            ? new TrimmedStringBinder()
            : null;

    private sealed class TrimmedStringBinder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
            if (value == ValueProviderResult.None) return Task.CompletedTask;
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
            var text = value.FirstValue?.Trim();
            bindingContext.Result = ModelBindingResult.Success(string.IsNullOrEmpty(text) ? null : text);
            return Task.CompletedTask;
        }
    }
}
