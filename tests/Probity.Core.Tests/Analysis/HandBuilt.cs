using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;

namespace Probity.Core.Tests.Analysis;

/// <summary>
/// Small inspections built by hand under a tiny framework, so every expected figure can be worked out on paper: standard
/// 1.1 (judgement), 2.1 Assessment (2.1.1 on every case-supervision case, with prompt 2.1.1.a; 2.1.2 on the harm
/// sub-sample), 4.2 Through the Gate (4.2.1). Answers are written "2.1.1=yes 2.1.1.a=na".
/// </summary>
public static class HandBuilt
{
    public static readonly FrameworkVersion Framework = Load();

    private static FrameworkVersion Load()
    {
        const string json = """
            {
              "id": "test-mini",
              "title": "A framework small enough to count by hand",
              "providerTypes": ["CRC", "NPS"],
              "samples": ["case-supervision", "through-the-gate"],
              "ratingRules": {
                "scale": [
                  { "token": "inadequate", "name": "Inadequate", "score": 0 },
                  { "token": "requires-improvement", "name": "Requires improvement", "score": 1 },
                  { "token": "good", "name": "Good", "score": 2 },
                  { "token": "outstanding", "name": "Outstanding", "score": 3 }
                ],
                "keyQuestionBands": [
                  { "min": 0, "rating": "inadequate" }, { "min": 50, "rating": "requires-improvement" },
                  { "min": 65, "rating": "good" }, { "min": 80, "rating": "outstanding" }
                ],
                "overallBands": { "basis": "points", "bands": [
                  { "min": 0, "rating": "inadequate" }, { "min": 3, "rating": "requires-improvement" },
                  { "min": 5, "rating": "good" }, { "min": 8, "rating": "outstanding" } ] },
                "discretion": { "proximityPoints": 5, "oneCaseTest": true, "downward": true, "maxBands": 1 }
              },
              "significance": { "test": "two-proportion-z", "alpha": 0.1, "tails": 2, "pooled": true },
              "populations": [
                { "id": "CS", "name": "Case supervision", "sample": "case-supervision" },
                { "id": "CS-HARM", "name": "Harm sub-sample", "sample": "case-supervision", "where": { "rosh": ["medium", "high", "very-high"] } },
                { "id": "TTG", "name": "Through the Gate", "sample": "through-the-gate" }
              ],
              "domains": [
                { "key": "1", "title": "Organisational delivery", "standards": [
                  { "id": "1.1", "name": "Leadership", "statement": "S.", "ratedBy": "judgement", "keyQuestions": [
                    { "id": "1.1.1", "title": "Is there a vision?", "role": "judgement" } ] } ] },
                { "key": "2", "title": "Case supervision", "standards": [
                  { "id": "2.1", "name": "Assessment", "statement": "S.", "ratedBy": "case-data", "keyQuestions": [
                    { "id": "2.1.1", "title": "Does assessment engage?", "role": "rated", "population": "CS",
                      "prompts": [ { "id": "2.1.1.a", "text": "Is the person involved?" } ] },
                    { "id": "2.1.2", "title": "Does assessment keep people safe?", "role": "rated", "population": "CS-HARM" } ] } ] },
                { "key": "4", "title": "CRC-specific work", "standards": [
                  { "id": "4.2", "name": "Through the Gate", "statement": "S.", "ratedBy": "case-data", "keyQuestions": [
                    { "id": "4.2.1", "title": "Is resettlement planned?", "role": "rated", "population": "TTG" } ] } ] }
              ]
            }
            """;
        var result = FrameworkLoader.Load(json, "test-mini.json");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Framework!;
    }

    /// <summary>An inspection being built: add cases, then <see cref="Facts"/>.</summary>
    public sealed class Inspection(long id, long provider, ProviderType type, string year)
    {
        private readonly List<(CaseRecord Record, string Answers)> _cases = [];

        public Dictionary<string, Rating> DomainOne { get; } = new() { ["1.1"] = Rating.Good };
        public List<OfficerInterview> Interviews { get; } = [];
        public List<PreviousRecommendation> Previous { get; } = [];
        public List<Recommendation> Made { get; } = [];
        public DateOnly? FieldworkStart { get; set; }
        public FieldworkFacts Fieldwork { get; set; } = new();
        public FrameworkVersion FrameworkVersion { get; set; } = Framework;

        /// <summary>A case: its sample, attributes as "rosh=medium ro_grade=PO", the officer's caseload, and its answers.</summary>
        public Inspection Case(string sample, string attributes, string answers, int? caseload = null)
        {
            var record = new CaseRecord($"C{id}-{_cases.Count + 1:D3}");
            record.Set(CaseColumns.Sample, sample);
            foreach (var pair in attributes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var (name, value) = (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);
                record.Set(CaseColumns.Find(name) ?? throw new ArgumentException(name), value);
            }
            record.ResponsibleOfficerCaseload = caseload;
            _cases.Add((record, answers));
            return this;
        }

        /// <summary>The same case <paramref name="times"/> times.</summary>
        public Inspection Cases(int times, string sample, string attributes, string answers, int? caseload = null)
        {
            for (var i = 0; i < times; i++) Case(sample, attributes, answers, caseload);
            return this;
        }

        public InspectionStatus Status { get; init; } = InspectionStatus.Published;

        public InspectionDataset Dataset()
        {
            var fw = FrameworkVersion;
            var grid = new AnswerGrid(_cases.Count, fw.Questions.Count);
            for (var c = 0; c < _cases.Count; c++)
                foreach (var answer in _cases[c].Answers.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var (item, value) = (answer[..answer.IndexOf('=')], answer[(answer.IndexOf('=') + 1)..]);
                    grid[c, fw.Questions[item].Index] = value switch
                    {
                        "yes" => Judgement.Yes,
                        "no" => Judgement.No,
                        "na" => Judgement.NotApplicable,
                        _ => throw new ArgumentException(value),
                    };
                }
            var manifest = new InspectionManifest
            {
                Framework = fw.Id,
                Provider = new ProviderInfo($"Provider {provider}", type),
                // The national analysis pools published inspections only; a test of a draft says so.
                Status = Status,
                FieldworkStart = FieldworkStart,
                ProgrammeYear = year,
                DomainOneRatings = DomainOne,
                Fieldwork = Fieldwork,
                Recommendations = new RecommendationSet { Previous = Previous, New = Made },
            };
            return new InspectionDataset(fw, manifest, _cases.Select(c => c.Record).ToList(), grid) { Interviews = Interviews };
        }

        public InspectionFacts Facts() => InspectionFacts.From(Dataset(), id, provider);
    }

    public static AnalysisRow Row(this AnalysisResult result, string table, params (string Column, object? Value)[] match) =>
        result.Table(table).Single(match);
}
