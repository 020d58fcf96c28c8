namespace Probity.Web.Pages.Inspections.Publication;

/// <summary>A report text block's name as an inspector reads it ("Executive summary 2, strengths"), from the key the report files it under.</summary>
public static class SectionNames
{
    private static readonly Dictionary<string, string> Parts = new(StringComparer.Ordinal)
    {
        ["foreword"] = "Foreword", ["signature"] = "signature", ["background"] = "Background", ["annex"] = "Annex",
        ["executive-summary"] = "Executive summary", ["chapter"] = "Chapter", ["standard"] = "Standard", ["key-question"] = "Key question",
        ["recommendation"] = "Recommendation", ["recommendations"] = "Recommendations", ["previous"] = "previous", ["previous-report"] = "previous report",
        ["strengths"] = "strengths", ["improvements"] = "areas for improvement", ["intro"] = "introduction", ["overview"] = "overview",
        ["service-user-involvement"] = "service user involvement",
    };

    public static string Describe(string key)
    {
        var parts = key.Split(':').Select(p => Parts.GetValueOrDefault(p, p.Replace('-', ' '))).ToList();
        // The first two parts read as one name ("Standard 2.1"); the rest qualify it.
        var head = parts.Count > 1 && char.IsDigit(parts[1].FirstOrDefault()) ? $"{parts[0]} {parts[1]}" : parts[0];
        var rest = parts.Skip(head == parts[0] ? 1 : 2).ToList();
        return rest.Count == 0 ? head : $"{head}, {string.Join(" ", rest)}";
    }
}
