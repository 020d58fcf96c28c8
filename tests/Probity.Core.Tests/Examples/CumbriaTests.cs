using Probity.Core.Datasets;
using Probity.Core.Rules;
using Probity.Exchange;

namespace Probity.Core.Tests.Examples;

/// <summary>examples/cumbria-2017 reproduces every count the Quality &amp; Impact report prints from its case data (seed 004).</summary>
public class CumbriaTests
{
    private static readonly DatasetParseResult Parsed = DatasetFolder.Read(RepositoryPaths.Of("examples", "cumbria-2017"));
    private static IReadOnlyDictionary<string, Tally> Crc => Parsed.Rating!.Views.Single(v => v.View.Key == "crc").Items;
    private static IReadOnlyDictionary<string, Tally> Nps => Parsed.Rating!.Views.Single(v => v.View.Key == "nps").Items;

    [Fact] // Appendix 1: "the sample consisted of 47 cases, 31 of which were CRC cases and 16 of which were NPS cases"
    public void Is_a_valid_unrated_dataset_of_47_cases()
    {
        Assert.True(Parsed.Succeeded, string.Join("\n", Parsed.Problems));
        Assert.Null(Parsed.Rating!.OverallRating);
        Assert.Equal(47, Parsed.Dataset!.Cases.Count);
        Assert.Equal(31, Parsed.Dataset.Cases.Count(c => c.Get(CaseColumns.ManagingOrganisation) == "CRC"));
        Assert.Equal(16, Parsed.Dataset.Cases.Count(c => c.Get(CaseColumns.ManagingOrganisation) == "NPS"));
    }

    [Theory] // the counts chapter 3 prints, as yes out of the cases answered
    [InlineData("crc", "2.5.1", 9, 31)]  // "9 of the 31 service users (29%) … had been convicted, cautioned or received another out-of-court disposal"
    [InlineData("nps", "2.5.1", 4, 16)]  // "One-quarter of service users in the case sample"
    [InlineData("nps", "3.1.7", 7, 16)]  // "Less than half (7 of 16) … managed by just one responsible officer"
    [InlineData("nps", "1.1.3", 13, 16)] // "in 3 the level of risk had been assessed too high"
    [InlineData("nps", "1.2.1", 15, 16)] // "All bar one of the cases inspected were allocated to the correct organisation"
    [InlineData("nps", "1.4.1", 14, 16)] // "Fourteen of the sixteen cases inspected were MAPPA-eligible"
    [InlineData("nps", "1.4.2", 13, 14)] // "All bar one had been identified at the correct MAPPA level"
    [InlineData("nps", "1.4.3", 1, 1)]   // "MAPPA sufficiently contributed … in the one case in the sample managed at Level 2"
    [InlineData("crc", "3.2.2", 29, 31)] // "Sufficient progress … in delivering the legal requirements … in all but two cases"
    [InlineData("crc", "3.1.1", 31, 31)] // "The number of appointments offered was sufficient in all the cases sampled"
    [InlineData("crc", "3.1.6", 18, 20)] // barriers overcome "in all but two relevant cases"
    [InlineData("nps", "2.5.2", 4, 4)]   // seriousness "stayed the same or reduced in all relevant cases"
    public void Reproduces_the_printed_counts(string view, string item, int yes, int answered)
    {
        var t = (view == "crc" ? Crc : Nps)[item];
        Assert.Equal((yes, answered), (t.Yes, t.Answered));
    }

    [Theory] // printed percentages
    [InlineData("crc", "2.5.1", 29)]
    [InlineData("crc", "1.5.2", 80)] // "in the large majority of inspected cases (80%)": a sub-sample, as 80% is not k/31
    public void Reproduces_the_printed_percentages(string view, string item, int percent) =>
        Assert.Equal(percent, (view == "crc" ? Crc : Nps)[item].Percent);

    [Fact] // "Of the cases in the sample that had a court report, two-thirds … This was slightly higher for reports prepared on CRC cases."
    public void Court_reports_on_crc_cases_did_slightly_better()
    {
        Assert.Equal(67, Parsed.Rating!.Items["2.1.1"].Percent);
        Assert.True(Crc["2.1.1"].Percent > Nps["2.1.1"].Percent);
        Assert.Equal(80, Parsed.Rating.Items["2.1.2"].Percent); // "in four out of five reports"
    }

    [Fact] // Table 4 (CRC) and Table 6 (NPS): % delivered sufficiently per assessed need, rows "in order of priority" (prevalence)
    public void Reproduces_tables_4_and_6_in_order_of_prevalence()
    {
        var needs = Parsed.Dataset!.Framework.FindKeyQuestion("2.3.2")!.Prompts.ToDictionary(p => p.Text, p => p.Id);
        void Check(IReadOnlyDictionary<string, Tally> view, (string Need, int Percent)[] printed)
        {
            Assert.Equal(printed.Select(r => (r.Need, (int?)r.Percent)), printed.Select(r => (r.Need, view[needs[r.Need]].Percent)));
            // The printed order is the order of prevalence: each row's need was assessed in no fewer cases than the next row's.
            var prevalence = printed.Select(r => view[needs[r.Need]].Answered).ToList();
            Assert.Equal(prevalence.OrderDescending(), prevalence);
            // The needs the table leaves out were assessed in no case of this view.
            Assert.All(needs.Keys.Except(printed.Select(r => r.Need)), n => Assert.Equal(0, view[needs[n]].Answered));
        }
        Check(Crc, [("Emotional well-being", 81), ("Thinking and behaviour", 73), ("Relationships", 86), ("Drug misuse", 86), ("Alcohol misuse", 100),
            ("Accommodation", 83), ("Attitudes to offending", 50), ("Lifestyle", 70), ("Education, training and employment", 75)]);
        Check(Nps, [("Thinking and behaviour", 67), ("Relationships", 44), ("Alcohol misuse", 38), ("Attitudes to offending", 29),
            ("Accommodation", 86), ("Education, training and employment", 67), ("Lifestyle", 50), ("Drug misuse", 40)]);
    }

    [Fact] // written out and read back (export and import), the counts are unchanged
    public void Round_trips_through_the_exchange_format()
    {
        var sink = new MemorySink();
        DatasetWriter.Write(Parsed.Dataset!, sink);
        var again = DatasetParser.Parse(new InMemoryDatasetSource(sink.Files.ToDictionary(f => f.Key, f => f.Value.ToString())));
        Assert.True(again.Succeeded, string.Join("\n", again.Problems));
        Assert.Equal(Parsed.Rating!.Items, again.Rating!.Items);
        Assert.Equal(Crc, again.Rating.Views.Single(v => v.View.Key == "crc").Items);
    }

    private sealed class MemorySink : IDatasetSink
    {
        public Dictionary<string, StringWriter> Files { get; } = [];
        public TextWriter Create(string fileName) => Files[fileName] = new StringWriter();
    }

    [Fact] // the views add up to the area, as Appendix 4's combined figures do
    public void The_views_add_up_to_the_area()
    {
        foreach (var (id, area) in Parsed.Rating!.Items)
            Assert.Equal(area, Crc[id] + Nps[id]);
    }
}
