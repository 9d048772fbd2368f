using System.Collections;

namespace Permanence.Application;

/// <summary>
/// Field errors as they are found, in the order of the form: the first message for a field wins,
/// so a value that could not be read ("must be a real date") is not hidden by a later rule about
/// it. The boundary (a form's date parts, a JSON body's ISO dates) writes what it could not read;
/// the operation adds the rules' messages and refuses if there are any.
/// </summary>
public sealed class FieldErrors : IEnumerable<FieldError>
{
    private readonly List<FieldError> _errors = [];

    public int Count => _errors.Count;

    public bool IsEmpty => _errors.Count == 0;

    public bool Has(string field) => _errors.Exists(e => e.Field == field);

    /// <summary>Adds a message unless the field already has one.</summary>
    public FieldErrors Add(string field, string message)
    {
        if (!Has(field)) _errors.Add(new FieldError(field, message));
        return this;
    }

    /// <summary>Adds every message of <paramref name="more"/> for fields that have none yet.</summary>
    public FieldErrors AddRange(IEnumerable<FieldError> more)
    {
        foreach (var e in more) Add(e.Field, e.Message);
        return this;
    }

    /// <summary>Adds messages from a rule that reports them as field-to-message pairs.</summary>
    public FieldErrors AddRange(IEnumerable<KeyValuePair<string, string>> more)
    {
        foreach (var (field, message) in more) Add(field, message);
        return this;
    }

    public IEnumerator<FieldError> GetEnumerator() => _errors.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
