using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Tests;
using Probity.Exchange;
using Probity.Synthetic;

namespace Probity.Data.Tests.Infrastructure;

/// <summary>Datasets the suite stores: the Northumbria example, and a synthetic one with every manifest block and evidence file filled.</summary>
public static class TestDatasets
{
    public static string NorthumbriaFolder => RepositoryPaths.Of("examples", "northumbria-2019");

    public static InspectionDataset Northumbria() => Parse(NorthumbriaFolder);

    public static InspectionDataset Parse(string folder)
    {
        var result = DatasetFolder.Read(folder);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Dataset!;
    }

    /// <summary>A small synthetic inspection; every optional part of the exchange format has a value.</summary>
    public static InspectionDataset Full(int caseSupervision = 40, int seed = 7)
    {
        var framework = FrameworkCatalog.Get("hmip-crc-2019");
        var synthetic = SyntheticInspection.Create(framework, new SyntheticInspection.Options { CaseSupervision = caseSupervision, UnpaidWork = 10, ThroughTheGate = 6 }, seed);
        var cases = synthetic.Cases;
        for (var c = 0; c < cases.Count; c++)
        {
            cases[c].ResponsibleOfficer = $"RO-{c % 7:D2}";
            cases[c].ExtraColumns = new Dictionary<string, string> { ["office"] = c % 2 == 0 ? "Newcastle" : "Sunderland", ["team"] = $"T{c % 3}" };
            cases[c].Set(CaseColumns.Iom, c % 5 == 0 ? "yes" : "no");
            cases[c].Set(CaseColumns.OffendingFactors[0].Need, "yes");
            cases[c].Set(CaseColumns.OffendingFactors[0].Delivered, c % 3 == 0 ? "na" : "yes");
        }
        var grid = synthetic.Answers;
        for (var c = 0; c < cases.Count; c += 3)
            for (var i = 0; i < grid.ItemCount; i += 5)
                if (grid[c, i] != Judgement.NotRecorded) grid.SetNote(c, i, $"Evidence for {framework.Questions.Items[i].Id}, \"quoted\", with a comma");
        var manifest = synthetic.Manifest with
        {
            Reference = "SY-2019",
            Provider = new ProviderInfo("Synthetic Community Rehabilitation Company", ProviderType.CRC) { ShortName = "Synthetic CRC", Region = "North East" },
            LeadInspector = "Alex Example",
            FieldworkStart = new DateOnly(2019, 9, 16),
            FieldworkEnd = new DateOnly(2019, 9, 27),
            Published = "2020-02",
            Status = InspectionStatus.QualityAssurance,
            NotInspected = ["4.2"],
            DomainOneProposals = new Dictionary<string, DomainOneProposal>
            {
                ["1.1"] = new(Rating.Good, "Leaders promote a high-quality service."),
                ["1.2"] = new(Rating.RequiresImprovement, "Caseloads are high."),
            },
            Samples = new Dictionary<string, SamplePlan>
            {
                ["case-supervision"] = new() { Required = 40, EligiblePopulation = 1200 },
                ["unpaid-work"] = new() { Required = 12, Census = true, Note = "all eligible cases" },
            },
            Fieldwork = new FieldworkFacts
            {
                ResponsibleOfficersInterviewed = 7, Meetings = 3, ServiceUsersContactAttempted = 18, ServiceUsersViewsRecorded = 6,
                ObservedWorkProjects = 4, ObservedInductionSessions = 2, OfficesVisited = "all four offices", SiteVisits = "HMP Example",
            },
            PreviousInspection = new PreviousInspection
            {
                Framework = "hmip-crc-2018", Year = 2018, Reference = "SY-2018", OverallRating = Rating.RequiresImprovement, Score = 12,
                Ratings = new Dictionary<string, Rating> { ["2.1"] = Rating.Good, ["2.2"] = Rating.Inadequate },
                Label = "Previous inspection", Source = "round one",
                Results = new Dictionary<string, ComparisonFigure> { ["2.1.1"] = new() { Percent = 81 }, ["2.2.1"] = new() { Yes = 30, Answered = 60 } },
            },
            NationalComparator = new ComparatorResults
            {
                Label = "All CRCs", Source = "year one", Results = new Dictionary<string, ComparisonFigure> { ["2.1.1"] = new() { Yes = 700, Answered = 1000, Percent = 70 } },
            },
            KeyData =
            [
                new KeyDataTable
                {
                    Id = "kd-1.2-staffing", Standard = "1.2", Title = "Key staffing data", PlacedUnder = "1.2", Columns = ["Previous year", "Current year"],
                    Source = "Data supplied by the CRC.",
                    Rows =
                    [
                        new KeyDataRow { Label = "Total staff headcount (FTE)", Values = [171m, 180m] },
                        new KeyDataRow { Label = "Vacancy rate", Values = [2.84m, 1.64m], Unit = "%", Footnote = "unfilled posts" },
                        new KeyDataRow { Label = "Sickness absence rate (all staff)", Values = [null, 4.49m], ValueText = ["No data", null], Unit = "%" },
                    ],
                },
                new KeyDataTable
                {
                    Id = "kd-4.1-unpaid-work", Standard = "4.1", Columns = ["Current inspection"],
                    Rows = [new KeyDataRow { Label = "Number of unpaid work stand-downs in previous 12 months", Values = [111m] }],
                },
            ],
            ContextualFacts = [new ContextualFact("The total number of individuals supervised on community sentences by {CRC}", "1,715") { Source = "MoJ" }],
            PerformanceAgainstKeyTargets = [new PerformanceMeasure("CRC Service Level 8", "completions") { Provider = 75m, EnglandAndWales = 76m, Target = 75m, Source = "MoJ" }],
            Recommendations = new RecommendationSet
            {
                Previous = [new PreviousRecommendation(1, "Improve assessment.") { Progress = RecommendationProgress.SomeProgress, Evidence = "Some work done." },
                            new PreviousRecommendation(2, "Improve oversight.") { Progress = RecommendationProgress.SufficientProgress }],
                New = [new Recommendation(1, "improve risk assessment") { Addressee = "Synthetic CRC", RepeatsPrevious = 1 }, new Recommendation(2, "review caseloads")],
            },
            Narrative = new Dictionary<string, string> { ["executive-summary"] = "Overall, the CRC was rated …", ["standard:2.1"] = "Assessment was good.\nSecond paragraph." },
        };
        var caseIds = cases.Select(c => c.CaseId).ToList();
        return new InspectionDataset(framework, manifest, cases, grid)
        {
            Interviews =
            [
                new OfficerInterview("RO-00") { Grade = "PO", Caseload = 51, Answers = new Dictionary<string, bool> { ["workload_manageable"] = false, ["prioritises_quality"] = true } },
                new OfficerInterview("RO-01") { Grade = "PSO", Caseload = 48, Answers = new Dictionary<string, bool> { ["training_access"] = true } },
                new OfficerInterview("RO-02"),
            ],
            Meetings =
            [
                new Meeting(MeetingKind.SeniorManagers, "Chief executive and directors") { Date = new DateOnly(2019, 9, 16), Attendees = 5, Notes = "Presentation" },
                new Meeting(MeetingKind.FrontlineStaff, "Focus group"),
            ],
            PracticeExamples =
            [
                new PracticeExample(caseIds[0], "2.1", PracticeKind.Good, "Jo's assessment drew on police information."),
                new PracticeExample(caseIds[1], "2.3", PracticeKind.Poor, "Sam's plan was not reviewed."),
            ],
        };
    }
}
