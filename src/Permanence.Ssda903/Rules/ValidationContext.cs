using Permanence.Ssda903.Reading;

namespace Permanence.Ssda903.Rules;

/// <summary>An episode with its dates parsed once, so that rules never re-parse text.</summary>
public sealed class Episode(EpisodeRow row, int position)
{
    public EpisodeRow Row { get; } = row;
    public DateOnly? Decom { get; } = Ssda903Date.Parse(row.Decom);
    public DateOnly? Dec { get; } = Ssda903Date.Parse(row.Dec);

    /// <summary>Position in the child's episodes ordered by start date.</summary>
    public int Position { get; internal set; } = position;
}

/// <summary>A shared empty list for children with no rows in a table. Read only, by convention.</summary>
internal static class NoRows<T>
{
    public static readonly List<T> List = [];
}

/// <summary>Everything one child has in a return, gathered once for all rules.</summary>
public sealed class ChildRecord(string child)
{
    public string Child { get; } = child;
    public HeaderRow? Header
    {
        get;
        internal set
        {
            field = value;
            DateOfBirth = value is null ? null : Ssda903Date.Parse(value.Dob);
        }
    }

    /// <summary>Parsed once: several rules ask for the child's age.</summary>
    public DateOnly? DateOfBirth { get; private set; }

    /// <summary>Ordered by start date (undated last), then by row.</summary>
    public List<Episode> Episodes { get; } = [];
    public List<Ad1Row> Ad1 => ad1 ?? NoRows<Ad1Row>.List;
    public List<PlacedAdoptionRow> PlacedAdoption => placedAdoption ?? NoRows<PlacedAdoptionRow>.List;
    public List<Oc3Row> Oc3 => oc3 ?? NoRows<Oc3Row>.List;
    public List<MissingRow> Missing => missing ?? NoRows<MissingRow>.List;
    public List<ReviewRow> Reviews => reviews ?? NoRows<ReviewRow>.List;
    public List<Oc2Row> Oc2 => oc2 ?? NoRows<Oc2Row>.List;
    public List<PrevPermRow> PrevPerm => prevPerm ?? NoRows<PrevPermRow>.List;
    public List<UascRow> Uasc => uasc ?? NoRows<UascRow>.List;

    /// <summary>Ordered by start date.</summary>
    public List<SocialWorkerEpisodeRow> SocialWorkerEpisodes => socialWorkerEpisodes ?? NoRows<SocialWorkerEpisodeRow>.List;

    // Most children have no rows in most tables: their lists stay unallocated and read as the
    // shared empty list (which nothing writes to), saving over a million lists on a national return.
    private List<Ad1Row>? ad1;
    private List<PlacedAdoptionRow>? placedAdoption;
    private List<Oc3Row>? oc3;
    private List<MissingRow>? missing;
    private List<ReviewRow>? reviews;
    private List<Oc2Row>? oc2;
    private List<PrevPermRow>? prevPerm;
    private List<UascRow>? uasc;
    private List<SocialWorkerEpisodeRow>? socialWorkerEpisodes;

    internal void Add(Ad1Row row) => (ad1 ??= []).Add(row);
    internal void Add(PlacedAdoptionRow row) => (placedAdoption ??= []).Add(row);
    internal void Add(Oc3Row row) => (oc3 ??= []).Add(row);
    internal void Add(MissingRow row) => (missing ??= []).Add(row);
    internal void Add(ReviewRow row) => (reviews ??= []).Add(row);
    internal void Add(Oc2Row row) => (oc2 ??= []).Add(row);
    internal void Add(PrevPermRow row) => (prevPerm ??= []).Add(row);
    internal void Add(UascRow row) => (uasc ??= []).Add(row);
    internal void Add(SocialWorkerEpisodeRow row) => (socialWorkerEpisodes ??= []).Add(row);

    /// <summary>The same child in last year's return, when one was supplied and the child is in it.</summary>
    public ChildRecord? LastYear { get; internal set; }

    public Episode? Next(Episode e) => e.Position + 1 < Episodes.Count ? Episodes[e.Position + 1] : null;

    public Episode? Previous(Episode e) => e.Position > 0 ? Episodes[e.Position - 1] : null;

    /// <summary>Age in completed years on a date, or null when the date of birth is unknown or later.</summary>
    public int? AgeOn(DateOnly date) =>
        DateOfBirth is { } dob && date >= dob ? Permanence.Domain.Children.Age.InYears(dob, date) : null;
}

/// <summary>A return prepared for validation: indexes by child and the collection year's dates.</summary>
public sealed class ValidationContext
{
    /// <param name="ruleset">The rules to apply; by default those of the return's year.</param>
    /// <param name="reference">Lists from outside the return (LA codes, Ofsted providers), when supplied.</param>
    public ValidationContext(Ssda903Return current, int yearEnding, Ssda903Return? previous = null, Ruleset? ruleset = null, ReferenceData? reference = null)
    {
        Return = current;
        Reference = reference ?? ReferenceData.None;
        YearEnding = yearEnding;
        Ruleset = ruleset ?? Ruleset.For(yearEnding);
        CollectionStart = new DateOnly(yearEnding - 1, 4, 1);
        CollectionEnd = new DateOnly(yearEnding, 3, 31);
        Children = Index(current);
        Previous = previous is null ? null : new ValidationContext(previous, yearEnding - 1, ruleset: Ruleset);
        if (Previous is not null)
        {
            // Linked once here rather than looked up by id in each of the rules that compare years.
            foreach (var child in Children.Values)
            {
                child.LastYear = Previous.Children.GetValueOrDefault(child.Child);
            }
        }
    }

