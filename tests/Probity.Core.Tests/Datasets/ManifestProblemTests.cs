using Probity.Core.Datasets;
using Probity.Core.Input;
using Probity.Core.Ratings;

namespace Probity.Core.Tests.Datasets;

/// <summary>
/// inspection.json's own checks, one small manifest each: the exact problem (file, line and words) for every value the
/// reader refuses, and the values at the edge that it accepts.
/// </summary>
public class ManifestProblemTests
{
    private const string Start = "{\n  \"framework\": \"hmip-crc-2019\",\n  \"provider\": { \"name\": \"P\", \"type\": \"CRC\" }";

    /// <summary>A manifest with the given lines after framework (line 2) and provider (line 3): the first is line 4.</summary>
    private static (InspectionManifest? Manifest, List<string> Problems) Read(string lines, ReadingLimits? limits = null)
    {
        var problems = new List<DatasetProblem>();
        var result = ManifestReader.Read(Start + (lines.Length == 0 ? "" : ",\n" + lines) + "\n}", problems, limits);
        return (result.Manifest, problems.Select(p => p.ToString()).ToList());
    }

    private static void AssertProblems(string lines, params string[] expected) => Assert.Equal(expected, Read(lines).Problems);

    private static InspectionManifest Accepted(string lines)
    {
        var (manifest, problems) = Read(lines);
        Assert.Empty(problems);
        return manifest!;
    }

    [Fact]
    public void A_minimal_manifest_is_accepted_with_defaults()
    {
        var m = Accepted("");
        Assert.Equal("hmip-crc-2019", m.Framework);
        Assert.Equal(new ProviderInfo("P", ProviderType.CRC), m.Provider);
        Assert.Equal("P", m.Provider.DisplayShortName);
        Assert.Null(m.Status);
        Assert.Empty(m.Samples);
        Assert.Equal(new FieldworkFacts(), m.Fieldwork);
        Assert.Null(m.PreviousInspection);
        Assert.Null(m.NationalComparator);
        Assert.Empty(m.Recommendations.Previous);
        Assert.Empty(m.Narrative);
    }

    [Fact]
    public void Month_programme_year_and_status_are_checked()
    {
        AssertProblems("  \"published\": \"2020-13\"", "inspection.json:4: published: \"2020-13\" is not a month in the form yyyy-mm");
        AssertProblems("  \"published\": \"2020-1\"", "inspection.json:4: published: \"2020-1\" is not a month in the form yyyy-mm");
        AssertProblems("  \"programmeYear\": \"2019\"",
            "inspection.json:4: programmeYear: \"2019\" is not a programme year in the form yyyy/yy, such as 2019/20");
        AssertProblems("  \"status\": \"done\"",
            $"inspection.json:4: status: \"done\" is not one of {string.Join(", ", InspectionStatusNames.AllTokens)}");
        var m = Accepted("  \"published\": \"2020-12\",\n  \"programmeYear\": \"2019/20\",\n  \"status\": \"factual-accuracy\"");
        Assert.Equal("2020-12", m.Published);
        Assert.Equal("2019/20", m.ProgrammeYear);
        Assert.Equal(InspectionStatus.FactualAccuracy, m.Status);
        Assert.Equal("Factual accuracy", m.Status!.Value.DisplayName());
    }

    [Fact]
    public void Provider_type_must_be_one_of_the_names()
    {
        var problems = new List<DatasetProblem>();
        var result = ManifestReader.Read("{\n  \"framework\": \"x\",\n  \"provider\": {\n    \"name\": \"P\",\n    \"type\": \"Bank\"\n  }\n}", problems);
        Assert.Equal("inspection.json:5: provider.type: \"Bank\" is not one of CRC, NPS, PDU, Region, Area", Assert.Single(problems).ToString());
        Assert.Equal("", result.Manifest!.Provider.Name); // no provider to use
        problems.Clear();
        ManifestReader.Read("{\n  \"framework\": \"x\",\n  \"provider\": { \"name\": \"P\", \"type\": \"9\" }\n}", problems);
        Assert.Contains("\"9\" is not one of", Assert.Single(problems).Message);
        problems.Clear();
        var named = ManifestReader.Read("{\n  \"framework\": \"x\",\n  \"provider\": { \"name\": \"P\", \"type\": \"PDU\", \"shortName\": \"S\", \"region\": \"R\" }\n}", problems);
        Assert.Empty(problems);
        Assert.Equal(new ProviderInfo("P", ProviderType.PDU) { ShortName = "S", Region = "R" }, named.Manifest!.Provider);
        Assert.Equal("S", named.Manifest.Provider.DisplayShortName);
    }

