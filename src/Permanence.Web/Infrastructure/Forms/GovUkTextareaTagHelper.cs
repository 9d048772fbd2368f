using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Permanence.Web.Infrastructure.Forms;

[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkTextareaTagHelper : GovUkFieldTagHelper
{
    public string Label { get; set; } = "";

    public int Rows { get; set; } = 5;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var html = new StringBuilder();
        html.Append($"<label class=\"govuk-label govuk-label--s\" for=\"{Id}\">{E(Label)}</label>");
        AppendHintAndError(html);
        var css = "govuk-textarea" + (Error is null ? "" : " govuk-textarea--error");
        html.Append($"<textarea class=\"{css}\" id=\"{Id}\" name=\"{E(Name)}\" rows=\"{Rows}\"{DescribedBy}>{E(For.Model?.ToString())}</textarea>");
        Render(output, html);
    }
}
