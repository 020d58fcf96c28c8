using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Core.Rules;
using Probity.Synthetic;

namespace Probity.Core.Tests.Analysis;

/// <summary>The packed tallies count exactly what the rater counts, split without losing a case, and survive packing.</summary>
public class InspectionCountsTests
{
    private static readonly IReadOnlyList<InspectionDataset> Programme =
        SyntheticNational.Generate(new SyntheticNational.Options { Inspections = 12, Seed = 3 }).ToList();

    public static TheoryData<int> Inspections() => [.. Enumerable.Range(0, 12)];

    [Fact]
    public void Northumbria_tallies_are_the_raters_tallies()
    {
        var dataset = Datasets.Northumbria.Parse().Dataset!;
        Assert.Equal(AnswerTallies.Count(dataset), InspectionCounts.Of(dataset).Tallies.ForAllCases());
    }

    [Theory]
    [MemberData(nameof(Inspections))]
    public void Every_framework_version_is_counted_as_the_rater_counts_and_every_split_adds_up_to_all_cases(int index)
    {
        var dataset = Programme[index];
        var tallies = InspectionCounts.Of(dataset).Tallies;
        Assert.Equal(AnswerTallies.Count(dataset), tallies.ForAllCases());
        foreach (var split in CaseSplits.Comparisons)
            for (var item = 0; item < tallies.ItemCount; item++)
            {
                var sum = Enumerable.Range(0, split.CodeCount).Aggregate(new Tally(0, 0), (t, code) => t + tallies.Get(split, code, item));
                Assert.Equal(tallies.Get(CaseSplits.All, 1, item), sum);
            }
    }

    [Fact]
    public void A_split_cell_holds_exactly_the_cases_with_that_value()
    {
        var dataset = Programme[4];
        var tallies = InspectionCounts.Of(dataset).Tallies;
        var item = dataset.Framework.Questions["2.1.3"];
        var expected = AnswerTallies.Count(dataset, null);
        var high = dataset.Cases.Select((c, i) => (c, i)).Where(x => x.c.Get(CaseColumns.Rosh) == "high" && item.Population.Contains(x.c))
            .Aggregate(new Tally(0, 0), (t, x) => t + Of(dataset.Answers[x.i, item.Index]));
        Assert.Equal(high, tallies.Get(CaseSplits.Rosh, CaseColumns.Rosh.Code("high"), item.Index));
        Assert.NotEqual(expected["2.1.3"], high);
    }

    [Fact]
    public void The_profile_counts_what_the_cases_hold()
    {
        var dataset = Programme[4];
        var profile = InspectionCounts.Of(dataset).Profile;
        var cs = dataset.Cases.Where(c => c.Sample == "case-supervision").ToList();
        Assert.Equal(cs.Count, profile.Cases("case-supervision"));
        Assert.Equal(dataset.Cases.Count, profile.Cases());
        Assert.Equal(cs.Count(c => c.Get(CaseColumns.Sex) == "female"), profile.Count("case-supervision", CaseColumns.Sex, "female"));
        Assert.Equal(cs.Count(c => c.Get(CaseColumns.Iom) is null), profile.Count("case-supervision", CaseColumns.Iom, null));
        Assert.Equal(cs.Count(c => c.ResponsibleOfficerCaseload >= 75), profile.CaseloadBand("case-supervision", 3));
        var drugs = CaseColumns.OffendingFactors.Single(f => f.Key == "drugs");
        Assert.Equal(cs.Count(c => c.Get(drugs.Need) == "yes" && c.Get(drugs.Delivered) == "na"), profile.Joint("case-supervision", CountsLayout.NeedPair(drugs), "yes", "na"));
        Assert.Equal(cs.Count(c => CaseColumns.OffendingFactors.Any(f => c.Get(f.Need) == "yes")), profile.NeedSummary("case-supervision").WithNeed);
    }

    [Fact]
    public void Packed_counts_unpack_the_same_and_damaged_or_foreign_bytes_are_refused()
    {
        var dataset = Programme[4];
        var caseCounts = InspectionCounts.Of(dataset);
        var tallies = PackedCounts.Encode(caseCounts.Tallies);
        var profile = PackedCounts.Encode(caseCounts.Profile);
        Assert.Equal(caseCounts.Tallies.ForAllCases(), PackedCounts.DecodeTallies(dataset.Framework, tallies)!.ForAllCases());
        Assert.Equal(caseCounts.Profile.Count("case-supervision", CaseColumns.Rosh, "medium"), PackedCounts.DecodeProfile(profile)!.Count("case-supervision", CaseColumns.Rosh, "medium"));
        // A few kilobytes for ~145 cases, where the answers alone are ~145 × items bytes.
        Assert.True(tallies.Length < dataset.Cases.Count * dataset.Framework.Questions.Count / 2, $"{tallies.Length} bytes");

        Assert.Null(PackedCounts.DecodeTallies(Programme[0].Framework, tallies)); // another item count
        Assert.Null(PackedCounts.DecodeProfile(tallies)); // another kind
        var foreign = (byte[])tallies.Clone();
        foreign[3] ^= 0xFF; // another layout's fingerprint
        Assert.Null(PackedCounts.DecodeTallies(dataset.Framework, foreign));
        Assert.Null(PackedCounts.DecodeTallies(dataset.Framework, tallies.AsSpan(0, tallies.Length - 3)));
    }

    private static Tally Of(Ratings.Judgement j) => j switch
    {
        Ratings.Judgement.Yes => new Tally(1, 0),
        Ratings.Judgement.No => new Tally(0, 1),
        Ratings.Judgement.NotApplicable => new Tally(0, 0, 1),
        _ => new Tally(0, 0),
    };
}