    [Fact]
    public void Ratings_and_proposals_take_rating_tokens()
    {
        var tokens = string.Join(", ", RatingNames.AllTokens);
        AssertProblems("  \"domainOneRatings\": {\n    \"1.1\": 3\n  }", "inspection.json:5: domainOneRatings.1.1: expected a rating token in quotes");
        AssertProblems("  \"domainOneRatings\": {\n    \"1.1\": \"Good\"\n  }", $"inspection.json:5: domainOneRatings.1.1: \"Good\" is not a rating token (one of {tokens})");
        AssertProblems("  \"domainOneProposals\": {\n    \"1.1\": { \"proposed\": \"great\" }\n  }",
            $"inspection.json:5: domainOneProposals.1.1.proposed: \"great\" is not a rating token (one of {tokens})");
        var m = Accepted("  \"domainOneRatings\": { \"1.1\": \"good\" },\n  \"domainOneProposals\": { \"1.2\": { \"rationale\": \"R\" } }");
        Assert.Equal(Rating.Good, m.DomainOneRatings["1.1"]);
        Assert.Equal(new DomainOneProposal(null, "R"), m.DomainOneProposals["1.2"]);
    }

    [Fact]
    public void Panel_decisions_take_a_move_and_a_basis_and_default_to_discretion()
    {
        AssertProblems("  \"panelDecisions\": [\n    { \"standard\": \"2.1\", \"move\": \"sideways\", \"rationale\": \"R\" }\n  ]",
            "inspection.json:5: panelDecisions[0].move: \"sideways\" is not one of up, down");
        AssertProblems("  \"panelDecisions\": [\n    { \"standard\": \"2.1\", \"move\": \"up\", \"basis\": \"luck\", \"rationale\": \"R\" }\n  ]",
            "inspection.json:5: panelDecisions[0].basis: \"luck\" is not one of discretion, unpaid-work-qualitative");
        var m = Accepted("  \"panelDecisions\": [\n    { \"standard\": \"2.1\", \"move\": \"down\", \"decisionDate\": \"2020-01-02\", \"proposedBy\": \"A\", \"ratifiedBy\": \"B\" }\n  ]");
        var d = Assert.Single(m.PanelDecisions);
        Assert.Equal(new PanelDecision("2.1", PanelMove.Down, DecisionBasis.Discretion, "")
        { ProposedBy = "A", RatifiedBy = "B", DecisionDate = new DateOnly(2020, 1, 2) }, d);
        Assert.Empty(Read("  \"panelDecisions\": [\n    { \"move\": \"up\", \"rationale\": \"R\" }\n  ]").Manifest!.PanelDecisions);
    }

    [Fact]
    public void Samples_are_known_samples_with_counts_that_are_not_negative()
    {
        AssertProblems("  \"samples\": {\n    \"weird\": {}\n  }",
            "inspection.json:5: samples.weird: \"weird\" is not a sample (case-supervision, unpaid-work, through-the-gate, court-work, victim-work)");
        AssertProblems("  \"samples\": {\n    \"unpaid-work\": {\n      \"required\": -1\n    }\n  }",
            "inspection.json:6: samples.unpaid-work.required: must not be negative");
        var plan = Accepted("  \"samples\": { \"unpaid-work\": { \"required\": 0, \"census\": true, \"eligiblePopulation\": 8, \"note\": \"N\" } }").Samples["unpaid-work"];
        Assert.Equal(new SamplePlan { Required = 0, Census = true, EligiblePopulation = 8, Note = "N" }, plan);
        Assert.False(Accepted("  \"samples\": { \"unpaid-work\": {} }").Samples["unpaid-work"].Census);
    }

    [Fact]
    public void Fieldwork_counts_are_not_negative()
    {
        foreach (var field in new[] { "responsibleOfficersInterviewed", "meetings", "serviceUsersContactAttempted", "serviceUsersViewsRecorded", "observedWorkProjects", "observedInductionSessions" })
            AssertProblems($"  \"fieldwork\": {{\n    \"{field}\": -2\n  }}", $"inspection.json:5: fieldwork.{field}: must not be negative");
        var f = Accepted("  \"fieldwork\": { \"responsibleOfficersInterviewed\": 1, \"meetings\": 2, \"serviceUsersContactAttempted\": 3, \"serviceUsersViewsRecorded\": 4, "
            + "\"observedWorkProjects\": 5, \"observedInductionSessions\": 0, \"officesVisited\": \"O\", \"siteVisits\": \"S\" }").Fieldwork;
        Assert.Equal(new FieldworkFacts
        {
            ResponsibleOfficersInterviewed = 1, Meetings = 2, ServiceUsersContactAttempted = 3, ServiceUsersViewsRecorded = 4,
            ObservedWorkProjects = 5, ObservedInductionSessions = 0, OfficesVisited = "O", SiteVisits = "S",
        }, f);
    }

