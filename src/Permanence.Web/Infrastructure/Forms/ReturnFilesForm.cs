using Microsoft.AspNetCore.Http.Features;
using Permanence.Application;
using Permanence.Application.Returns;
using Permanence.Data.Returns;

namespace Permanence.Web.Infrastructure.Forms;

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

    /// <summary>The form as read: the year as sent and the files, and what could not be taken (keyed as <see cref="UploadReturn"/>).</summary>
    /// <param name="FormRead">False when the request was refused before its form was read (too large, not a form).</param>
    public sealed record Result(bool FormRead, UploadReturn Input, FieldErrors Errors)
    {
        public bool TooLarge => Errors.Any(e => e.Field == nameof(UploadReturn.Files) && e.Message == TooBigMessage);
    }

    public static async Task<Result> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        Result Refused(string message) => new(false, new UploadReturn(null, []), errors.Add(nameof(UploadReturn.Files), message));
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            // A little over the files' limit for the form's own fields and boundaries.
            limit.MaxRequestBodySize = MaxUploadBytes + 64 * 1024;
        }

        if (request.ContentLength > MaxUploadBytes + 64 * 1024) return Refused(TooBigMessage);
        if (!request.HasFormContentType) return Refused("Send the files as multipart/form-data");

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
            return Refused(TooBigMessage);
        }

        var files = new List<UploadedReturnFile>();
        var current = form.Files.GetFiles(FilesField).Where(f => f.Length > 0 || f.FileName.Length > 0).ToList();
        var previous = form.Files.GetFiles(PreviousFilesField).Where(f => f.Length > 0 || f.FileName.Length > 0).ToList();
        if (current.Count == 0)
        {
            // Last year's files alone are no return: none is read, and the operation asks for this year's.
        }
        else if (current.Count + previous.Count > MaxFiles)
        {
            errors.Add(nameof(UploadReturn.Files), $"Select no more than {MaxFiles} files");
        }
        else if (current.Sum(f => f.Length) + previous.Sum(f => f.Length) > MaxUploadBytes)
        {
            errors.Add(nameof(UploadReturn.Files), TooBigMessage);
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

        return new(true, new UploadReturn(form[YearField].ToString(), files), errors);
    }
}
