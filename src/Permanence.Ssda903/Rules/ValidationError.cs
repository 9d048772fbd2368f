using Permanence.Ssda903.Reading;

namespace Permanence.Ssda903.Rules;

/// <summary>One failure of a DfE validation rule, pointing at the row that breaks it.</summary>
/// <param name="Fields">The columns the rule looks at, as the DfE lists them.</param>
public sealed record ValidationError(string Code, string Message, Ssda903Table Table, string File, int Row, string Child, string Fields);
