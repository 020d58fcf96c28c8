namespace Probity.Data.Cases;

/// <summary>Where an inspector is with one case's assessment.</summary>
public enum CaseAssessmentStatus { NotStarted, InProgress, Completed, QualityAssured }

public static class CaseAssessmentStatusNames
{
    private static readonly string[] Tokens = ["not-started", "in-progress", "completed", "quality-assured"];
    private static readonly string[] Displays = ["Not started", "In progress", "Completed", "Quality assured"];

    public static IReadOnlyList<string> AllTokens => Tokens;
    public static string Token(this CaseAssessmentStatus s) => Tokens[(int)s];
    public static string DisplayName(this CaseAssessmentStatus s) => Displays[(int)s];

    public static CaseAssessmentStatus Parse(string token)
    {
        var i = Array.IndexOf(Tokens, token);
        return i >= 0 ? (CaseAssessmentStatus)i : throw new StoreException($"unknown case assessment status \"{token}\" in the database");
    }
}
