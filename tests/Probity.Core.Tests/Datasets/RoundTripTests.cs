using System.Text.Json;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Synthetic;

namespace Probity.Core.Tests.Datasets;

/// <summary>Writing a dataset and reading it back gives the same data, every field of the manifest included.</summary>
public class RoundTripTests
{
    private static InspectionDataset RoundTrip(InspectionDataset dataset)
    {
        var sink = new MemorySink();
        DatasetWriter.Write(dataset, sink);
        var result = DatasetParser.Parse(new InMemoryDatasetSource(sink.Texts));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Dataset!;
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private static void AssertSame(InspectionDataset expected, InspectionDataset actual)
    {
        Assert.Equal(Json(expected.Manifest), Json(actual.Manifest));
        Assert.Equal(expected.Cases.Count, actual.Cases.Count);
        foreach (var column in CaseColumns.All)
            Assert.Equal(expected.Cases.Select(c => c.Get(column)), actual.Cases.Select(c => c.Get(column)));
        Assert.Equal(expected.Cases.Select(c => (c.CaseId, c.ResponsibleOfficer, c.ResponsibleOfficerCaseload, Json(c.ExtraColumns))),
            actual.Cases.Select(c => (c.CaseId, c.ResponsibleOfficer, c.ResponsibleOfficerCaseload, Json(c.ExtraColumns))));
        for (var c = 0; c < expected.Cases.Count; c++)
        {
            Assert.True(expected.Answers.Row(c).SequenceEqual(actual.Answers.Row(c)), $"answers of {expected.Cases[c].CaseId}");
            for (var i = 0; i < expected.Answers.ItemCount; i++)
                Assert.Equal(expected.Answers.Note(c, i), actual.Answers.Note(c, i));
        }
        Assert.Equal(Json(expected.Interviews), Json(actual.Interviews));
        Assert.Equal(Json(expected.Meetings), Json(actual.Meetings));
        Assert.Equal(Json(expected.PracticeExamples), Json(actual.PracticeExamples));
    }

    [Fact]
    public void Northumbria_round_trips()
    {
        var original = Northumbria.Parse().Dataset!;
        AssertSame(original, RoundTrip(original));
    }

    [Fact]
    public void Every_manifest_block_and_evidence_file_round_trips()
    {
        var framework = FrameworkCatalog.Get("hmip-crc-2019");
        var synthetic = SyntheticInspection.Create(framework, new SyntheticInspection.Options { CaseSupervision = 30, UnpaidWork = 8, ThroughTheGate = 5 }, seed: 7);
        synthetic.Answers.SetNote(0, 0, "Assessment drew on police \"call-out\" history,\nand on the PSR.");
        synthetic.Cases[1].ResponsibleOfficer = "RO-17";
        synthetic.Cases[1].ExtraColumns = new Dictionary<string, string> { ["office"] = "Ashington" };
        synthetic.Cases[2].Set(CaseColumns.Iom, "yes");
        synthetic.Cases[2].Set(CaseColumns.OffendingFactors[0].Need, "yes");
        synthetic.Cases[2].Set(CaseColumns.OffendingFactors[0].Delivered, "na");
        var manifest = synthetic.Manifest with
        {
            Reference = "SY-1",
            Provider = new ProviderInfo("Synthetic CRC", ProviderType.CRC) { ShortName = "SY", Region = "North East" },
            LeadInspector = "A Inspector",
            FieldworkEnd = new DateOnly(2019, 10, 1),
            Published = "2020-02",
            Status = InspectionStatus.Drafting,
            NotInspected = ["4.2"],
            DomainOneProposals = new Dictionary<string, DomainOneProposal> { ["1.1"] = new(Rating.Good, "Clear vision."), ["1.2"] = new(null, "Pending.") },
            Samples = new Dictionary<string, SamplePlan> { ["unpaid-work"] = new() { Required = 30, Census = true, EligiblePopulation = 8, Note = "Two-week window." } },
            Fieldwork = new FieldworkFacts { ResponsibleOfficersInterviewed = 20, Meetings = 12, OfficesVisited = "All", SiteVisits = "HMP X", ObservedWorkProjects = 3 },
            PreviousInspection = new PreviousInspection
            {
                Framework = "hmip-crc-2018", Year = 2018, Reference = "SY-0", OverallRating = Rating.RequiresImprovement, Score = 12,
                Ratings = new Dictionary<string, Rating> { ["2.1"] = Rating.Good }, Label = "Previous inspection",
                Results = new Dictionary<string, ComparisonFigure> { ["2.1.1"] = new() { Yes = 60, Answered = 97 }, ["2.1.1.a"] = new() { Percent = 70 } },
            },
            NationalComparator = new ComparatorResults { Label = "All CRCs", Source = "HMIP data", Results = new Dictionary<string, ComparisonFigure> { ["2.1.1"] = new() { Yes = 900, Answered = 1400, Percent = 64 } } },
            KeyData =
            [
                new KeyDataTable
                {
                    Id = "kd-1.2-staffing", Standard = "1.2", Title = "Key staffing data", PlacedUnder = "1.2", Columns = ["Previous year", "Current year"], Source = "CRC",
                    Rows = [new KeyDataRow { Label = "Vacancy rate", Values = [2.84m, null], ValueText = [null, "No data"], Unit = "%", Footnote = "Note." }],
                },
            ],
            ContextualFacts = [new ContextualFact("People on community sentences", "1,715") { Source = "MoJ" }],
            PerformanceAgainstKeyTargets = [new PerformanceMeasure("CRC Service Level 8", "Completions") { Provider = 75, EnglandAndWales = 76, Target = 75, Source = "MoJ" }],
            Recommendations = new RecommendationSet
            {
                Previous = [new PreviousRecommendation(1, "Improve X.") { Progress = RecommendationProgress.SomeProgress, Evidence = "Some." }],
                New = [new Recommendation(1, "improve Y") { Addressee = "Synthetic CRC", RepeatsPrevious = 1 }],
            },
            Narrative = new Dictionary<string, string> { ["executive-summary"] = "Overall, \"good\" work.\n\nSecond paragraph." },
            PanelDecisions = [],
        };
        var dataset = new InspectionDataset(framework, manifest, synthetic.Cases, synthetic.Answers)
        {
            Interviews = [new OfficerInterview("RO-17") { Grade = "PO", Caseload = 51, Answers = new Dictionary<string, bool> { ["workload_manageable"] = false, ["prioritises_quality"] = true } }],
            Meetings = [new Meeting(MeetingKind.SeniorManagers, "Chief executive") { Date = new DateOnly(2019, 9, 16), Attendees = 3, Notes = "Vision, strategy" }],
            PracticeExamples = [new PracticeExample(synthetic.Cases[0].CaseId, "2.1", PracticeKind.Good, "Sam's assessment, names changed, was thorough.")],
        };
        AssertSame(dataset, RoundTrip(dataset));
    }
}
