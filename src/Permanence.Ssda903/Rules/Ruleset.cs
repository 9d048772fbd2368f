using System.Collections.Frozen;
using CodeLists = Permanence.Ssda903.Rules.Codes;

namespace Permanence.Ssda903.Rules;

/// <summary>A DfE rule of the year that was not run, and why (it needs data the return does not carry).</summary>
public sealed record SkippedRule(string Code, string Message, string Reason);

/// <summary>
/// The DfE validation rules of one collection year, as published for that year's return. A return
/// is checked against the ruleset of its own year: the 2025 to 2026 rules retired placement codes
/// H5, P2 and Z1 (Z1 became Z11 to Z14) and added rules 233, 234, 348, 444, 454 and SW17STG2, so a
/// 2024 to 2025 return checked with them would fail thousands of times for nothing.
/// </summary>
public sealed class Ruleset
{
    /// <summary>Rules first published for the 2025 to 2026 collection.</summary>
    private static readonly FrozenSet<string> AddedFor2026 = CodeLists.Set("233", "234", "348", "444", "454", "SW17STG2");

    public static readonly Ruleset Year2025 = new(
        2025,
        CodeLists.Set("A3", "A4", "A5", "A6", "H5", "K1", "K2", "K3", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4",
            "U1", "U2", "U3", "U4", "U5", "U6", "Z1"),
        CodeLists.Set("Z1"),
        CodeLists.Set("T0", "T1", "T2", "T3", "T4", "Z1"));

    public static readonly Ruleset Year2026 = new(
        2026,
        CodeLists.Set("A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4",
            "U1", "U2", "U3", "U4", "U5", "U6", "Z11", "Z12", "Z13", "Z14"),
        CodeLists.Set("Z11", "Z12", "Z13", "Z14"),
        CodeLists.Set("T0", "T1", "T2", "T3", "Z11", "Z12", "Z13", "Z14"));

    /// <summary>Every ruleset this tool has, earliest first.</summary>
    public static IReadOnlyList<Ruleset> All { get; } = [Year2025, Year2026];

    private readonly Lazy<IReadOnlyList<Rule>> rules;

    private Ruleset(int yearEnding, FrozenSet<string> placements, FrozenSet<string> otherPlacements, FrozenSet<string> placementsWithoutProvider)
    {
        YearEnding = yearEnding;
        Placements = placements;
        OtherPlacements = otherPlacements;
        PlacementsWithoutProvider = placementsWithoutProvider;
        rules = new(() => ReturnValidator.All.Where(r => yearEnding >= 2026 || !AddedFor2026.Contains(r.Code)).ToList());
    }

    /// <summary>The collection year the rules were published for, by the 31 March it ends on.</summary>
    public int YearEnding { get; }

    /// <summary>"2024 to 2025": the collection year whose published rules these are.</summary>
    public string Name => new CollectionYear(YearEnding).Label;

    /// <summary>The valid placement types (PLACE).</summary>
    public FrozenSet<string> Placements { get; }

    /// <summary>"Other placements": Z1 until 2024 to 2025, split into Z11 to Z14 from 2025 to 2026.</summary>
    public FrozenSet<string> OtherPlacements { get; }

    /// <summary>Placements that have no placement provider (rule 178): temporary and other placements (T4 had one until 2025 to 2026).</summary>
    public FrozenSet<string> PlacementsWithoutProvider { get; }

    /// <summary>The implemented rules of this ruleset.</summary>
    public IReadOnlyList<Rule> Rules => rules.Value;

    /// <summary>Every DfE rule code of this year, implemented or not.</summary>
    public IEnumerable<string> Codes =>
        RuleCatalogue.All.Keys.Where(c => !NeedsDoLo.Contains(c) && (YearEnding >= 2026 || !AddedFor2026.Contains(c)));

    /// <summary>The DfE rules of this year that do not run, each with why, in code order: a report lists them so that a clean report is not read as "passes every rule".</summary>
    public IReadOnlyList<SkippedRule> Skipped => SkippedWith(ReferenceData.None);

    /// <summary>The rules not run given the reference lists supplied: those not implemented, and those whose list is missing.</summary>
    public IReadOnlyList<SkippedRule> SkippedWith(ReferenceData reference) =>
        Codes.Except(Rules.Select(r => r.Code)).Select(c => new SkippedRule(c, RuleCatalogue.Get(c).Message, WhyNotRun(c)))
            .Concat(Rules.Where(r => r.Needs is { } list && !reference.Has(list)).Select(r => new SkippedRule(r.Code, r.Description.Message, ReferenceData.Describe(r.Needs!.Value))))
            .OrderBy(s => s.Code, StringComparer.Ordinal)
            .ToList();

    /// <summary>Rules that need data from outside the return's files, by what they need.</summary>
    private static readonly FrozenSet<string> NeedsProviders = Set("219", "221", "224", "227", "228", "229");
    private static readonly FrozenSet<string> NeedsPostcodes = Set("1015", "164", "169", "179", "392a", "392b", "392c", "406", "411", "420", "452", "453", "454", "503G", "503H", "503J");
    private static readonly FrozenSet<string> NeedsUascColumn = Set("105", "205A", "205B", "205C", "205D", "231", "303");
    private static readonly FrozenSet<string> NeedsDoLo = Set("700", "701", "702", "703", "704", "705", "706", "707", "708", "709", "710");

    private static FrozenSet<string> Set(params string[] codes) => CodeLists.Set(codes);

    /// <summary>Why a DfE rule is not implemented, as docs/ssda903-rules.md says it (a test keeps the two the same).</summary>
    public static string WhyNotRun(string code) => code switch
    {
        _ when NeedsProviders.Contains(code) => "needs Ofsted's provider list (URN lookup)",
        _ when NeedsPostcodes.Contains(code) => "needs a postcode lookup",
        _ when NeedsUascColumn.Contains(code) => "needs the Header's UASC column, which is not in the Header columns this return defines",
        _ when NeedsDoLo.Contains(code) => "needs the DoLo (deprivation of liberty) table, not one of the return files read here",
        _ => "not implemented yet",
    };

    /// <summary>
    /// The ruleset for a return of the collection year ending 31 March <paramref name="yearEnding"/>:
    /// that year's own, or the nearest this tool has (earlier years use the 2024 to 2025 rules, later
    /// ones the 2025 to 2026 rules) and <see cref="Describe"/> says so.
    /// </summary>
    public static Ruleset For(int yearEnding) => yearEnding <= Year2025.YearEnding ? Year2025 : Year2026;

    /// <summary>What a report says about the rules it ran, e.g. "DfE rules for 2024 to 2025".</summary>
    public string Describe(int returnYearEnding) =>
        returnYearEnding == YearEnding
            ? $"DfE rules for {Name}"
            : $"DfE rules for {Name} (the nearest this tool has to the {new CollectionYear(returnYearEnding).Label} return)";
}
