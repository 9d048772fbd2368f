using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Application;

namespace Permanence.Web.Infrastructure.Operations;

/// <summary>How a page hands an operation's refusal back to the person: the one adapter (ADR 0070).</summary>
public static class PageOperationResults
{
    /// <summary>
    /// Not found gives 404; field errors go to ModelState under "<paramref name="prefix"/>.Field"
    /// and a conflict to the whole form, then the page is shown again with what was typed
    /// (<see cref="InvalidFormFilter"/> makes it a 400).
    /// </summary>
    public static IActionResult Refused(this PageModel page, OperationResult result, string prefix = "Input")
    {
        if (result.Succeeded) throw new InvalidOperationException("The operation succeeded: nothing to refuse.");
        if (result.Status == OperationStatus.NotFound) return page.NotFound();
        page.ModelState.AddErrors(result, prefix);
        return page.Page();
    }

    /// <summary>Copies field errors into ModelState ("Input.Field"); a conflict goes to the form as a whole.</summary>
    public static void AddErrors(this Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, OperationResult result, string prefix = "Input")
    {
        if (result.Status == OperationStatus.Conflict) modelState.AddModelError(string.Empty, result.Message ?? OperationResult.StaleMessage);
        foreach (var error in result.Errors)
        {
            var key = string.IsNullOrEmpty(prefix) ? error.Field : string.IsNullOrEmpty(error.Field) ? prefix : $"{prefix}.{error.Field}";
            modelState.AddModelError(key, error.Message);
        }
    }
}

/// <summary>
/// A form shown again because of errors answers 400, so a browser, a test
/// or an accessibility checker can tell a refusal from a page shown for the first time.
/// </summary>
public sealed class InvalidFormFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Result is PageResult page && page.StatusCode is null && !executed.ModelState.IsValid
            && !HttpMethods.IsGet(context.HttpContext.Request.Method))
        {
            page.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