    [Fact]
    public void Comparison_figures_need_consistent_counts_or_a_percent()
    {
        static string Figure(string body) => $"  \"nationalComparator\": {{\n    \"results\": {{\n      \"2.1.1\": {{ {body} }}\n    }}\n  }}";
        AssertProblems(Figure("\"percent\": 101"), "inspection.json:6: nationalComparator.results.2.1.1.percent: a percentage is at most 100");
        AssertProblems(Figure("\"yes\": 6, \"answered\": 5"), "inspection.json:6: nationalComparator.results.2.1.1: yes (6) cannot exceed answered (5)");
        AssertProblems(Figure("\"yes\": 6"), "inspection.json:6: nationalComparator.results.2.1.1: give both yes and answered, or neither");
        AssertProblems(Figure("\"answered\": 6, \"percent\": 50"), "inspection.json:6: nationalComparator.results.2.1.1: give both yes and answered, or neither");
        AssertProblems(Figure(""), "inspection.json:6: nationalComparator.results.2.1.1: give the counts (yes, answered) or the percent");
        AssertProblems(Figure("\"yes\": -1, \"answered\": 5"), "inspection.json:6: nationalComparator.results.2.1.1.yes: must not be negative");
        var results = Accepted(Figure("\"yes\": 5, \"answered\": 5, \"percent\": 100")).NationalComparator!.Results;
        Assert.Equal(new ComparisonFigure { Yes = 5, Answered = 5, Percent = 100 }, results["2.1.1"]);
        Assert.True(results["2.1.1"].HasCounts);
        Assert.False(new ComparisonFigure { Yes = 0, Answered = 0 }.HasCounts);
        Assert.False(new ComparisonFigure { Answered = 4, Percent = 3 }.HasCounts);
        Assert.True(new ComparisonFigure { Yes = 0, Answered = 1 }.HasCounts);
    }

    [Fact]
    public void Previous_inspection_reads_its_rating_score_and_results()
    {
        AssertProblems("  \"previousInspection\": {\n    \"score\": -1\n  }", "inspection.json:5: previousInspection.score: must not be negative");
        AssertProblems("  \"previousInspection\": {\n    \"overallRating\": \"fine\"\n  }",
            $"inspection.json:5: previousInspection.overallRating: \"fine\" is not a rating token (one of {string.Join(", ", RatingNames.AllTokens)})");
        var p = Accepted("  \"previousInspection\": { \"label\": \"L\", \"source\": \"S\", \"period\": \"in 2018\", \"framework\": \"F\", \"year\": 2018, \"reference\": \"R\", "
            + "\"overallRating\": \"good\", \"score\": 0, \"ratings\": { \"2.1\": \"outstanding\" }, \"results\": { \"2.1.1\": { \"percent\": 0 } } }").PreviousInspection!;
        Assert.Equal(("L", "S", "in 2018", "F", 2018, "R", Rating.Good, 0), (p.Label, p.Source, p.Period, p.Framework, p.Year, p.Reference, p.OverallRating, p.Score));
        Assert.Equal(Rating.Outstanding, p.Ratings["2.1"]);
        Assert.Equal(0, p.Results["2.1.1"].Percent);
    }

    [Fact]
    public void Key_data_rows_hold_one_number_or_null_per_column()
    {
        static string Table(string row) => $"  \"keyData\": [\n    {{ \"id\": \"t\", \"columns\": [\"a\", \"b\"], \"rows\": [\n      {{ \"label\": \"r\", {row} }}\n    ] }}\n  ]";
        AssertProblems(Table("\"values\": 5"), "inspection.json:6: keyData[0].rows[0].values: expected an array of numbers or nulls",
            "inspection.json:6: keyData[0].rows[0].values: has 0 values for 2 columns");
        AssertProblems(Table("\"values\": [1, \"x\"]"), "inspection.json:6: keyData[0].rows[0].values: expected an array of numbers or nulls",
            "inspection.json:6: keyData[0].rows[0].values: has 1 values for 2 columns");
        AssertProblems(Table("\"values\": [1]"), "inspection.json:6: keyData[0].rows[0].values: has 1 values for 2 columns");
        var table = Assert.Single(Accepted(Table("\"values\": [1.5, null], \"valueText\": [null, \"No data\", 3], \"unit\": \"%\", \"footnote\": \"F\"")).KeyData);
        Assert.Equal("t", table.Id);
        Assert.Equal(["a", "b"], table.Columns);
        var row = Assert.Single(table.Rows);
        Assert.Equal(new decimal?[] { 1.5m, null }, row.Values);
        Assert.Equal(new string?[] { null, "No data", null }, row.ValueText);
        Assert.Equal(("r", "%", "F"), (row.Label, row.Unit, row.Footnote));
        // a table without columns takes rows of any length
        var free = Accepted("  \"keyData\": [ { \"id\": \"t\", \"rows\": [ { \"label\": \"r\", \"values\": [1, 2, 3] } ] } ]").KeyData[0];
        Assert.Equal(3, free.Rows[0].Values.Count);
        var (unlabelled, problems) = Read("  \"keyData\": [ { \"id\": \"t\", \"rows\": [ { \"values\": [] } ] } ]");
        Assert.Empty(unlabelled!.KeyData[0].Rows);
        Assert.Contains("label", Assert.Single(problems));
    }

