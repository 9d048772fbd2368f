using System.IO.Compression;
using Permanence.Data.Model.Returns;
using Permanence.Ssda903;
using Permanence.Ssda903.Reading;
using Permanence.Ssda903.Rules;

namespace Permanence.Data.Returns;

/// <summary>A file as a person uploaded it: part of the year's return, or of the previous year's.</summary>
public sealed record UploadedReturnFile(string Name, byte[] Content, bool PreviousYear);

/// <summary>What an upload gave: the stored upload, or why the files cannot be read (and nothing stored).</summary>
public sealed record ReturnUploadOutcome(ReturnUpload? Upload, IReadOnlyList<ReadProblem> Problems);

/// <summary>A stored upload read back and validated: what the report shows.</summary>
public sealed record ReturnReport(ReturnUpload Upload, Ssda903Return Current, Ssda903Return? Previous, IReadOnlyList<ValidationError> Errors)
{
    /// <summary>Problems reading the stored files again (only if the reader became stricter since the upload).</summary>
    public IReadOnlyList<ReadProblem> Problems => [.. Current.Problems, .. Previous?.Problems ?? []];

    public CollectionYear Year => new(Upload.YearEnding);

    /// <summary>Errors counted by rule, in the DfE's code order (numbers first, as their list runs).</summary>
    public IReadOnlyList<RuleCount> ByRule =>
        Errors
            .GroupBy(e => e.Code)
            .Select(g => new RuleCount(g.Key, g.First().Message, g.Count(), g.Select(e => e.Child).Distinct(StringComparer.Ordinal).Count()))
            .OrderBy(r => int.TryParse(r.Code, out var n) ? n : int.MaxValue)
            .ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();

    /// <summary>The values of the fields a rule looks at, in the row an error points to (the fields the row's table has).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> FieldValues(ValidationError error)
    {
        var fields = error.Fields.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Current.RowValues(error.Table, error.Row).Where(kv => fields.Contains(kv.Key)).ToList();
    }
}

/// <summary>One line of the report: a rule, its DfE message, how many rows and children break it.</summary>
public sealed record RuleCount(string Code, string Message, int Errors, int Children);

/// <summary>
/// Storing an LA's SSDA903 return between "validate" and "import". The files are read with the
/// same reader as the CLI; a return with any read problem is refused whole and nothing is
/// written, because rules and imports on half a file would mislead (ADR 0022).
/// </summary>
public static class ReturnUploads
{
    public static async Task<ReturnUploadOutcome> StoreAsync(
        PermanenceDbContext db,
        int localAuthorityId,
        CollectionYear year,
        IReadOnlyList<UploadedReturnFile> files,
        CancellationToken cancellationToken = default
    )
    {
        var (current, previous) = Read(files.Select(f => (f.Name, f.Content, f.PreviousYear)));
        var problems = current.Problems.Concat(previous?.Problems.Select(p => p with { File = $"{p.File} (previous year)" }) ?? []).ToList();
        if (problems.Count > 0)
        {
            return new(null, problems);
        }

        var errors = ReturnValidator.Validate(current, year.YearEnding, previous);
        var upload = new ReturnUpload
        {
            OwningOrganisationId = localAuthorityId,
            YearEnding = year.YearEnding,
            UploadedByUserId = db.Scope.UserId,
            UploadedByName = db.Scope.ActorName,
            UploadedAtUtc = db.Clock.GetUtcNow().UtcDateTime,
            ChildCount = current.Header.Count,
            EpisodeCount = current.Episodes.Count,
            ErrorCount = errors.Count,
            RulesBroken = errors.Select(e => e.Code).Distinct().Count(),
            HasPreviousYear = previous is not null,
        };
        foreach (var file in files.OrderBy(f => f.PreviousYear).ThenBy(f => f.Name, StringComparer.Ordinal))
        {
            var read = file.PreviousYear ? previous! : current;
            upload.Files.Add(
                new ReturnUploadFile
                {
                    OwningOrganisationId = localAuthorityId,
                    PreviousYear = file.PreviousYear,
                    FileName = file.Name,
                    Table = read.FileNames.Single(kv => kv.Value == file.Name).Key.ToString(),
                    Length = file.Content.Length,
                    CompressedContent = Compress(file.Content),
                }
            );
        }

        db.ReturnUploads.Add(upload);
        await db.SaveChangesAsync(cancellationToken);
        return new(upload, []);
    }

    /// <summary>Reads an upload's stored files again and runs the rules (fast enough per request: ADR 0040).</summary>
    public static ReturnReport Report(ReturnUpload upload)
    {
        if (upload.Files.Count == 0)
        {
            throw new InvalidOperationException("Load the upload with its files.");
        }

        var (current, previous) = Read(upload.Files.Select(f => (f.FileName, Decompress(f.CompressedContent), f.PreviousYear)));
        var readable = current.IsReadable && previous?.IsReadable != false;
        var errors = readable ? ReturnValidator.Validate(current, upload.YearEnding, previous) : [];
        return new ReturnReport(upload, current, previous, errors);
    }

    private static (Ssda903Return Current, Ssda903Return? Previous) Read(IEnumerable<(string Name, byte[] Content, bool PreviousYear)> files)
    {
        var list = files.ToList();
        Ssda903Return ReadSet(bool previousYear)
        {
            var set = list.Where(f => f.PreviousYear == previousYear).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
            var result = ReturnReader.ReadFiles(set.DistinctBy(f => f.Name).Select(f => new ReturnFile(f.Name, f.Content)));
            foreach (var duplicate in set.GroupBy(f => f.Name).Where(g => g.Count() > 1))
            {
                result.Problems.Add(new(duplicate.Key, null, null, "two files with the same name: upload each table once"));
            }
            return result;
        }

        var current = ReadSet(previousYear: false);
        if (!list.Any(f => !f.PreviousYear))
        {
            current.Problems.Add(new("", null, null, "no files of the year's return were given"));
        }

        return (current, list.Any(f => f.PreviousYear) ? ReadSet(previousYear: true) : null);
    }

    private static byte[] Compress(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(content);
        }
        return output.ToArray();
    }

    private static byte[] Decompress(byte[] compressed)
    {
        using var input = new GZipStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
