using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Probity.Web.Pages.Shared;

/// <summary>
/// <c>&lt;table-scroll label="…"&gt;</c> around a table: on a narrow screen the table scrolls inside its own region
/// (<c>.probity-table-scroll</c>) instead of widening the page, and the region can be reached and scrolled by keyboard.
/// </summary>
[HtmlTargetElement("table-scroll")]
public sealed class TableScrollTagHelper : TagHelper
{
    /// <summary>What the table is, for screen readers moving between regions.</summary>
    public string Label { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "probity-table-scroll");
        output.Attributes.SetAttribute("role", "region");
        output.Attributes.SetAttribute("aria-label", Label);
        output.Attributes.SetAttribute("tabindex", "0");
    }
}
