namespace Probity.Reports.Area;

/// <summary>
/// Where an area report prints the inspectors' words (inspection.json <c>narrative</c>), by domain key and view key
/// (<c>crc</c>, <c>nps</c>, <c>together</c>). The foreword uses the report's own key, <c>foreword</c>.
/// </summary>
public static class AreaNarrativeKeys
{
    /// <summary>The headline judgement of a domain for a view, chapter 1 ("judgement:1:crc").</summary>
    public static string Judgement(string domain, string view) => $"judgement:{domain}:{view}";

    /// <summary>The view's findings in the domain's chapter ("chapter:2:nps").</summary>
    public static string Chapter(string domain, string view) => $"chapter:{domain}:{view}";

    /// <summary>The view's enablers in the domain, one "- " line each ("enablers:1:crc").</summary>
    public static string Enablers(string domain, string view) => $"enablers:{domain}:{view}";

    /// <summary>The view's barriers in the domain, one "- " line each ("barriers:1:crc"); none gives the "no identified barriers" note.</summary>
    public static string Barriers(string domain, string view) => $"barriers:{domain}:{view}";
}
