using Probity.Core.Datasets;
using Probity.Core.Sampling;

namespace Probity.Core.Tests.Sampling;

/// <summary>The sampling record's fixed words and orders, and the inputs the sampling arithmetic refuses.</summary>
public class SampleRecordWordingTests
{
    [Fact] // spec §6.2: exactly as many eligible cases as required is a census too, worded differently
    public void Census_when_eligible_equals_required()
    {
        var draw = Populations.Draw("case_id\n" + string.Join("\n", Enumerable.Range(1, 12).Select(i => $"T{i}")) + "\n",
            Populations.Plan(SampleType.ThroughTheGate) with { Required = 12 });
        Assert.True(draw.Census);
        Assert.Equal("The required sample size was 12, the number of eligible cases, and so we inspected 100 per cent of them.", draw.CensusNote);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"T{i}").Order(StringComparer.Ordinal), draw.Cases().Select(c => c.Case.CaseId)); // by case reference
    }

    [Fact]
    public void Stratification_descriptions()
    {
        Assert.Equal("sex × disposal × recorded_rosh", Stratification.For(SampleType.CaseSupervision).Description);
        Assert.Equal("sex × recorded_rosh", Stratification.For(SampleType.UnpaidWork).Description);
        Assert.False(Stratification.For(SampleType.ThroughTheGate).IsStratified);
        Assert.True(Stratification.For(SampleType.UnpaidWork).IsStratified);
        Assert.Equal("none (no published stratification: simple random selection from all eligible cases)", Stratification.For(SampleType.ThroughTheGate).Description);
    }

    [Fact]
    public void Largest_remainder_refuses_impossible_allocations()
    {
        Assert.Equal("sizes", Assert.Throws<ArgumentOutOfRangeException>(() => LargestRemainder.Allocate(1, [3, -1])).ParamName);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => LargestRemainder.Allocate(5, [2, 2]));
        Assert.Contains("cannot allocate 5 over a population of 4", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => LargestRemainder.Allocate(-1, [2]));
        Assert.Equal([2, 2], LargestRemainder.Allocate(4, [2, 2]));
    }

    [Fact]
    public void Requirement_types()
    {
        Assert.Equal(1, PopulationColumns.RequirementFlag("unpaid-work"));
        Assert.Equal(1 << 7, PopulationColumns.RequirementFlag("other"));
        Assert.Equal("type", Assert.Throws<ArgumentException>(() => PopulationColumns.RequirementFlag("probation")).ParamName);
        // the same requirement twice in a cell is still that one requirement
        var c = Assert.Single(Populations.Read("case_id,sex,disposal,recorded_rosh,requirements\nA,male,community,low,rar;rar\n").Cases);
        Assert.True(c.Has(PopulationColumns.RequirementFlag("rar")));
        Assert.Equal(["recorded_rosh", "managed_by", "ttg_entitled"], new[] { PopulationColumns.RecordedRosh, PopulationColumns.ManagedBy, PopulationColumns.TtgEntitled }.Select(k => k.Name));
    }

    [Theory] // yyyy-mm-dd only, and a real day
    [InlineData("2019-02-1x")]
    [InlineData("x019-02-10")]
    [InlineData("0000-01-01")]
    [InlineData("2019/02/10")]
    [InlineData("2019-02/10")]
    [InlineData("2019/02-10")]
    [InlineData("2019-13-01")]
    [InlineData("2019-00-10")]
    [InlineData("2019-01-00")]
    [InlineData("2019-01-32")]
    [InlineData("2019-01-011")]
    public void Dates_that_are_not_yyyy_mm_dd(string date)
    {
        var problem = Assert.Single(Populations.Problems($"case_id,sex,disposal,recorded_rosh,sentence_date\nA,male,community,low,{date}\n"));
        Assert.Equal($"population.csv:2: sentence_date \"{date}\" is not a date written yyyy-mm-dd", problem.ToString());
    }

    [Fact]
    public void The_first_year_and_last_day_are_dates()
    {
        var c = Assert.Single(Populations.Read("case_id,sex,disposal,recorded_rosh,sentence_date,release_date\nA,male,community,low,0001-01-01,2020-02-29\n").Cases);
        Assert.Equal(new DateOnly(1, 1, 1), c.SentenceDate);
        Assert.Equal(new DateOnly(2020, 2, 29), c.ReleaseDate);
    }

    [Fact]
    public void Cochran_refuses_impossible_inputs_at_their_edges()
    {
        Assert.Equal("confidencePercent", Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.Cochran(10, 0)).ParamName);
        Assert.Equal("confidencePercent", Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.Cochran(10, 100)).ParamName);
        Assert.Equal("marginPercent", Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.Cochran(10, 80, 100)).ParamName);
        Assert.Equal("population", Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.Cochran(-1)).ParamName);
        Assert.Equal(1, SampleSize.Cochran(null, 80, 99.9).Required);
        Assert.Equal(10, SampleSize.Cochran(10, 99.9).Required);
        Assert.Equal("z = Φ⁻¹(1 − (1 − 0.8)/2) = 1.281552; n0 = z²·p(1 − p)/e² = 164.24; with no population size, n = ceil(n0) = 165",
            SampleSize.Cochran(null).Working);
    }

    [Fact] // U+0080 is the first character that UTF-8 writes in two bytes (C2 80)
    public void Selection_keys_hash_utf8_from_u0080()
    {
        const ulong prime = 0x100000001B3UL;
        var expected = unchecked((((0xCBF29CE484222325UL ^ 0xC2) * prime) ^ 0x80) * prime);
        Assert.Equal(expected, SelectionKey.Fnv1a64("\u0080"));
        Assert.Equal(unchecked((0xCBF29CE484222325UL ^ 0x7F) * prime), SelectionKey.Fnv1a64("\u007f"));
    }

    [Fact] // a managing organisation listed twice is still one organisation
    public void Managing_organisation_listed_twice()
    {
        var plan = Populations.Plan() with { ManagedBy = ["crc", "crc"] };
        var outcome = Eligibility.Apply(Populations.Read("case_id,sex,disposal,recorded_rosh,managed_by\nA,male,community,low,crc\n", plan), plan, []);
        Assert.Single(outcome.Eligible);
    }
}