    public Ssda903Return Return { get; }
    public int YearEnding { get; }

    /// <summary>The DfE rules of the return's year: code lists that changed between years come from here.</summary>
    public Ruleset Ruleset { get; }

    public ReferenceData Reference { get; }
    public DateOnly CollectionStart { get; }
    public DateOnly CollectionEnd { get; }
    public IReadOnlyDictionary<string, ChildRecord> Children { get; }

    /// <summary>The previous year's return, when supplied (rules that compare years need it).</summary>
    public ValidationContext? Previous { get; }

    public ChildRecord? Child(string child) => Children.GetValueOrDefault(child);

    private readonly Dictionary<ChildrenWith, List<ChildRecord>> subsets = [];

    /// <summary>The children with at least one row in a table (all children for <see cref="ChildrenWith.Anything"/>).</summary>
    public IReadOnlyList<ChildRecord> ChildrenWithRowsIn(ChildrenWith with)
    {
        lock (subsets)
        {
            if (!subsets.TryGetValue(with, out var list))
            {
                Func<ChildRecord, bool> has = with switch
                {
                    ChildrenWith.Ad1 => c => c.Ad1.Count > 0,
                    ChildrenWith.PlacedAdoption => c => c.PlacedAdoption.Count > 0,
                    ChildrenWith.Oc3 => c => c.Oc3.Count > 0,
                    ChildrenWith.Missing => c => c.Missing.Count > 0,
                    ChildrenWith.Oc2 => c => c.Oc2.Count > 0,
                    ChildrenWith.SocialWorkerEpisodes => c => c.SocialWorkerEpisodes.Count > 0,
                    _ => _ => true,
                };
                subsets[with] = list = Children.Values.Where(has).ToList();
            }
            return list;
        }
    }

    private static Dictionary<string, ChildRecord> Index(Ssda903Return r)
    {
        var children = new Dictionary<string, ChildRecord>(r.Header.Count + 16, StringComparer.Ordinal);
        ChildRecord Get(string id)
        {
            if (!children.TryGetValue(id, out var c))
            {
                c = new ChildRecord(id);
                children[id] = c;
            }
            return c;
        }

        foreach (var h in r.Header)
        {
            // The first header row wins; a duplicate is itself a rule failure, not a crash.
            Get(h.Child).Header ??= h;
        }
        foreach (var e in r.Episodes)
        {
            Get(e.Child).Episodes.Add(new Episode(e, 0));
        }
        foreach (var a in r.Ad1)
        {
            Get(a.Child).Add(a);
        }
        foreach (var p in r.PlacedAdoption)
        {
            Get(p.Child).Add(p);
        }
        foreach (var o in r.Oc3)
        {
            Get(o.Child).Add(o);
        }
        foreach (var m in r.Missing)
        {
            Get(m.Child).Add(m);
        }
        foreach (var v in r.Reviews)
        {
            Get(v.Child).Add(v);
        }
        foreach (var u in r.Uasc)
        {
            Get(u.Child).Add(u);
        }
        foreach (var p in r.PrevPerm)
        {
            Get(p.Child).Add(p);
        }
        foreach (var o in r.Oc2)
        {
            Get(o.Child).Add(o);
        }
        foreach (var w in r.SWEpisodes)
        {
            Get(w.Child).Add(w);
        }

        foreach (var c in children.Values)
        {
            if (c.Episodes.Count > 1)
            {
                c.Episodes.Sort(static (a, b) =>
                    (a.Decom, b.Decom) switch
                    {
                        ({ } x, { } y) when x != y => x.CompareTo(y),
                        (null, { }) => 1,
                        ({ }, null) => -1,
                        _ => a.Row.RowNumber.CompareTo(b.Row.RowNumber),
                    });
            }
            for (var i = 0; i < c.Episodes.Count; i++)
            {
                c.Episodes[i].Position = i;
            }
            if (c.SocialWorkerEpisodes.Count > 1)
            {
                c.SocialWorkerEpisodes.Sort(static (a, b) =>
                    (Ssda903Date.Parse(a.SwDecom) ?? DateOnly.MaxValue).CompareTo(Ssda903Date.Parse(b.SwDecom) ?? DateOnly.MaxValue));
            }
            if (c.PlacedAdoption.Count > 1)
            {
                c.PlacedAdoption.Sort(static (a, b) =>
                (Ssda903Date.Parse(a.DatePlaced) ?? DateOnly.MaxValue).CompareTo(Ssda903Date.Parse(b.DatePlaced) ?? DateOnly.MaxValue));
            }
        }
        return children;
    }
}
