using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Probity.Core.Datasets;
using Probity.Core.Input;
using Probity.Core.Sampling;
using Probity.Exchange;
using Probity.Tests.Shared;

namespace Probity.Core.Tests.Input;

/// <summary>A caseload extract saved from Excel as .xlsx is read directly: its first sheet, row numbers as Excel shows them, dates as dates.</summary>
public sealed class XlsxExtractTests : IDisposable
{
    private static readonly SamplingPlan Plan = SamplingPlan.For("hmip-crc-2019", SampleType.CaseSupervision)!;
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    // A workbook as Excel writes one: text in the shared strings, a date as a serial number in a date style (numFmt 14).
    private string Workbook(params object?[][] rows)
    {
        var path = Path.Combine(_temp.Path, "caseload.xlsx");
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            if (rows[r].Length == 0) continue; // a row Excel leaves out
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
            {
                var reference = $"{(char)('A' + c)}{r + 1}";
                switch (rows[r][c])
                {
                    case null: break;
                    case DateOnly date:
                        row.Append(new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate()) });
                        break;
                    case int number:
                        row.Append(new Cell { CellReference = reference, CellValue = new CellValue(number) });
                        break;
                    case string text:
                        strings.SharedStringTable.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(text)));
                        row.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(strings.SharedStringTable.Count() - 1) });
                        break;
                }
            }
            data.Append(row);
        }
        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Caseload" }));
        return path;
    }

    private static readonly object?[] Header = ["case_id", "sex", "disposal", "recorded_rosh", "sentence_date", "office"];

    [Fact]
    public void An_xlsx_extract_is_read_directly_with_dates_as_dates()
    {
        var path = Workbook(Header,
            ["NB-1", "male", "community", "low", new DateOnly(2019, 1, 2), "Blyth\nNorth"],
            ["NB-2", "female", "post-release", "high", new DateOnly(2018, 12, 31), null]);
        var problems = new List<DatasetProblem>();
        var population = PopulationFile.Read(path, Plan, problems);
        Assert.Empty(problems);
        Assert.Equal(["NB-1", "NB-2"], population!.Cases.Select(c => c.CaseId));
        Assert.Equal(new DateOnly(2019, 1, 2), population.Cases[0].SentenceDate);
        Assert.Equal(new DateOnly(2018, 12, 31), population.Cases[1].SentenceDate);
        Assert.Equal("Blyth North", population.Cases[0].Office);
        Assert.Null(population.Cases[1].Office);
    }

    [Fact]
    public void Problems_in_an_xlsx_extract_carry_the_row_number_Excel_shows()
    {
        var path = Workbook(Header, ["NB-1", "male", "community", "low", new DateOnly(2019, 1, 2)], [], [], ["NB-2", "man", "community", "low", new DateOnly(2019, 1, 3)]);
        var problems = new List<DatasetProblem>();
        Assert.Null(PopulationFile.Read(path, Plan, problems));
        Assert.Equal("caseload.xlsx:5: sex \"man\" is not one of male, female", Assert.Single(problems).ToString().Replace(Path.GetDirectoryName(path) + "/", "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_damaged_workbook_is_a_problem_not_an_exception()
    {
        var path = Path.Combine(_temp.Path, "broken.xlsx");
        File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, .. new byte[200]]);
        var problems = new List<DatasetProblem>();
        Assert.Null(PopulationFile.Read(path, Plan, problems));
        Assert.Contains("the workbook cannot be read", Assert.Single(problems).Message);
    }

    [Fact]
    public void A_workbook_that_unpacks_past_the_file_limit_is_refused()
    {
        var path = Workbook(Header, ["NB-1", "male", "community", "low", new DateOnly(2019, 1, 2), new string('x', 4_000)]);
        var problems = new List<DatasetProblem>();
        Assert.Null(PopulationFile.Read(path, Plan, problems, new PopulationFileOptions { Limits = ReadingLimits.Default with { MaxFileBytes = 3_000 } }));
        Assert.Contains("the workbook unpacks to", Assert.Single(problems).Message);
    }
}
