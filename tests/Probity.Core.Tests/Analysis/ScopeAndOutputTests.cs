using System.Text.Json;
using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Reports.Analysis;

namespace Probity.Core.Tests.Analysis;

public class ScopeAndOutputTests
{
    [Theory]
    [InlineData(2019, 4, 1, "2019/20")]
    [InlineData(2020, 3, 31, "2019/20")]
    [InlineData(2019, 3, 31, "2018/19")]
    [InlineData(1999, 12, 1, "1999/00")]
    public void A_programme_year_runs_april_to_march(int y, int m, int d, string expected) =>
        Assert.Equal(expected, ProgrammeYear.Of(new DateOnly(y, m, d)).ToString());

    [Theory]
    [InlineData("2019/20", true)]
    [InlineData("1999/00", true)]
    [InlineData("2019/21", false)]
    [InlineData("2019-20", false)]
    [InlineData("19/20", false)]
    public void Programme_years_are_read_only_in_their_printed_form(string text, bool valid) =>
        Assert.Equal(valid, ProgrammeYear.TryParse(text, out _));

    [Fact]
    public void A_named_year_wins_over_the_fieldwork_date()
    {
        Assert.Equal(new ProgrammeYear(2018), ProgrammeYear.For("2018/19", new DateOnly(2019, 5, 20))); // round one ran to June 2019
        Assert.Equal(new ProgrammeYear(2019), ProgrammeYear.For(null, new DateOnly(2019, 5, 20)));
        Assert.Null(ProgrammeYear.For(null, null));
    }

    [Theory]
    [InlineData(InspectionStatus.Planned)]
    [InlineData(InspectionStatus.Fieldwork)]
    [InlineData(InspectionStatus.QualityAssurance)]
    [InlineData(InspectionStatus.RatingsPanel)]
    [InlineData(InspectionStatus.Drafting)]
    public void A_draft_is_in_no_scope_whatever_it_matches(InspectionStatus status)
    {
        var draft = new HandBuilt.Inspection(4, 3, ProviderType.CRC, "2019/20") { FieldworkStart = new(2019, 11, 4), Status = status }
            .Case(Programme.CaseSupervision, "rosh=high", "2.1.1=yes 2.1.1.a=yes 2.1.2=yes").Facts();
        var all = Programme.All().Append(draft).ToList();

        Assert.DoesNotContain(4L, AnalysisScope.Everything.Apply(all).Select(i => i.Id));
        Assert.DoesNotContain(4L, new AnalysisScope { Year = new ProgrammeYear(2019), ProviderType = ProviderType.CRC, Framework = "test-mini" }.Apply(all).Select(i => i.Id));
        Assert.False(AnalysisScope.Everything.Admits(draft));
        Assert.Equal([1L, 2L, 3L], AnalysisScope.Everything.Apply(all).Select(i => i.Id));
    }

    [Fact]
    public void The_scope_filters_by_period_year_type_and_framework_and_keeps_revisited_providers()
    {
        var all = Programme.All();
        Assert.Equal([1L, 2L], new AnalysisScope { Year = new ProgrammeYear(2018) }.Apply(all).Select(i => i.Id));
        Assert.Equal([2L, 3L], new AnalysisScope { From = new DateOnly(2019, 1, 1) }.Apply(all).Select(i => i.Id));
        Assert.Equal([1L], new AnalysisScope { To = new DateOnly(2018, 12, 31) }.Apply(all).Select(i => i.Id));
        Assert.Empty(new AnalysisScope { ProviderType = ProviderType.NPS }.Apply(all));
        Assert.Equal(3, new AnalysisScope { Framework = "test-mini" }.Apply(all).Count);
        Assert.Equal([1L, 3L], new AnalysisScope { RevisitedOnly = true }.Apply(all).Select(i => i.Id));
        Assert.Equal("every stored inspection", AnalysisScope.Everything.Describe());
        Assert.Equal("fieldwork starting from 2019-01-01 to 2019-12-31; CRC inspections",
            new AnalysisScope { From = new(2019, 1, 1), To = new(2019, 12, 31), ProviderType = ProviderType.CRC }.Describe());
    }

