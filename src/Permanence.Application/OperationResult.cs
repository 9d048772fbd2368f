namespace Permanence.Application;

/// <summary>How an operation ended. Pages and endpoints turn each into one response (ADR 0070).</summary>
public enum OperationStatus
{
    Succeeded,

    /// <summary>The input broke a rule: see the field errors. Nothing was written.</summary>
    Invalid,

    /// <summary>The record does not exist or the user may not see it (the same answer, so nothing leaks).</summary>
    NotFound,

    /// <summary>Someone else changed the record since it was read. Nothing was written.</summary>
    Conflict,
}

/// <summary>One message for one input field, keyed by the input record's property name ("EnquiryDate").</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>
/// The one result type of every command in Permanence.Application: succeeded, or why not. Field
/// errors are keyed by the input record's property names; the web layer prefixes them for
/// ModelState ("Input.EnquiryDate") or camel-cases them for Problem Details ("enquiryDate").
/// </summary>
public class OperationResult
{
    public const string StaleMessage = "Someone else changed this record while you were working on it. Your changes have not been saved: check the record and make them again.";

    protected OperationResult(OperationStatus status, IReadOnlyList<FieldError> errors, string? message)
    {
        Status = status;
        Errors = errors;
        Message = message;
    }

    public OperationStatus Status { get; }

    public IReadOnlyList<FieldError> Errors { get; }

    /// <summary>A message for the whole record (a conflict, or why it was not found).</summary>
    public string? Message { get; }

    public bool Succeeded => Status == OperationStatus.Succeeded;

    public static OperationResult Ok() => new(OperationStatus.Succeeded, [], null);

    public static OperationResult Invalid(FieldErrors errors) => new(OperationStatus.Invalid, errors.ToList(), null);

    public static OperationResult Invalid(string field, string message) => new(OperationStatus.Invalid, [new FieldError(field, message)], null);

    public static OperationResult NotFound(string? message = null) => new(OperationStatus.NotFound, [], message);

    public static OperationResult Conflict(string message = StaleMessage) => new(OperationStatus.Conflict, [], message);

    /// <summary>The same failure carrying a value type for a caller that expects one.</summary>
    public OperationResult<T> As<T>() =>
        Succeeded ? throw new InvalidOperationException("A successful result needs its value.") : new OperationResult<T>(Status, Errors, Message, default);
}

/// <summary>An <see cref="OperationResult"/> that carries what was made or changed when it succeeded.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "OperationResult<T>.Ok(value) reads as the rule it states; there is no instance to hang it on.")]
public sealed class OperationResult<T> : OperationResult
{
    internal OperationResult(OperationStatus status, IReadOnlyList<FieldError> errors, string? message, T? value)
        : base(status, errors, message) => Value = value;

    /// <summary>Set when the operation succeeded.</summary>
    public T? Value { get; }

    public static OperationResult<T> Ok(T value) => new(OperationStatus.Succeeded, [], null, value);

    public static new OperationResult<T> Invalid(FieldErrors errors) => new(OperationStatus.Invalid, errors.ToList(), null, default);

    public static new OperationResult<T> Invalid(string field, string message) => new(OperationStatus.Invalid, [new FieldError(field, message)], null, default);

    public static new OperationResult<T> NotFound(string? message = null) => new(OperationStatus.NotFound, [], message, default);

    public static new OperationResult<T> Conflict(string message = StaleMessage) => new(OperationStatus.Conflict, [], message, default);
}
