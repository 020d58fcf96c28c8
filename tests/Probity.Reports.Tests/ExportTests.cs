using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Probity.Exchange;
using Probity.Reports.Export;
using static Probity.Reports.Tests.Northumbria;

namespace Probity.Reports.Tests;

/// <summary>CSV, XLSX and JSON carry the same figures as the printed report, and writes are all or nothing.</summary>
public class ExportTests
{
    [Fact]
    public void The_long_csv_has_a_line_per_printed_cell()
    {
        var csv = ReportCsv.AllTables(Example.Report).Split('\n');
        Assert.Equal("table,table_title,row,item,row_label,column,value", csv[0]);
        Assert.Contains("key-questions-2.4,2.4 Reviewing: key questions,3,2.4.3,Does reviewing focus sufficiently on keeping other people safe?,Current inspection,48%", csv);
        Assert.Contains("key-questions-2.4,2.4 Reviewing: key questions,1,2.4.1,Does reviewing focus sufficiently on supporting the service user's compliance and engagement?,Previous inspection,No comparable data available", csv);
        Assert.Contains("inspection-data,Annex 4: Inspection data,4,2.1.1.b,\"Does assessment analyse the service user's diversity and personal circumstances, and consider the impact these have on their ability to comply and engage with service delivery?\",Current inspection,62%", csv);
        Assert.Contains("ratings,Ratings,15,overall,Overall rating,Rating,Requires improvement", csv);
        var cells = Example.Report.Tables.Sum(t => t.Rows.Where(r => r.Kind == Model.RowKind.Values).Sum(r => r.Cells.Count));
        Assert.Equal(cells, csv.Count(l => l.Length > 0) - 1);
    }

    [Fact]
    public void One_table_is_written_in_its_printed_shape()
    {
        var lines = ReportCsv.Table(Example.Report.Tables.Single(t => t.Id == "key-questions-2.1")).Split('\n');
        Assert.Equal("Comparison with Northumbria CRC in previous inspection and all CRCs,Previous inspection,Current inspection,All CRCs", lines[0]);
        Assert.Equal("Does assessment focus sufficiently on keeping other people safe?,54%,58%,55%", lines[3]);
    }

    [Fact]
    public void The_workbook_has_a_sheet_per_table_with_numbers_kept_as_numbers()
    {
        using var stream = new MemoryStream();
        ReportWorkbook.Write(Example.Report, stream);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(Example.Report.Tables.Count() + 1, sheets.Count);
        Assert.Equal("Contents", sheets[0].Name!.Value);
        var sheet = sheets.Single(s => s.Name == "key-questions-2.4");
        var cells = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>().ToList();
        var lowest = cells.Single(c => c.CellReference == "C5"); // row 5: 2.4.3; column C: current inspection
        Assert.Equal("0.48", lowest.CellValue!.Text);
        Assert.Contains(cells, c => c.InlineString?.InnerText.StartsWith("Note ", StringComparison.Ordinal) == true
            && c.InlineString.InnerText.Contains("increasing the rating to 'Requires improvement'"));
    }

    [Fact]
    public void The_json_carries_every_figure_with_its_counts_and_comparisons()
    {
        using var stream = new MemoryStream();
        ReportJson.Write(Example.Report, stream);
        var root = JsonDocument.Parse(stream.ToArray()).RootElement;
        Assert.Equal("probity-report/1", root.GetProperty("schema").GetString());
        Assert.Equal(15, root.GetProperty("score").GetInt32());
        Assert.Equal(30, root.GetProperty("maxScore").GetInt32());
        Assert.Equal("requires-improvement", root.GetProperty("overallRating").GetString());
        var reviewing = root.GetProperty("standards").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "2.4");
        Assert.Equal("2.4.3", reviewing.GetProperty("adjustment").GetProperty("footnoteOn").GetString());
        var kq = reviewing.GetProperty("keyQuestions")[2];
        Assert.Equal(41, kq.GetProperty("yes").GetInt32());
        Assert.Equal(48, kq.GetProperty("percent").GetInt32());
        Assert.True(kq.GetProperty("lowest").GetBoolean());
        Assert.Equal("less than half", kq.GetProperty("suggestedWording").GetString());
        Assert.Equal(38, kq.GetProperty("previous").GetProperty("percent").GetInt32());
        Assert.False(kq.GetProperty("previous").GetProperty("significant").GetBoolean());
        var quirk = root.GetProperty("standards")[9].GetProperty("keyQuestions")[1].GetProperty("prompts")[0];
        Assert.Equal("4.2.2.a", quirk.GetProperty("id").GetString());
        Assert.False(quirk.GetProperty("previous").GetProperty("comparable").GetBoolean());
        Assert.Equal(JsonValueKind.Null, quirk.GetProperty("previous").GetProperty("percent").ValueKind);
        Assert.Contains(root.GetProperty("tables").EnumerateArray(), t => t.GetProperty("id").GetString() == "inspection-data");
    }

    [Fact]
    public async Task The_exported_dataset_gives_back_the_same_report()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"probity-export-{Guid.NewGuid():N}");
        try
        {
            Exchange.DatasetFolder.Write(Example.Dataset, folder);
            var again = Exchange.DatasetFolder.Read(folder);
            Assert.True(again.Succeeded, string.Join("\n", again.Problems));
            var html = await Html.ReportHtml.RenderOnceAsync(Model.ReportBuilder.Build(again.Dataset!, again.Rating!));
            Assert.Equal(Example.Html, html);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_failed_write_leaves_neither_a_partial_file_nor_a_changed_one()
    {
        var folder = Directory.CreateTempSubdirectory("probity-atomic-").FullName;
        try
        {
            var target = Path.Combine(folder, "report.html");
            Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(target, s => { s.WriteByte(1); throw new InvalidOperationException("late failure"); }));
            Assert.Empty(Directory.EnumerateFileSystemEntries(folder));

            File.WriteAllText(target, "the previous report");
            Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(target, s => { s.WriteByte(1); throw new InvalidOperationException("late failure"); }));
            Assert.Equal("the previous report", File.ReadAllText(target));
            Assert.Single(Directory.EnumerateFileSystemEntries(folder));

            AtomicFile.WriteAllText(target, "the new report");
            Assert.Equal("the new report", File.ReadAllText(target));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
