using Permanence.Ssda903.Reading;

namespace Permanence.Ssda903.Rules;

/// <summary>Which children a rule needs to look at.</summary>
public enum ChildrenWith
{
    Anything,
    Ad1,
    PlacedAdoption,
    Oc3,
    Missing,
    Oc2,
    SocialWorkerEpisodes,
}

/// <summary>Collects one rule's failures.</summary>
public sealed class RuleErrors(RuleDescription rule, Ssda903Return source)
{
    private readonly List<ValidationError> errors = [];

    public IReadOnlyList<ValidationError> Errors => errors;

    public void Add(Ssda903Table table, ISsda903Row row) =>
        errors.Add(new ValidationError(rule.Code, rule.Message, table, source.FileName(table), row.RowNumber, row.Child, rule.Fields));

    public void Add(Episode episode) => Add(Ssda903Table.Episodes, episode.Row);

    public void Add(Ad1Row row) => Add(Ssda903Table.Ad1, row);

    public void Add(PlacedAdoptionRow row) => Add(Ssda903Table.PlacedAdoption, row);

    public void Add(HeaderRow row) => Add(Ssda903Table.Header, row);
}

/// <summary>
/// One DfE validation rule: its code (message and fields come from the catalogue) and the check.
/// </summary>
public sealed class Rule(string code, Action<ValidationContext, RuleErrors> check, bool needsPreviousReturn = false, ReferenceList? needs = null)
{
    public string Code { get; } = code;

    /// <summary>A list from outside the return the rule checks against; without it the rule does not run.</summary>
    public ReferenceList? Needs { get; } = needs;
    public RuleDescription Description { get; } = RuleCatalogue.Get(code);

    /// <summary>The rule compares with last year's return and is skipped without one.</summary>
    public bool NeedsPreviousReturn { get; } = needsPreviousReturn;

    public IReadOnlyList<ValidationError> Run(ValidationContext context)
    {
        var errors = new RuleErrors(Description, context.Return);
        if ((!NeedsPreviousReturn || context.Previous is not null) && (Needs is not { } list || context.Reference.Has(list)))
        {
            check(context, errors);
        }
        return errors.Errors;
    }

    /// <summary>A rule over each child's record.</summary>
    public static Rule PerChild(string code, Action<ChildRecord, ValidationContext, RuleErrors> check, bool needsPreviousReturn = false) =>
        PerChild(code, ChildrenWith.Anything, check, needsPreviousReturn);

    /// <summary>
    /// A rule that can only fail for children with rows in one table: it visits just those
    /// children (a tenth of a national return for AD1), which keeps validation within seconds.
    /// </summary>
    public static Rule PerChild(string code, ChildrenWith with, Action<ChildRecord, ValidationContext, RuleErrors> check, bool needsPreviousReturn = false) =>
        new(code, (ctx, errors) =>
        {
            foreach (var child in ctx.ChildrenWithRowsIn(with))
            {
                check(child, ctx, errors);
            }
        }, needsPreviousReturn);

    /// <summary>A rule over each row of one table, failing the rows for which <paramref name="fails"/> is true.</summary>
    public static Rule PerRow<TRow>(string code, Ssda903Table table, Func<Ssda903Return, IEnumerable<TRow>> rows, Func<TRow, ValidationContext, bool> fails)
        where TRow : ISsda903Row =>
        new(code, (ctx, errors) =>
        {
            foreach (var row in rows(ctx.Return))
            {
                if (fails(row, ctx))
                {
                    errors.Add(table, row);
                }
            }
        });

    public static Rule PerEpisode(string code, Func<Episode, ChildRecord, ValidationContext, bool> fails) =>
        PerChild(code, (child, ctx, errors) =>
        {
            foreach (var e in child.Episodes)
            {
                if (fails(e, child, ctx))
                {
                    errors.Add(e);
                }
            }
        });
}
