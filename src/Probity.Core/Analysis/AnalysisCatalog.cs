namespace Probity.Core.Analysis;

/// <summary>What an analysis reads from storage, so each loads only that.</summary>
[Flags]
public enum AnalysisData
{
    None = 0,
    Tallies = 1,
    Profile = 2,

    /// <summary>Ratified judgements, panel decisions and standards not inspected.</summary>
    RatingInputs = 4,
    Interviews = 8,
    Recommendations = 16,
}

/// <summary>One national analysis: its name on the command line and the dashboard, what it produces, and what it reads.</summary>
public sealed record AnalysisDefinition(string Name, string Title, string Produces, AnalysisData Reads,
    Func<IReadOnlyList<InspectionFacts>, AnalysisScope, AnalysisResult> Run);

/// <summary>Every analysis, in the order of the annual report's figures.</summary>
public static class AnalysisCatalog
{
    public static readonly IReadOnlyList<AnalysisDefinition> All =
    [
        new(CaseCountAnalysis.Name, "Cases and inspections", "cases inspected by sample, provider type and year; inspections conducted (Key facts)",
            AnalysisData.Profile, CaseCountAnalysis.Run),
        new(RatingAnalysis.Name, "Ratings", "overall ratings and each standard's ratings by provider type and year, with pie charts",
            AnalysisData.Tallies | AnalysisData.RatingInputs, RatingAnalysis.Run),
        new(RevisitAnalysis.Name, "Providers inspected again", "rating changes and key-question changes (▲/▼ where the change is significant) for providers inspected twice (Table 4)",
            AnalysisData.Tallies | AnalysisData.RatingInputs, RevisitAnalysis.Run),
        new(NationalItemAnalysis.Name, "National percentages", "pooled key-question and prompt percentages by year and provider type, year on year (Tables 2 and 5)",
            AnalysisData.Tallies, NationalItemAnalysis.Run),
        new(SplitAnalysis.Name, "Splits", "the same split by RoSH, responsible officer grade, sex, IOM and caseload band, each difference tested (Tables 1 and 3, Figure 6, IOM)",
            AnalysisData.Tallies, SplitAnalysis.Run),
        new(InterviewAnalysis.Name, "Responsible officer interviews", "% manageable workload by grade and year, % with caseload over 75 (Figure 1)",
            AnalysisData.Interviews, InterviewAnalysis.Run),
        new(NeedsAnalysis.Name, "Needs profile", "prevalence of each offending-related factor and % where services were delivered (Figures 3 and 4)",
            AnalysisData.Profile, NeedsAnalysis.Run),
        new(ProfileAnalysis.Name, "Case profile", "case characteristics, disability and its nature, Through the Gate first night, RoSH classification",
            AnalysisData.Profile, ProfileAnalysis.Run),
        new(RecommendationAnalysis.Name, "Recommendations", "progress on previous recommendations and recommendations made (Annexe 2)",
            AnalysisData.Recommendations, RecommendationAnalysis.Run),
    ];

    public static AnalysisDefinition? Find(string name) => All.FirstOrDefault(a => a.Name == name);

    /// <summary>What the comparator reads: the items, the case characteristics and the interviews.</summary>
    public const AnalysisData ComparatorReads = AnalysisData.Tallies | AnalysisData.Profile | AnalysisData.Interviews;
}
