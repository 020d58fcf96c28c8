using Probity.Core.Frameworks;

namespace Probity.Reports.Writing;

/// <summary>Which section of the report prints a block: the anchor of the section a preview of the block shows.</summary>
public static class PreviewSection
{
    public static string AnchorOf(FrameworkVersion framework, string key)
    {
        var parts = key.Split(':');
        var id = parts.Length > 1 ? parts[1] : "";
        var domain = framework.FindKeyQuestion(id)?.Standard.Domain ?? framework.FindStandard(id)?.Domain ?? framework.Domains.FirstOrDefault(d => d.Key == id);
        return parts[0] switch
        {
            "foreword" => "foreword",
            "executive-summary" => "executive-summary",
            "recommendations" or "recommendation" => "recommendations",
            "background" => "background",
            "annex" => $"annex-{id}",
            "judgement" => "judgements",
            "chapter" or "enablers" or "barriers" when !framework.IsRated && domain is not null => $"domain-{domain.Key}",
            "chapter" or "standard" or "key-question" when domain is not null => $"chapter-{domain.Key}",
            _ => "",
        };
    }
}
