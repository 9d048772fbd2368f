using Permanence.Application;

namespace Permanence.Web.Infrastructure.Operations;

/// <summary>How an endpoint hands an operation's refusal to an API client as RFC 9457 Problem Details: the one adapter (ADR 0070).</summary>
public static class ApiOperationResults
{
    /// <summary>400 with the "errors" map keyed as the JSON body ("enquiryDate"), 404 or 409.</summary>
    public static IResult ToProblem(this OperationResult result) =>
        result.Status switch
        {
            OperationStatus.Invalid => Results.ValidationProblem(
                result.Errors.GroupBy(e => JsonName(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct().ToArray())
            ),
            OperationStatus.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: result.Message),
            OperationStatus.Conflict => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The record was changed by someone else", detail: result.Message),
            _ => throw new InvalidOperationException("The operation succeeded: nothing to refuse."),
        };

    /// <summary>The success response from <paramref name="ok"/>, or the problem.</summary>
    public static IResult ToHttpResult<T>(this OperationResult<T> result, Func<T, IResult> ok) => result.Succeeded ? ok(result.Value!) : result.ToProblem();

    /// <summary>"EnquiryDate" to "enquiryDate"; a dotted path is camel-cased in each part ("Range.MinimumAge" to "range.minimumAge").</summary>
    public static string JsonName(string field) =>
        string.Join('.', field.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
