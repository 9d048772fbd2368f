using System.Collections;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Permanence.Web.Infrastructure.Forms;

/// <summary>
/// GOV.UK Design System form components as tag helpers (there is no package for them here).
/// Each renders the component's published markup, with the error message and error styling
/// taken from ModelState, so a page re-rendered after validation shows errors where they belong.
/// </summary>
public abstract class GovUkFieldTagHelper : TagHelper
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public ModelExpression For { get; set; } = null!;

    public string? Hint { get; set; }

    protected string Name => For.Name;

    protected string Id => IdFor(For.Name);

    public static string IdFor(string name) => name.Replace('.', '_').Replace('[', '_').Replace(']', '_');

    protected static string E(string? value) => Encoder.Encode(value ?? "");

    protected string? Error =>
        ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage
            : null;

    protected string DescribedBy
    {
        get
        {
            var ids = new List<string>();
            if (Hint is not null) ids.Add($"{Id}-hint");
            if (Error is not null) ids.Add($"{Id}-error");
            return ids.Count == 0 ? "" : $" aria-describedby=\"{string.Join(' ', ids)}\"";
        }
    }

    protected void AppendHintAndError(StringBuilder html)
    {
        if (Hint is not null)
        {
            html.Append($"<div id=\"{Id}-hint\" class=\"govuk-hint\">{E(Hint)}</div>");
        }

        if (Error is { } error)
        {
            html.Append($"<p id=\"{Id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {E(error)}</p>");
        }
    }

    protected string GroupClass => Error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error";

    /// <summary>The order fields were rendered in, so the error summary can list errors in page order.</summary>
    public const string FieldOrderKey = "govuk-field-order";

    protected void Render(TagHelperOutput output, StringBuilder html)
    {
        // The page body renders before its layout, so the summary (in the layout) sees every field.
        if (ViewContext.HttpContext.Items[FieldOrderKey] is not List<string> order)
        {
            order = [];
            ViewContext.HttpContext.Items[FieldOrderKey] = order;
        }

        order.Add(Name);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", GroupClass);
        output.Content.SetHtmlContent(html.ToString());
    }
}

