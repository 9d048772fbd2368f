using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Permanence.Web.Infrastructure.Forms;

/// <summary>
/// The GOV.UK file upload component (the plain input, which works without JavaScript). A browser
/// never re-fills a file input, so after an error the person chooses the files again.
/// </summary>
[HtmlTargetElement("govuk-file-upload", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkFileUploadTagHelper : GovUkFieldTagHelper
{
    public string Label { get; set; } = "";

    public bool Multiple { get; set; }

    /// <summary>File types the chooser offers first, e.g. ".csv" (the server still checks).</summary>
    public string? Accept { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var html = new StringBuilder();
        html.Append($"<label class=\"govuk-label govuk-label--s\" for=\"{Id}\">{E(Label)}</label>");
        AppendHintAndError(html);
        var css = "govuk-file-upload" + (Error is null ? "" : " govuk-file-upload--error");
        var accept = Accept is null ? "" : $" accept=\"{E(Accept)}\"";
        html.Append($"<input class=\"{css}\" id=\"{Id}\" name=\"{E(Name)}\" type=\"file\"{(Multiple ? " multiple" : "")}{accept}{DescribedBy}>");
        Render(output, html);
    }
}
