using Probity.Reports.Html;
using Probity.Reports.Model;
using static Probity.Reports.Tests.Northumbria;

namespace Probity.Reports.Tests;

/// <summary>Cases withdrawn after the draw are listed in the methodology with their reasons; with none, the report is as before.</summary>
public sealed class WithdrawnCasesTests
{
    [Fact]
    public async Task Withdrawn_cases_are_listed_in_the_methodology_with_their_reasons_and_nothing_else_changes()
    {
        var withdrawn = new WithdrawnSampleCase[]
        {
            new("C-101", "case-supervision", "Not available: moved to Scotland", "C-901"),
            new("C-102", "case-supervision", "Transferred out of the area", null),
        };

        var report = ReportBuilder.Build(Example.Dataset, Example.Rating, new ReportOptions { Withdrawn = withdrawn });

        var table = report.Methodology.Blocks.OfType<TableBlock>().Single(t => t.Table.Id == "withdrawn-cases").Table;
        Assert.Equal(["C-101", "C-102"], table.Rows.Select(r => r.Label.Text));
        Assert.Equal(["Not available: moved to Scotland", "C-901"], table.Rows[0].Cells.Skip(1).Select(c => c.Text));
        Assert.Equal("No replacement", table.Rows[1].Cells[2].Text);
        var prose = string.Join(" ", report.Methodology.Blocks.OfType<ParagraphBlock>().Select(p => p.Text.PlainText));
        Assert.Contains("After the samples were drawn, two cases were withdrawn, for the reasons below; one of them was replaced by the next reserve drawn for the sample.", prose);
        // The sample table counts the cases assessed: the same as without the withdrawn list.
        var samples = report.Methodology.Blocks.OfType<TableBlock>().Single(t => t.Table.Id == "samples").Table;
        var before = Example.Report.Methodology.Blocks.OfType<TableBlock>().Single(t => t.Table.Id == "samples").Table;
        Assert.Equal(before.Rows.Select(r => r.Cells[1].Text), samples.Rows.Select(r => r.Cells[1].Text));

        var unchanged = ReportBuilder.Build(Example.Dataset, Example.Rating, new ReportOptions { Withdrawn = [] });
        Assert.Equal(Example.Html, await ReportHtml.RenderOnceAsync(unchanged));
    }
}