    [Fact]
    public void Contextual_facts_and_performance_measures_need_their_labels()
    {
        var (m, problems) = Read("  \"contextualFacts\": [ { \"label\": \"L\", \"value\": \"V\", \"source\": \"S\" }, { \"label\": \"L\" } ],\n"
            + "  \"performanceAgainstKeyTargets\": [ { \"measure\": \"M\", \"label\": \"L\", \"provider\": 1.5, \"englandAndWales\": 2, \"target\": 3, \"source\": \"S\" }, { \"measure\": \"M\" } ]");
        Assert.Equal(2, problems.Count); // the value of the second fact and the label of the second measure
        Assert.Equal(new ContextualFact("L", "V") { Source = "S" }, Assert.Single(m!.ContextualFacts));
        Assert.Equal(new PerformanceMeasure("M", "L") { Provider = 1.5m, EnglandAndWales = 2, Target = 3, Source = "S" }, Assert.Single(m.PerformanceAgainstKeyTargets));
    }

    [Fact]
    public void Recommendations_check_progress_and_what_they_repeat()
    {
        AssertProblems("  \"recommendations\": {\n    \"previous\": [ { \"number\": 1, \"text\": \"T\", \"progress\": \"lots\" } ]\n  }",
            $"inspection.json:5: recommendations.previous[0].progress: \"lots\" is not one of {string.Join(", ", RecommendationProgressNames.AllTokens)}");
        AssertProblems("  \"recommendations\": {\n    \"previous\": [ { \"number\": 1, \"text\": \"T\" } ],\n    \"new\": [ { \"number\": 1, \"text\": \"T\", \"repeatsPrevious\": 2 } ]\n  }",
            "inspection.json:6: recommendations.new: recommendation 1 repeats previous recommendation 2, which is not listed under \"previous\"");
        var (m, problems) = Read("  \"recommendations\": {\n    \"previous\": [ { \"number\": 2, \"text\": \"P\", \"progress\": \"no-progress\", \"evidence\": \"E\" }, { \"text\": \"no number\" } ],\n"
            + "    \"new\": [ { \"number\": 1, \"text\": \"N\", \"addressee\": \"A\", \"repeatsPrevious\": 2 }, { \"number\": 2 } ]\n  }");
        Assert.Equal(2, problems.Count); // the second of each has no number or no text
        var r = m!.Recommendations;
        Assert.Equal(new PreviousRecommendation(2, "P") { Progress = RecommendationProgress.NoProgress, Evidence = "E" }, Assert.Single(r.Previous));
        Assert.Equal(new Recommendation(1, "N") { Addressee = "A", RepeatsPrevious = 2 }, Assert.Single(r.New));
    }

    [Fact]
    public void Narrative_blocks_are_text_within_the_limit()
    {
        AssertProblems("  \"narrative\": {\n    \"summary\": 5\n  }", "inspection.json:5: narrative.summary: expected text in quotes");
        var limits = ReadingLimits.Default with { MaxNarrativeChars = 5 };
        var (manifest, problems) = Read("  \"narrative\": {\n    \"short\": \"12345\",\n    \"long\": \"123456\"\n  }", limits);
        Assert.Equal($"inspection.json:6: narrative.long: {NarrativeLimit.TooLong(6, limits)}", Assert.Single(problems));
        Assert.Equal(["short"], manifest!.Narrative.Keys);
    }

    [Fact]
    public void Unknown_fields_are_refused_at_the_top_level()
    {
        AssertProblems("  \"colour\": \"blue\"", "inspection.json:1: unknown property \"colour\"");
    }
}
