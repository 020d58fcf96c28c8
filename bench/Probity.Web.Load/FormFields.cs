using System.Net;
using System.Text.RegularExpressions;

namespace Probity.Web.Load;

/// <summary>
/// What a browser would submit from the form holding a given button: hidden inputs, checked radios, filled textareas.
/// Read with regular expressions rather than a DOM because the tool shares the machine's two cores with the server it
/// measures: parsing every page into a DOM cost the tool about a core and left the server less than one.
/// </summary>
public static partial class FormFields
{
    public static List<KeyValuePair<string, string>>? Of(string html, string button)
    {
        var at = html.IndexOf(button, StringComparison.Ordinal);
        if (at < 0) return null;
        var start = html.LastIndexOf("<form", at, StringComparison.Ordinal);
        var end = html.IndexOf("</form>", at, StringComparison.Ordinal);
        if (start < 0 || end < 0) return null;
        var form = html[start..end];

        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in Input().Matches(form))
        {
            // Most of a case form's inputs are radios nobody has chosen, which a browser does not submit: skipped before
            // their attributes are read (reading them was a fifth of the tool's CPU, taken from the server it measures).
            if (input.ValueSpan.Contains("type=\"radio\"", StringComparison.OrdinalIgnoreCase)
                && !input.ValueSpan.Contains("checked", StringComparison.OrdinalIgnoreCase)) continue;
            var attributes = Attributes(input.Value);
            var type = attributes.GetValueOrDefault("type");
            if (attributes.GetValueOrDefault("name") is { } name && (type == "hidden" || (type == "radio" && attributes.ContainsKey("checked"))))
                fields.Add(new(name, attributes.GetValueOrDefault("value") ?? ""));
        }
        foreach (Match area in TextArea().Matches(form))
            if (area.Groups[2].Length > 0 && Attributes(area.Groups[1].Value).GetValueOrDefault("name") is { } name)
                fields.Add(new(name, WebUtility.HtmlDecode(area.Groups[2].Value)));
        return fields;
    }

    private static Dictionary<string, string?> Attributes(string tag)
    {
        var attributes = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (Match a in Attribute().Matches(tag))
            attributes[a.Groups[1].Value] = a.Groups[2].Success ? WebUtility.HtmlDecode(a.Groups[2].Value) : null;
        return attributes;
    }

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Input();

    [GeneratedRegex("<textarea\\b([^>]*)>(.*?)</textarea>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TextArea();

    [GeneratedRegex("\\s([a-zA-Z_:][-a-zA-Z0-9_:.\\[\\]]*)(?:\\s*=\\s*\"([^\"]*)\")?")]
    private static partial Regex Attribute();
}
