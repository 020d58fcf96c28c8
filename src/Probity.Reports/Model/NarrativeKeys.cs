namespace Probity.Reports.Model;

/// <summary>
/// Where the report prints each text block inspectors write (inspection.json <c>narrative</c>). Fixed texts and every
/// figure come from code; these keys hold only the inspectors' own words. A block is paragraphs separated by blank lines;
/// lines starting "- " make a bullet list.
/// </summary>
public static class NarrativeKeys
{
    public const string Foreword = "foreword";
    public const string ForewordSignature = "foreword:signature";
    public const string Background = "background";
    public const string Annex1 = "annex:1";
    public const string Annex3 = "annex:3";

    /// <summary>Domain block of the executive summary: "executive-summary:1"; a CRC-specific standard: "executive-summary:4.1".</summary>
    public static string Summary(string domainOrStandard) => $"executive-summary:{domainOrStandard}";

    public static string SummaryStrengths(string domainOrStandard) => $"executive-summary:{domainOrStandard}:strengths";
    public static string SummaryImprovements(string domainOrStandard) => $"executive-summary:{domainOrStandard}:improvements";

    /// <summary>A chapter's opening summary, by domain key ("chapter:2").</summary>
    public static string Chapter(string domain) => $"chapter:{domain}";

    public static string ChapterStrengths(string domain) => $"chapter:{domain}:strengths";
    public static string ChapterImprovements(string domain) => $"chapter:{domain}:improvements";

    /// <summary>Printed after the rating table, before any key data (e.g. the comparability note for 4.1).</summary>
    public static string StandardIntro(string standard) => $"standard:{standard}:intro";

    /// <summary>Printed after the sample paragraph of a CRC-specific standard.</summary>
    public static string StandardOverview(string standard) => $"standard:{standard}:overview";

    public static string StandardStrengths(string standard) => $"standard:{standard}:strengths";
    public static string StandardImprovements(string standard) => $"standard:{standard}:improvements";

    /// <summary>The standard summary paragraph after the key-question table (spec §8.5).</summary>
    public static string Standard(string standard) => $"standard:{standard}";

    public static string KeyQuestion(string keyQuestion) => $"key-question:{keyQuestion}";

    /// <summary>Standard 1.3's closing "Service user involvement" sub-section (spec §3.2).</summary>
    public const string ServiceUserInvolvement = "standard:1.3:service-user-involvement";

    /// <summary>The evidence paragraph under a previous recommendation, when not given with the recommendation itself.</summary>
    public static string PreviousRecommendation(int number) => $"recommendation:previous:{number}";

    public const string PreviousReport = "recommendations:previous-report";
}
