using System.Text.Json;
using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;

namespace Probity.Core.Tests.Analysis;

public class RecommendationAndComparatorTests
{
    [Fact]
    public void Progress_reproduces_annexe_two_18_28_and_13_of_59()
    {
        static List<PreviousRecommendation> Some(int from, int count, RecommendationProgress? progress) =>
            Enumerable.Range(from, count).Select(n => new PreviousRecommendation(n, "Improve.") { Progress = progress }).ToList();
        var first = new HandBuilt.Inspection(1, 1, ProviderType.CRC, "2019/20");
        first.Previous.AddRange([.. Some(1, 10, RecommendationProgress.SufficientProgress), .. Some(11, 20, RecommendationProgress.SomeProgress)]);
        first.Made.AddRange([new Recommendation(1, "A") { RepeatsPrevious = 3 }, new Recommendation(2, "B") { Addressee = "HM Prison and Probation Service" }]);
        var second = new HandBuilt.Inspection(2, 2, ProviderType.CRC, "2019/20");
        second.Previous.AddRange([.. Some(1, 8, RecommendationProgress.SufficientProgress), .. Some(9, 8, RecommendationProgress.SomeProgress),
            .. Some(17, 13, RecommendationProgress.NoProgress), .. Some(30, 1, null)]);
        second.Made.Add(new Recommendation(1, "C"));
        var result = RecommendationAnalysis.Run([first.Facts(), second.Facts()], AnalysisScope.Everything);

        var progress = new AnalysisRow(result.Table("progress"), result.Table("progress").Rows.Single());
        Assert.Equal((2, 60, 18, 28, 13, 1), ((int)progress["inspections"]!, (int)progress["recommendations"]!, (int)progress["sufficient"]!, (int)progress["some"]!, (int)progress["none"]!, (int)progress["not_assessed"]!));
        Assert.Equal((31, 47, 22), ((int?)progress["percent_sufficient"], (int?)progress["percent_some"], (int?)progress["percent_none"]));
        var made = new AnalysisRow(result.Table("made"), result.Table("made").Rows.Single());
        Assert.Equal((3, 1.5, 1), ((int)made["recommendations"]!, (double)made["per_inspection"]!, (int)made["repeating_previous"]!));
        Assert.Equal(2, result.Row("addressees", ("addressee", "the provider"))["recommendations"]);
    }

    [Fact]
    public void The_comparator_holds_counts_for_items_characteristics_and_interviews()
    {
        var a = Programme.A();
        a.Case(Programme.CaseSupervision, "sex=female", "2.1.1=yes");
        a.Interviews.AddRange([
            new OfficerInterview("R1") { Grade = "PO", Answers = new Dictionary<string, bool> { ["workload_manageable"] = false } },
            new OfficerInterview("R2") { Grade = "PO", Answers = new Dictionary<string, bool> { ["workload_manageable"] = true } },
            new OfficerInterview("R3") { Grade = "PSO", Answers = new Dictionary<string, bool> { ["workload_manageable"] = false } }]);
        var scope = new AnalysisScope { ProviderType = ProviderType.CRC, Year = new ProgrammeYear(2018) };
        var block = NationalComparator.Build(HandBuilt.Framework, [a.Facts(), Programme.B().Facts()], scope);
        var results = block.Comparator.Results;

        Assert.Equal((8, 11, 73), (results["2.1.1"].Yes, results["2.1.1"].Answered, results["2.1.1"].Percent)); // 7/10 plus the new yes
        Assert.Equal((7, 9), (results["2.1.1.a"].Yes, results["2.1.1.a"].Answered));
        Assert.Equal((1, 11), (results["cs.female"].Yes, results["cs.female"].Answered));
        Assert.False(results.ContainsKey("cs.bame")); // recorded for no case: not a figure
        Assert.Equal((1, 2), (results["ro.poCaseloadUnmanageable"].Yes, results["ro.poCaseloadUnmanageable"].Answered));
        Assert.Equal((1, 1), (results["ro.psoCaseloadUnmanageable"].Yes, results["ro.psoCaseloadUnmanageable"].Answered));
        Assert.Equal((1, 3), (results["ro.workloadManageable"].Yes, results["ro.workloadManageable"].Answered));
        Assert.Equal("All CRCs", block.Comparator.Label);
        Assert.Equal("From inspection data for all HMI Probation inspections, September 2018 to January 2019.", block.Comparator.Source);
        Assert.Equal("between September 2018 and January 2019", block.Comparator.Period);
    }

    [Fact]
    public void A_2019_comparator_pools_round_one_by_item_id_and_flags_items_not_comparable()
    {
        var round1 = new HandBuilt.Inspection(1, 1, ProviderType.CRC, "2018/19") { FrameworkVersion = FrameworkCatalog.Get("hmip-crc-2018") }
            .Cases(3, "case-supervision", "rosh=low", "2.1.1=yes 2.4.1=no")
            .Case("case-supervision", "rosh=low", "2.1.1=no 2.4.1=yes");
        var block = NationalComparator.Build(FrameworkCatalog.Get("hmip-crc-2019"), [round1.Facts()], new AnalysisScope { From = new(2018, 6, 1), To = new(2019, 6, 30) });
        Assert.Equal((3, 4, 75), (block.Comparator.Results["2.1.1"].Yes, block.Comparator.Results["2.1.1"].Answered, block.Comparator.Results["2.1.1"].Percent));
        Assert.Equal(true, block.Analysis.Row("results", ("id", "2.1.1"))["comparable"]);
        // 2.4.1's wording changed in 2019 (not comparable, R22), yet the 2019 reports print round one's figure for it.
        Assert.Equal(false, block.Analysis.Row("results", ("id", "2.4.1"))["comparable"]);
        Assert.DoesNotContain(block.Comparator.Results.Keys, k => k.Count(c => c == '.') == 3); // round one has no prompts
        Assert.Equal("From inspection data for all HMI Probation inspections, June 2018 to June 2019.", block.Comparator.Source);

        using var json = JsonDocument.Parse(block.ToJson());
        var national = json.RootElement.GetProperty("nationalComparator");
        Assert.Equal("between June 2018 and June 2019", national.GetProperty("period").GetString());
        Assert.Equal(3, national.GetProperty("results").GetProperty("2.1.1").GetProperty("yes").GetInt32());
        Assert.Equal(4, national.GetProperty("results").GetProperty("2.1.1").GetProperty("answered").GetInt32());

        // The block is exactly an inspection.json's nationalComparator: the manifest reader takes it as it is.
        var manifest = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Of("examples", "northumbria-2019", "inspection.json"))).RootElement;
        var withBlock = "{" + string.Join(",", manifest.EnumerateObject().Where(p => p.Name != "nationalComparator").Select(p => $"\"{p.Name}\":{p.Value.GetRawText()}"))
            + ",\"nationalComparator\":" + national.GetRawText() + "}";
        var problems = new List<DatasetProblem>();
        var read = ManifestReader.Read(withBlock, problems).Manifest!;
        Assert.Empty(problems);
        Assert.Equal(block.Comparator.Period, read.NationalComparator!.Period);
        Assert.Equal((3, 4), (read.NationalComparator.Results["2.1.1"].Yes, read.NationalComparator.Results["2.1.1"].Answered));
    }
}