    [Fact]
    public void Csv_and_json_hold_every_row_with_typed_values()
    {
        var result = NationalItemAnalysis.Run(Programme.All(), AnalysisScope.Everything);
        var csv = AnalysisOutput.Csv(result.Table("items")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(result.Table("items").Rows.Count + 1, csv.Length);
        Assert.StartsWith("framework,year,provider_type,item,kind,standard,text", csv[0]);
        Assert.Contains("test-mini,2019/20,CRC,2.1.1,key question,2.1,Does assessment engage?,1,3,17,0,20,15,15,2018/19,7,10,70,-55,-3.012,0.0026,yes", csv.Select(l => l.Trim()));

        using var json = JsonDocument.Parse(AnalysisOutput.Json(result));
        var items = json.RootElement.GetProperty("tables").GetProperty("items");
        Assert.Equal(result.Table("items").Rows.Count, items.GetArrayLength());
        var first = items[0];
        Assert.Equal(JsonValueKind.Number, first.GetProperty("percent").ValueKind);
        Assert.Equal(JsonValueKind.Null, first.GetProperty("previous_year").ValueKind);
        Assert.Equal("national", json.RootElement.GetProperty("analysis").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("inspections").GetInt32());
    }

    [Fact]
    public void Charts_are_accessible_svg_with_each_value_written_and_the_page_puts_the_table_beside_them()
    {
        var result = RatingAnalysis.Run(Programme.All(), AnalysisScope.Everything);
        var svg = SvgChart.Render(result.Charts[0]);
        Assert.StartsWith("<svg", svg);
        Assert.Contains("role=\"img\"", svg);
        Assert.Contains("<title id=\"chart-overall-ratings-title\">Overall ratings by provider type and programme year</title>", svg);
        Assert.Contains("<desc id=\"chart-overall-ratings-desc\">", svg);
        Assert.Contains("CRC 2018/19, Good: 2</title>", svg);

        var html = AnalysisOutput.Html([result], "Ratings & more");
        Assert.Contains("<title>Ratings &amp; more</title>", html);
        var chartAt = html.IndexOf("<figure>", StringComparison.Ordinal);
        var tableAt = html.IndexOf("<caption>Overall ratings</caption>", StringComparison.Ordinal);
        Assert.True(chartAt > 0 && tableAt > chartAt, "the overall table follows its chart");
        Assert.Equal("2019-20", AnalysisOutput.Slug("2019/20"));
    }

    [Fact]
    public void The_manifest_reads_and_writes_the_programme_year_and_refuses_a_malformed_one()
    {
        var text = File.ReadAllText(RepositoryPaths.Of("examples", "northumbria-2019", "inspection.json"));
        var problems = new List<DatasetProblem>();
        var withYear = text.Replace("\"framework\": \"hmip-crc-2019\",", "\"framework\": \"hmip-crc-2019\",\n  \"programmeYear\": \"2019/20\",");
        var manifest = ManifestReader.Read(withYear, problems).Manifest!;
        Assert.Empty(problems);
        Assert.Equal("2019/20", manifest.ProgrammeYear);
        Assert.Equal("2019/20", ManifestReader.Read(ManifestWriter.Write(manifest), problems).Manifest!.ProgrammeYear);

        ManifestReader.Read(text.Replace("\"framework\": \"hmip-crc-2019\",", "\"framework\": \"hmip-crc-2019\",\n  \"programmeYear\": \"2019-2020\","), problems);
        var problem = Assert.Single(problems);
        Assert.Contains("programmeYear: \"2019-2020\" is not a programme year in the form yyyy/yy", problem.ToString());
        Assert.Equal(3, problem.Line);
    }
}

public class ScopeInputTests
{
    [Fact]
    public void Typed_values_become_a_scope()
    {
        var (scope, problems) = new ScopeInput(" 2019-04-01 ", "2020-03-31", "2019/20", "CRC", "hmip-crc-2019", true).Read();
        Assert.Empty(problems);
        Assert.Equal(new AnalysisScope { From = new(2019, 4, 1), To = new(2020, 3, 31), Year = new ProgrammeYear(2019), ProviderType = ProviderType.CRC, Framework = "hmip-crc-2019", RevisitedOnly = true }, scope);
        Assert.Equal(AnalysisScope.Everything, new ScopeInput("", null, " ").Read().Scope);
    }

    [Fact]
    public void Every_bad_value_is_reported_with_its_field()
    {
        var (scope, problems) = new ScopeInput("1 June 2019", "2019-13-01", "2019-20", "Region", "hmip-crc-2020").Read();
        Assert.Null(scope);
        Assert.Equal(["from", "to", "year", "provider-type", "framework"], problems.Select(p => p.Field));
        Assert.Equal("\"Region\" is not one of CRC, NPS, PDU, Area", problems[3].Message);
        Assert.Equal("2020-01-01 is after the end of the period, 2019-01-01", Assert.Single(new ScopeInput("2020-01-01", "2019-01-01").Read().Problems).Message);
    }
}
