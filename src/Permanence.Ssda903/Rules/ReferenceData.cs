using System.Collections.Frozen;
using System.Text;
using Permanence.Ssda903.Reading;
using Sylvan.Data.Csv;

namespace Permanence.Ssda903.Rules;

/// <summary>Lists from outside the return that some DfE rules check against.</summary>
public enum ReferenceList
{
    /// <summary>The DfE's three-digit LA codes (rule 633, LA_PERM).</summary>
    LaCodes,

    /// <summary>Ofsted's registered providers, by URN (rule 1008).</summary>
    OfstedProviders,
}

/// <summary>
/// Reference lists supplied with a return (CSV files on the command line). Each is optional: a rule
/// that needs a list that was not given does not run, and the report lists it with why.
/// </summary>
public sealed class ReferenceData
{
    public static readonly ReferenceData None = new();

    /// <summary>LA codes, plus the codes the return uses for places outside England (always valid).</summary>
    public FrozenSet<string>? LaCodes { get; init; }

    public FrozenSet<string>? ProviderUrns { get; init; }

    public bool Has(ReferenceList list) => list switch
    {
        ReferenceList.LaCodes => LaCodes is not null,
        ReferenceList.OfstedProviders => ProviderUrns is not null,
        _ => false,
    };

    /// <summary>What a list is and the option that supplies it, for the "not run" reasons.</summary>
    public static string Describe(ReferenceList list) => list switch
    {
        ReferenceList.LaCodes => "needs the DfE's list of LA codes (on the command line: --la-codes, a CSV with a code column)",
        ReferenceList.OfstedProviders => "needs Ofsted's provider list (on the command line: --providers, a CSV with a URN column)",
        _ => throw new ArgumentOutOfRangeException(nameof(list)),
    };

    /// <summary>Column names accepted for each list, upper case: the DfE and Ofsted publish them under several.</summary>
    private static readonly string[] LaCodeColumns = ["LA_CODE", "LA CODE", "LA (CODE)", "OLD_LA_CODE", "OLD LA CODE", "CODE"];
    private static readonly string[] UrnColumns = ["URN", "PROVIDER URN"];

    /// <summary>Reads the lists given (null paths are left out); a file that cannot be read is a problem, not a crash.</summary>
    public static ReferenceData Read(string? laCodesPath, string? providersPath, List<ReadProblem> problems)
    {
        var la = laCodesPath is null ? null : Column(laCodesPath, LaCodeColumns, problems);
        var urns = providersPath is null ? null : Column(providersPath, UrnColumns, problems);
        return new ReferenceData
        {
            LaCodes = la?.Concat(OutsideEngland).ToFrozenSet(StringComparer.Ordinal),
            ProviderUrns = urns?.ToFrozenSet(StringComparer.Ordinal),
        };
    }

    /// <summary>Scotland, Wales, Northern Ireland, outside the UK: LA_PERM codes that are not English LAs.</summary>
    private static readonly string[] OutsideEngland = ["SCO", "WAL", "NIR", "NUK"];

    private static List<string>? Column(string path, string[] names, List<ReadProblem> problems)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            problems.Add(new(file, null, null, "file not found"));
            return null;
        }
        try
        {
            using var text = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
            using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true });
            var column = Enumerable.Range(0, csv.FieldCount).FirstOrDefault(i => names.Contains(csv.GetName(i).Trim().ToUpperInvariant()), -1);
            if (column < 0)
            {
                problems.Add(new(file, 1, null, $"no column named {string.Join(" or ", names)}"));
                return null;
            }
            var values = new List<string>();
            while (csv.Read())
            {
                if (csv.GetString(column).Trim().ToUpperInvariant() is { Length: > 0 } value)
                {
                    values.Add(value);
                }
            }
            return values;
        }
        catch (Exception e) when (e is IOException or DecoderFallbackException or CsvFormatException)
        {
            problems.Add(new(file, null, null, $"cannot be read: {e.Message}"));
            return null;
        }
    }
}
