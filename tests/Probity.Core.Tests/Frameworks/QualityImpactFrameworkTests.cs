using System.Text;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Rules;

namespace Probity.Core.Tests.Frameworks;

/// <summary>hmip-qi-2017: an unrated framework whose case judgements are counted, split by the organisation managing each case.</summary>
public class QualityImpactFrameworkTests
{
    private static readonly FrameworkVersion Qi = FrameworkCatalog.Get("hmip-qi-2017");

    [Fact]
    public void Loads_validates_and_rates_nothing()
    {
        var result = FrameworkLoader.Load(FrameworkCatalog.Source("hmip-qi-2017")!, "hmip-qi-2017.json");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.False(Qi.IsRated);
        Assert.All(Qi.Standards, s => Assert.Equal(RatingBasis.None, s.RatedBy));
        Assert.All(Qi.KeyQuestions, k => Assert.Equal(KeyQuestionRole.Counted, k.Role));
        Assert.Equal(["Protecting the public", "Reducing reoffending", "Abiding by the sentence"], Qi.Domains.Select(d => d.Title));
        Assert.Equal(["Area"], Qi.ProviderTypes);
    }

    [Fact] // seed 004: each domain is reported for the CRC, the NPS, and the two working together (narrative only)
    public void Has_a_view_per_organisation_and_one_for_working_together()
    {
        Assert.Equal(["crc", "nps", "together"], Qi.Views.Select(v => v.Key));
        Assert.Equal(["QI-CRC", "QI-NPS", null], Qi.Views.Select(v => v.Population?.Id));
        var crcCase = Case("A", "CRC");
        Assert.True(Qi.Views[0].Population!.Contains(crcCase));
        Assert.False(Qi.Views[1].Population!.Contains(crcCase));
    }

    [Fact]
    public void A_view_with_an_unknown_population_or_a_repeated_key_is_refused()
    {
        var json = FrameworkCatalog.Source("hmip-qi-2017")!
            .Replace("\"population\": \"QI-NPS\"\n    }", "\"population\": \"QI-PROBATION\"\n    }")
            .Replace("\"key\": \"together\"", "\"key\": \"crc\"");
        var result = FrameworkLoader.Load(json, "broken.json");
        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Contains("$.views[1].population: unknown population \"QI-PROBATION\""));
        Assert.Contains(result.Problems, p => p.Contains("$.views[2].key: view \"crc\" is defined twice"));
    }

    [Fact] // an unrated dataset: no score, no overall rating, every standard unrated; tallies per view and for the area
    public void An_unrated_dataset_counts_by_provider_and_rates_nothing()
    {
        var parsed = DatasetParser.Parse(Source(panelDecision: false));
        Assert.True(parsed.Succeeded, string.Join("\n", parsed.Problems));
        var rating = parsed.Rating!;
        Assert.Null(rating.Score);
        Assert.Null(rating.OverallRating);
        Assert.All(rating.Standards, s => Assert.Equal(StandardStatus.Unrated, s.Status));
        Assert.All(rating.Standards.SelectMany(s => s.KeyQuestions), k => Assert.Null(k.Band));

        // 2.5.1 (reoffended): C1 yes, C2 no, C3 no; N1 yes, N2 na.
        var crc = rating.Views.Single(v => v.View.Key == "crc").Items;
        var nps = rating.Views.Single(v => v.View.Key == "nps").Items;
        Assert.Equal(new Tally(1, 2, 0), crc["2.5.1"]);
        Assert.Equal(new Tally(1, 0, 1), nps["2.5.1"]);
        Assert.Equal(new Tally(2, 2, 1), rating.Items["2.5.1"]);
        // 1.2.1 is asked of NPS cases only: the CRC's view has nobody in it.
        Assert.Equal(0, crc["1.2.1"].Population);
        Assert.Equal(2, nps["1.2.1"].Population);
    }

    [Fact]
    public void A_panel_decision_on_an_unrated_framework_is_refused()
    {
        var parsed = DatasetParser.Parse(Source(panelDecision: true));
        Assert.False(parsed.Succeeded);
        Assert.Contains(parsed.Problems, p => p.File == "inspection.json" && p.Message.Contains("hmip-qi-2017 has no ratings"));
    }

    [Fact]
    public void A_case_of_an_unknown_organisation_is_refused_with_its_line()
    {
        var files = Files(panelDecision: false);
        files["cases.csv"] = files["cases.csv"].Replace("C2,case-supervision,CRC", "C2,case-supervision,PDU");
        var parsed = DatasetParser.Parse(new InMemoryDatasetSource(files));
        Assert.Contains(parsed.Problems, p => p.ToString() == "cases.csv:3: managing_organisation \"PDU\" is not one of CRC, NPS");
    }

    [Fact] // the views must add up to the area: a case managed by nobody would be counted for the area only
    public void A_case_without_its_managing_organisation_is_refused()
    {
        var files = Files(panelDecision: false);
        files["cases.csv"] = files["cases.csv"].Replace("C3,case-supervision,CRC", "C3,case-supervision,");
        var parsed = DatasetParser.Parse(new InMemoryDatasetSource(files));
        Assert.Contains(parsed.Problems, p => p.ToString() == "cases.csv:4: case C3 belongs to none of hmip-qi-2017's views "
            + "(CRC effectiveness: managing_organisation=not recorded; NPS effectiveness: managing_organisation=not recorded); say which organisation managed it");
    }

    private static CaseRecord Case(string id, string organisation)
    {
        var record = new CaseRecord(id);
        record.Set(CaseColumns.Sample, "case-supervision");
        record.Set(CaseColumns.ManagingOrganisation, organisation);
        return record;
    }

    private static InMemoryDatasetSource Source(bool panelDecision) => new(Files(panelDecision));

    // Three CRC cases and two NPS cases answering every counted key question yes, except the reoffending question 2.5.1.
    private static Dictionary<string, string> Files(bool panelDecision)
    {
        var cases = new[] { ("C1", "CRC"), ("C2", "CRC"), ("C3", "CRC"), ("N1", "NPS"), ("N2", "NPS") };
        var reoffended = new Dictionary<string, string> { ["C1"] = "yes", ["C2"] = "no", ["C3"] = "no", ["N1"] = "yes", ["N2"] = "na" };
        var answers = new StringBuilder("case_id,question,answer\n");
        foreach (var (id, org) in cases)
            foreach (var kq in Qi.KeyQuestions.Where(k => org == "NPS" || k.Population!.Id != "QI-NPS"))
                answers.Append($"{id},{kq.Id},{(kq.Id == "2.5.1" ? reoffended[id] : "yes")}\n");
        var decision = panelDecision ? ", \"panelDecisions\": [{ \"standard\": \"1.1\", \"move\": \"up\", \"rationale\": \"x\" }]" : "";
        return new Dictionary<string, string>
        {
            ["inspection.json"] = $"{{ \"framework\": \"hmip-qi-2017\", \"provider\": {{ \"name\": \"Testshire\", \"type\": \"Area\" }}{decision} }}",
            ["cases.csv"] = "case_id,sample,managing_organisation\n" + string.Concat(cases.Select(c => $"{c.Item1},case-supervision,{c.Item2}\n")),
            ["answers.csv"] = answers.ToString(),
        };
    }
}
