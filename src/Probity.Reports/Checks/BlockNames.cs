using Probity.Core.Frameworks;

namespace Probity.Reports.Checks;

/// <summary>The report's text blocks in the inspectors' words: "standard:2.2" is "Standard 2.2 summary".</summary>
public static class BlockNames
{
    public static string Of(FrameworkVersion framework, string section)
    {
        if (!framework.IsRated && Area(framework, section) is { } area) return area;
        var parts = section.Split(':');
        var id = parts.Length > 1 ? parts[1] : "";
        var part = parts.Length > 2 ? parts[2] : null;
        return parts[0] switch
        {
            "foreword" when part is null && parts.Length == 1 => "Foreword",
            "foreword" => "Foreword signature",
            "background" => "Background",
            "annex" => $"Annex {id}",
            "key-question" => $"Key question {id}",
            "standard" => $"Standard {id} {Part(part, "summary")}",
            "chapter" => $"Chapter {id} {Part(part, "summary")}",
            "executive-summary" => $"Executive summary: {Subject(framework, id)}{(part is null ? "" : " " + Part(part, ""))}",
            "recommendation" when parts.Length > 2 => $"Evidence for previous recommendation {parts[2]}",
            "recommendations" => "Recommendations of the previous report",
            _ when section.StartsWith("recommendations.previous[", StringComparison.Ordinal) =>
                $"Evidence for previous recommendation {section["recommendations.previous[".Length..].Split(']')[0]}",
            _ => section,
        };
    }

    // An area report's (Quality & Impact) blocks are by domain and view: "judgement:1:crc" is "Assessment and planning: CRC effectiveness".
    private static string? Area(FrameworkVersion framework, string section)
    {
        var parts = section.Split(':');
        if (parts.Length != 3) return null;
        var domain = framework.Domains.FirstOrDefault(d => d.Key == parts[1]);
        var view = framework.Views.FirstOrDefault(v => v.Key == parts[2]);
        if (domain is null || view is null) return null;
        return parts[0] switch
        {
            "judgement" => $"{domain.Title}: {view.Title}",
            "chapter" => $"{domain.Title}: {view.Title} findings",
            "enablers" => $"{domain.Title}: {view.Title} enablers",
            "barriers" => $"{domain.Title}: {view.Title} barriers",
            _ => null,
        };
    }

    private static string Part(string? part, string none) => part switch
    {
        null => none,
        "strengths" => "strengths",
        "improvements" => "areas for improvement",
        "intro" => "introduction",
        "overview" => "overview",
        "service-user-involvement" => "service user involvement",
        _ => part,
    };

    private static string Subject(FrameworkVersion framework, string id) =>
        framework.FindStandard(id) is { } s ? s.Name
        : framework.Domains.FirstOrDefault(d => d.Key == id) is { } d ? d.Title
        : id;
}
