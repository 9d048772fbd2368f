using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Permanence.Data.Returns;
using Permanence.Ssda903;

namespace Permanence.Web.Pages.Returns;

/// <summary>
/// Reads an upload's multipart form (the page and the API post the same fields: <c>year</c>,
/// <c>files</c>, <c>previousFiles</c>) within fixed limits, so a huge request is refused with a
/// clear message instead of filling memory or failing deep in the framework.
/// </summary>
public static class ReturnFilesForm
{
    /// <summary>The largest LA's return with last year's is a few MB; 20 MB leaves room and bounds memory.</summary>
    public const long MaxUploadBytes = 20 * 1024 * 1024;

    /// <summary>Eleven tables a year, this year's and last year's, and some slack for blank extras.</summary>
    public const int MaxFiles = 30;

    public const string YearField = "year";
    public const string FilesField = "files";
    public const string PreviousFilesField = "previousFiles";

    public static string TooBigMessage => $"The selected files must be smaller than {MaxUploadBytes / (1024 * 1024)} MB in total";

    /// <summary>The form as read: the files and year, or the errors keyed by field name.</summary>
    /// <param name="FormRead">False when the request was refused before its form was read (too large, not a form).</param>
    /// <param name="YearAsSent">The year field as sent, to show it again.</param>
    public sealed record Result(bool FormRead, string? YearAsSent, CollectionYear? Year, IReadOnlyList<UploadedReturnFile> Files, Dictionary<string, string> Errors)
    {
        public bool TooLarge => Errors.TryGetValue(FilesField, out var message) && message == TooBigMessage;
    }

    public static async Task<Result> ReadAsync(HttpRequest request, DateOnly today, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            // A little over the files' limit for the form's own fields and boundaries.
            limit.MaxRequestBodySize = MaxUploadBytes + 64 * 1024;
        }

        if (request.ContentLength > MaxUploadBytes + 64 * 1024)
        {
            errors[FilesField] = TooBigMessage;
            return new(false, null, null, [], errors);
        }

        if (!request.HasFormContentType)
        {
            errors[FilesField] = "Send the files as multipart/form-data";
            return new(false, null, null, [], errors);
        }

        request.HttpContext.Features.Set<IFormFeature>(
            new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = MaxUploadBytes + 64 * 1024, ValueCountLimit = 50 })
        );
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            errors[FilesField] = TooBigMessage;
            return new(false, null, null, [], errors);
        }

        var yearAsSent = form[YearField].ToString();
        var year = ReadYear(yearAsSent, today, errors);
        var files = new List<UploadedReturnFile>();
        var current = form.Files.GetFiles(FilesField).Where(f => f.Length > 0 || f.FileName.Length > 0).ToList();
        var previous = form.Files.GetFiles(PreviousFilesField).Where(f => f.Length > 0 || f.FileName.Length > 0).ToList();
        if (current.Count == 0)
        {
            errors[FilesField] = "Select the CSV files of the year's return";
        }
        else if (current.Count + previous.Count > MaxFiles)
        {
            errors[FilesField] = $"Select no more than {MaxFiles} files";
        }
        else if (current.Sum(f => f.Length) + previous.Sum(f => f.Length) > MaxUploadBytes)
        {
            errors[FilesField] = TooBigMessage;
        }
        else
        {
            foreach (var (file, isPrevious) in current.Select(f => (f, false)).Concat(previous.Select(f => (f, true))))
            {
                using var content = new MemoryStream((int)file.Length);
                await file.CopyToAsync(content, cancellationToken);
                files.Add(new UploadedReturnFile(Path.GetFileName(file.FileName), content.ToArray(), isPrevious));
            }
        }

        return new(true, yearAsSent, year, files, errors);
    }

    private static CollectionYear? ReadYear(string value, DateOnly today, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[YearField] = "Select the collection year";
            return null;
        }

        if (!int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var yearEnding) || !new CollectionYear(yearEnding).IsUploadableOn(today))
        {
            errors[YearField] = $"Collection year must be a year ending between {CollectionYear.Earliest} and {CollectionYear.Containing(today).YearEnding}";
            return null;
        }

        return new CollectionYear(yearEnding);
    }
}
