using Microsoft.AspNetCore.Http.Metadata;

namespace Permanence.Web.Infrastructure;

/// <summary>
/// A request body the API cannot read (not JSON, cut short, `null`, an array for an object, a
/// number for a date) is answered 400 with a Problem Details that says what to fix, never a 500.
/// </summary>
public static class ApiBadRequests
{
    public static int StatusCode(Exception exception) =>
        exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;

    public static void Describe(ProblemDetailsContext context)
    {
        if (context.Exception is not BadHttpRequestException bad) return;
        context.ProblemDetails.Status = bad.StatusCode;
        context.ProblemDetails.Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request is too large" : "The request could not be read";
        context.ProblemDetails.Detail = bad.StatusCode == StatusCodes.Status400BadRequest
            ? $"{Describe(context.HttpContext)} {bad.Message}"
            : bad.Message;
    }

    private static string Describe(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Contains("application/json") == true
            ? "Send a JSON object as described in the OpenAPI document (/openapi/v1.json)."
            : "Check the request against the OpenAPI document (/openapi/v1.json).";
}
