using Probity.Reports.Area;
using Probity.Reports.Model;
using Probity.Reports.Tests.OtherFormats;
using Probity.Reports.Writing;

namespace Probity.Reports.Tests.Writing;

/// <summary>The blocks a report layout prints, for the writing pages: every block the examples' reports print is one of them, in print order.</summary>
public class NarrativeLayoutTests
{
    [Fact]
    public void Every_block_of_the_2019_example_is_in_the_layout_grouped_in_print_order()
    {
        var framework = Northumbria.Example.Dataset.Framework;
        var layout = NarrativeLayout.For(framework);
        var keys = layout.SelectMany(g => g.Blocks).Select(b => b.Key).ToList();

        Assert.Empty(Northumbria.Example.Dataset.Manifest.Narrative.Keys.Except(keys));
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(["Foreword", "Executive summary", "Recommendations", "Background"], layout.Take(4).Select(g => g.Title));
        Assert.Equal("Annexes", layout[^1].Title);
        Assert.Equal(framework.Domains.Count, layout.Count - 5);
        // The CRC-specific work is summarised standard by standard, the case supervision domain as one block.
        Assert.Contains(NarrativeKeys.SummaryStrengths("4.1"), keys);
        Assert.DoesNotContain(NarrativeKeys.SummaryStrengths("2.1"), keys);
        Assert.Contains(NarrativeKeys.SummaryStrengths("2"), keys);
        Assert.True(keys.IndexOf(NarrativeKeys.Standard("2.1")) < keys.IndexOf(NarrativeKeys.KeyQuestion("2.2.1")));
        Assert.Equal("2.1", NarrativeLayout.Find(framework, NarrativeKeys.KeyQuestion("2.1.3"))!.Standard);
        Assert.Null(NarrativeLayout.Find(framework, NarrativeKeys.StandardOverview("2.1")));
    }

    [Fact]
    public void The_pdu_and_quality_and_impact_layouts_hold_their_examples_blocks()
    {
        foreach (var (dataset, _) in new[] { Examples.Rcm, Examples.Cumbria })
        {
            var keys = NarrativeLayout.For(dataset.Framework).SelectMany(g => g.Blocks).Select(b => b.Key).ToList();
            Assert.Empty(dataset.Manifest.Narrative.Keys.Except(keys));
        }
        var area = NarrativeLayout.For(Examples.Cumbria.Dataset.Framework);
        Assert.Contains(AreaNarrativeKeys.Barriers("1", "crc"), area.SelectMany(g => g.Blocks).Select(b => b.Key));
        Assert.DoesNotContain(NarrativeKeys.Background, area.SelectMany(g => g.Blocks).Select(b => b.Key));
    }

    [Theory]
    [InlineData("key-question:2.2.1", "chapter-2")]
    [InlineData("standard:4.1:overview", "chapter-4")]
    [InlineData("chapter:1:strengths", "chapter-1")]
    [InlineData("executive-summary:4.1:strengths", "executive-summary")]
    [InlineData("foreword:signature", "foreword")]
    [InlineData("recommendations:previous-report", "recommendations")]
    [InlineData("annex:3", "annex-3")]
    public void A_block_is_previewed_in_the_section_that_prints_it(string key, string anchor) =>
        Assert.Equal(anchor, PreviewSection.AnchorOf(Northumbria.Example.Dataset.Framework, key));
}
