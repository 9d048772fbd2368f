using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using Permanence.Ssda903.Generation;
using Permanence.Ssda903.Reading;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Returns;

/// <summary>Synthetic returns as files, and posting them as the upload form or the API does.</summary>
public static class ReturnFiles
{
    public const int Year = 2026;

    /// <summary>A made-up LA return for the year ending 31 March 2026, with last year's, and some data errors.</summary>
    public static GeneratedReturns Generate(int seed, int children = 40, double errorRate = 0.3) =>
        ReturnGenerator.Generate(children, Year, seed, errorRate, years: 2);

    public static IReadOnlyList<ReturnFile> Files(Ssda903Return r) => ReturnWriter.WriteFiles(r);

    public static ReturnFile Csv(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    public static MultipartFormDataContent Form(int year, IEnumerable<ReturnFile> files, IEnumerable<ReturnFile>? previous = null, string? antiforgeryToken = null) =>
        Form(year.ToString(System.Globalization.CultureInfo.InvariantCulture), files, previous, antiforgeryToken);

    public static MultipartFormDataContent Form(string year, IEnumerable<ReturnFile> files, IEnumerable<ReturnFile>? previous = null, string? antiforgeryToken = null)
    {
        var form = new MultipartFormDataContent { { new StringContent(year), "year" } };
        foreach (var f in files)
        {
            form.Add(FileContent(f), "files", f.Name);
        }

        foreach (var f in previous ?? [])
        {
            form.Add(FileContent(f), "previousFiles", f.Name);
        }

        if (antiforgeryToken is not null)
        {
            form.Add(new StringContent(antiforgeryToken), "__RequestVerificationToken");
        }

        return form;
    }

    private static ByteArrayContent FileContent(ReturnFile f)
    {
        var content = new ByteArrayContent(f.Content);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }

    /// <summary>Posts the upload page's form as a browser would (multipart, with the antiforgery token).</summary>
    public static async Task<HttpResponseMessage> PostUploadPageAsync(this HttpClient client, int year, IEnumerable<ReturnFile> files, IEnumerable<ReturnFile>? previous = null)
    {
        var page = await client.GetPageAsync("/returns/upload");
        var token = (page.QuerySelector("main form input[name=__RequestVerificationToken]") as IHtmlInputElement)?.Value
            ?? throw new InvalidOperationException("No antiforgery token on the upload page");
        return await client.PostAsync("/returns/upload", Form(year, files, previous, token));
    }

    public static Guid UploadId(HttpResponseMessage redirect) =>
        Guid.Parse(redirect.Headers.Location!.OriginalString.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1]);
}
