using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Core.Rules;
using Probity.Core.Tests.Datasets;
using Probity.Synthetic;

namespace Probity.Core.Tests.Analysis;

public class SyntheticNationalTests
{
    private static readonly IReadOnlyList<InspectionDataset> Programme =
        SyntheticNational.Generate(new SyntheticNational.Options { Inspections = 30, Seed = 11 }).ToList();

    [Fact]
    public void The_same_seed_gives_the_same_programme_and_another_seed_another()
    {
        var again = SyntheticNational.Generate(new SyntheticNational.Options { Inspections = 30, Seed = 11 }).ToList();
        for (var i = 0; i < Programme.Count; i++)
            Assert.True(PackedCounts.Encode(InspectionCounts.Of(Programme[i]).Tallies).SequenceEqual(PackedCounts.Encode(InspectionCounts.Of(again[i]).Tallies)), $"inspection {i}");
        var other = SyntheticNational.Generate(new SyntheticNational.Options { Inspections = 30, Seed = 12 }).ToList();
        Assert.NotEqual(Programme.Sum(d => AnswerTallies.Count(d)["2.1.1"].Yes), other.Sum(d => AnswerTallies.Count(d)["2.1.1"].Yes));
    }

    [Fact]
    public void Every_inspection_is_a_valid_dataset_in_the_exchange_format()
    {
        foreach (var dataset in Programme)
        {
            var sink = new MemorySink();
            DatasetWriter.Write(dataset, sink);
            var parsed = DatasetParser.Parse(new InMemoryDatasetSource(sink.Texts));
            Assert.True(parsed.Succeeded, $"{dataset.Manifest.Reference}:\n{string.Join("\n", parsed.Problems.Take(5))}");
        }
    }

    [Fact]
    public void The_programme_has_areas_two_crc_rounds_and_pdus_with_regions_and_every_crc_in_both_rounds()
    {
        var years = Programme.GroupBy(d => (d.Manifest.ProgrammeYear, d.Manifest.Provider.Type, d.Framework.Id)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(2, years[("2017/18", ProviderType.Area, "hmip-qi-2017")]);
        Assert.Equal(6, years[("2018/19", ProviderType.CRC, "hmip-crc-2018")]);
        Assert.Equal(6, years[("2019/20", ProviderType.CRC, "hmip-crc-2019")]);
        Assert.Equal(16, years.Where(y => y.Key.Type == ProviderType.PDU).Sum(y => y.Value));
        Assert.All(Programme, d => Assert.NotNull(d.Manifest.Provider.Region));
        var crcs = Programme.Where(d => d.Manifest.Provider.Type == ProviderType.CRC).GroupBy(d => d.Manifest.Provider.Name);
        Assert.All(crcs, c => Assert.Equal(2, c.Count()));
        Assert.Equal(30, Programme.Select(d => d.Manifest.Reference).Distinct().Count());
    }

    [Fact]
    public void Round_two_has_one_inspection_cut_short_and_revisits_judge_progress_on_previous_recommendations()
    {
        var round2 = Programme.Where(d => d.Framework.Id == "hmip-crc-2019").ToList();
        var rated = round2.Select(d => InspectionRater.Rate(d.Framework, RatingInputs.From(d))).ToList();
        Assert.Equal(1, rated.Count(r => r.OverallRating is null));
        Assert.All(round2, d => Assert.NotEmpty(d.Manifest.Recommendations.Previous));
        Assert.All(round2.SelectMany(d => d.Manifest.Recommendations.Previous), p => Assert.NotNull(p.Progress));
        Assert.All(Programme.Where(d => d.Framework.Id == "hmip-crc-2018"), d => Assert.Empty(d.Manifest.Recommendations.Previous));
    }

    [Fact]
    public void Cases_carry_the_annual_reports_attributes_and_officers_are_interviewed()
    {
        var cs = Programme.SelectMany(d => d.Cases).Where(c => c.Sample == "case-supervision").ToList();
        var thinking = cs.Count(c => c.Get(CaseColumns.OffendingFactors.Single(f => f.Key == "thinking-behaviour").Need) == "yes") / (double)cs.Count;
        Assert.InRange(thinking, 0.80, 0.90); // 85 per cent (§7.1)
        Assert.All(cs, c => Assert.NotNull(c.ResponsibleOfficer));
        Assert.All(cs.Where(c => c.Get(CaseColumns.Disability) == "yes"), c => Assert.NotNull(c.Get(CaseColumns.DisabilityKinds[5].Column)));
        var ttg = Programme.SelectMany(d => d.Cases).Where(c => c.Sample == "through-the-gate").ToList();
        Assert.All(ttg, c => Assert.NotNull(c.Get(CaseColumns.FirstNightArrangement)));
        foreach (var d in Programme.Where(d => d.Cases.Any(c => c.Sample == "case-supervision")))
        {
            var officers = d.Interviews.Select(i => i.OfficerId).ToHashSet();
            Assert.All(d.Cases.Where(c => c.Sample == "case-supervision"), c => Assert.Contains(c.ResponsibleOfficer!, officers));
            Assert.Equal(d.Interviews.Count, d.Manifest.Fieldwork.ResponsibleOfficersInterviewed);
        }
    }

    [Fact]
    public void A_fixed_number_of_cases_per_inspection_is_honoured()
    {
        var big = SyntheticNational.Generate(new SyntheticNational.Options { Inspections = 3, CasesPerInspection = 1000, Seed = 1 }).ToList();
        Assert.All(big, d => Assert.Equal(1000, d.Cases.Count));
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticNational.Generate(new SyntheticNational.Options { Inspections = 0 }).ToList());
    }
}