[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkInputTagHelper : GovUkFieldTagHelper
{
    public string Label { get; set; } = "";

    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    public string? InputClass { get; set; }

    public bool Spellcheck { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var html = new StringBuilder();
        html.Append($"<label class=\"govuk-label\" for=\"{Id}\">{E(Label)}</label>");
        AppendHintAndError(html);
        var css = "govuk-input" + (InputClass is null ? "" : " " + InputClass) + (Error is null ? "" : " govuk-input--error");
        var value = Type == "password" ? "" : For.Model?.ToString();
        var auto = Autocomplete is null ? "" : $" autocomplete=\"{E(Autocomplete)}\"";
        html.Append(
            $"<input class=\"{css}\" id=\"{Id}\" name=\"{E(Name)}\" type=\"{E(Type)}\" value=\"{E(value)}\" spellcheck=\"{(Spellcheck ? "true" : "false")}\"{auto}{DescribedBy}>"
        );
        Render(output, html);
    }
}

[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkDateInputTagHelper : GovUkFieldTagHelper
{
    public string Legend { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var parts = For.Model as DateParts ?? new DateParts();
        var html = new StringBuilder();
        html.Append($"<fieldset class=\"govuk-fieldset\" role=\"group\"{DescribedBy}>");
        html.Append($"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">{E(Legend)}</legend>");
        AppendHintAndError(html);
        html.Append($"<div class=\"govuk-date-input\" id=\"{Id}-group\">");
        Part(html, "Day", "day", parts.Day, 2, first: true);
        Part(html, "Month", "month", parts.Month, 2, first: false);
        Part(html, "Year", "year", parts.Year, 4, first: false);
        html.Append("</div></fieldset>");
        Render(output, html);
    }

    private void Part(StringBuilder html, string label, string suffix, string? value, int width, bool first)
    {
        // The first box takes the field's own id, so the error summary link lands on it.
        var id = first ? Id : $"{Id}-{suffix}";
        var css = $"govuk-input govuk-date-input__input govuk-input--width-{width}" + (Error is null ? "" : " govuk-input--error");
        html.Append("<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">");
        html.Append($"<label class=\"govuk-label govuk-date-input__label\" for=\"{id}\">{label}</label>");
        html.Append($"<input class=\"{css}\" id=\"{id}\" name=\"{E(Name)}.{label}\" type=\"text\" inputmode=\"numeric\" value=\"{E(value)}\">");
        html.Append("</div></div>");
    }
}

/// <summary>Radios and checkboxes share their markup but for the names and how "checked" is decided.</summary>
public abstract class GovUkChoicesTagHelper : GovUkFieldTagHelper
{
    public string Legend { get; set; } = "";

    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>"radios" or "checkboxes": the GOV.UK component's name.</summary>
    protected abstract string Component { get; }

    protected abstract string InputType { get; }

    protected abstract string ExtraClasses { get; }

    protected abstract Func<string, bool> IsChecked();

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var isChecked = IsChecked();
        var html = new StringBuilder();
        html.Append($"<fieldset class=\"govuk-fieldset\"{DescribedBy}>");
        html.Append($"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">{E(Legend)}</legend>");
        AppendHintAndError(html);
        html.Append($"<div class=\"govuk-{Component}{ExtraClasses}\" data-module=\"govuk-{Component}\">");
        var i = 0;
        foreach (var item in Items)
        {
            var id = i++ == 0 ? Id : $"{Id}-{i}";
            var check = isChecked(item.Value) ? " checked" : "";
            html.Append($"<div class=\"govuk-{Component}__item\">");
            html.Append($"<input class=\"govuk-{Component}__input\" id=\"{id}\" name=\"{E(Name)}\" type=\"{InputType}\" value=\"{E(item.Value)}\"{check}>");
            html.Append($"<label class=\"govuk-label govuk-{Component}__label\" for=\"{id}\">{E(item.Text)}</label></div>");
        }

        html.Append("</div></fieldset>");
        Render(output, html);
    }
}

[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkRadiosTagHelper : GovUkChoicesTagHelper
{
    public bool Inline { get; set; }

    protected override string Component => "radios";

    protected override string InputType => "radio";

    protected override string ExtraClasses => Inline ? " govuk-radios--inline" : "";

    protected override Func<string, bool> IsChecked()
    {
        var current = For.Model?.ToString();
        return value => string.Equals(value, current, StringComparison.OrdinalIgnoreCase);
    }
}

[HtmlTargetElement("govuk-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkCheckboxesTagHelper : GovUkChoicesTagHelper
{
    protected override string Component => "checkboxes";

    protected override string InputType => "checkbox";

    protected override string ExtraClasses => " govuk-checkboxes--small";

    protected override Func<string, bool> IsChecked()
    {
        var current = (For.Model as IEnumerable)?.Cast<object?>().Select(o => o?.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        return current.Contains;
    }
}

[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkSelectTagHelper : GovUkFieldTagHelper
{
    public string Label { get; set; } = "";

    public IEnumerable<SelectListItem> Items { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var current = For.Model?.ToString();
        var html = new StringBuilder();
        html.Append($"<label class=\"govuk-label\" for=\"{Id}\">{E(Label)}</label>");
        AppendHintAndError(html);
        html.Append($"<select class=\"govuk-select{(Error is null ? "" : " govuk-select--error")}\" id=\"{Id}\" name=\"{E(Name)}\"{DescribedBy}>");
        foreach (var item in Items)
        {
            var selected = string.Equals(item.Value, current, StringComparison.OrdinalIgnoreCase) ? " selected" : "";
            html.Append($"<option value=\"{E(item.Value)}\"{selected}>{E(item.Text)}</option>");
        }

        html.Append("</select>");
        Render(output, html);
    }
}

/// <summary>The GOV.UK error summary: every ModelState error, linked to its field.</summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkErrorSummaryTagHelper : TagHelper
{
    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext
            .ViewData.ModelState.Where(kv => kv.Value is { Errors.Count: > 0 })
            .Select(kv => (Key: kv.Key, Message: kv.Value!.Errors[0].ErrorMessage))
            .ToList();
        var order = ViewContext.HttpContext.Items[GovUkFieldTagHelper.FieldOrderKey] as List<string> ?? [];
        errors = errors
            .OrderBy(e => e.Key.Length == 0 ? -1 : order.IndexOf(e.Key) is var i && i >= 0 ? i : int.MaxValue)
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        var encoder = HtmlEncoder.Default;
        var html = new StringBuilder();
        html.Append("<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2><div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">");
        foreach (var (key, message) in errors)
        {
            html.Append(
                string.IsNullOrEmpty(key)
                    ? $"<li>{encoder.Encode(message)}</li>"
                    : $"<li><a href=\"#{GovUkFieldTagHelper.IdFor(key)}\">{encoder.Encode(message)}</a></li>"
            );
        }

        html.Append("</ul></div></div>");
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        output.Content.SetHtmlContent(html.ToString());
    }
}
