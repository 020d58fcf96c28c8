using System.Text.Json;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;

namespace Probity.Core.Tests.Datasets;

/// <summary>
/// The writers leave out what is empty, so a small inspection stays small and readable: no empty blocks in
/// inspection.json and no empty evidence files. (Reading back cannot show this: an empty block reads as absent.)
/// </summary>
public class WriterOmissionTests
{
    private static readonly InspectionManifest Minimal = new() { Framework = "hmip-crc-2019", Provider = new ProviderInfo("P", ProviderType.CRC) };

    private static JsonElement Written(InspectionManifest manifest) => JsonDocument.Parse(ManifestWriter.Write(manifest)).RootElement;

    private static string[] Names(JsonElement e) => e.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void A_minimal_manifest_is_written_as_framework_and_provider_only()
    {
        var json = Written(Minimal);
        Assert.Equal(["framework", "provider"], Names(json));
        Assert.Equal(["name", "type"], Names(json.GetProperty("provider")));
    }

    [Fact]
    public void Empty_parts_of_blocks_are_left_out_too()
    {
        var json = Written(Minimal with
        {
            Samples = new Dictionary<string, SamplePlan> { ["unpaid-work"] = new() },
            Fieldwork = new FieldworkFacts { Meetings = 0 },
            KeyData = [new KeyDataTable { Id = "t", Rows = [new KeyDataRow { Label = "r", Values = [null], ValueText = [null] }] }],
            Recommendations = new RecommendationSet { New = [new Recommendation(1, "Do")] },
        });
        Assert.Empty(Names(json.GetProperty("samples").GetProperty("unpaid-work"))); // census false is not written
        Assert.Equal(["meetings"], Names(json.GetProperty("fieldwork")));
        Assert.Equal(["label", "values"], Names(json.GetProperty("keyData")[0].GetProperty("rows")[0]));
        Assert.Equal(0, json.GetProperty("recommendations").GetProperty("previous").GetArrayLength());
        Assert.Equal(["number", "text"], Names(json.GetProperty("recommendations").GetProperty("new")[0]));
        var census = Written(Minimal with { Samples = new Dictionary<string, SamplePlan> { ["unpaid-work"] = new() { Census = true } } });
        Assert.True(census.GetProperty("samples").GetProperty("unpaid-work").GetProperty("census").GetBoolean());
        var previousOnly = Written(Minimal with { Recommendations = new RecommendationSet { Previous = [new PreviousRecommendation(1, "Did")] } });
        Assert.Equal(0, previousOnly.GetProperty("recommendations").GetProperty("new").GetArrayLength());
    }

    [Fact]
    public void A_dataset_without_evidence_is_written_as_its_three_required_files()
    {
        var framework = FrameworkCatalog.Get("hmip-crc-2019");
        var record = new CaseRecord("C1");
        record.Set(CaseColumns.Sample, "unpaid-work");
        var sink = new MemorySink();
        DatasetWriter.Write(new InspectionDataset(framework, Minimal, [record], new AnswerGrid(1, framework.Questions.Count)), sink);
        Assert.Equal(["answers.csv", "cases.csv", "inspection.json"], sink.Texts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("case_id,sample\nC1,unpaid-work", sink.Texts["cases.csv"].Replace("\r\n", "\n").TrimEnd('\n'));
        Assert.Equal("case_id,question,answer,note", sink.Texts["answers.csv"].Replace("\r\n", "\n").TrimEnd('\n'));
    }

    [Fact]
    public void Officer_and_caseload_columns_are_written_when_a_case_has_them()
    {
        var framework = FrameworkCatalog.Get("hmip-crc-2019");
        var a = new CaseRecord("A") { ResponsibleOfficerCaseload = 40 };
        a.Set(CaseColumns.Sample, "unpaid-work");
        var b = new CaseRecord("B") { ResponsibleOfficer = "RO-1" };
        b.Set(CaseColumns.Sample, "unpaid-work");
        var sink = new MemorySink();
        DatasetWriter.Write(new InspectionDataset(framework, Minimal, [a, b], new AnswerGrid(2, framework.Questions.Count)), sink);
        Assert.Equal("case_id,sample,ro_id,ro_caseload\nA,unpaid-work,,40\nB,unpaid-work,RO-1,", sink.Texts["cases.csv"].Replace("\r\n", "\n").TrimEnd('\n'));
    }
}
