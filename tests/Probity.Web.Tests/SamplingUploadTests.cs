using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Probity.Core.Input;
using Probity.Data.Samples;
using Probity.Web.Pages.Inspections.Sampling;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>
/// The uploaded caseload extract is read as the command line reads one: the role is checked before the body is read,
/// the file goes through the same bounded readers and limits, problems are listed by row and shown safely, and an
/// extract saved by Excel (another encoding, or a workbook) is read or refused with what to do.
/// </summary>
public sealed class SamplingUploadTests
{
    private static readonly byte[] Caseload = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "northumbria-2019-caseload.csv"));
    private static readonly Dictionary<string, string> CaseSupervision = new() { ["type"] = "case-supervision", ["as-at"] = "2019-08-19", ["seed"] = "20190916" };

    // Without an eligibility date only the columns these small extracts have are needed.
    private static readonly Dictionary<string, string> Undated = new() { ["type"] = "case-supervision" };

    [Fact]
    public async Task A_non_lead_posting_a_body_over_the_limit_is_refused_with_403_before_the_body_is_read()
    {
        using var web = WebFactory.Within(ReadingLimits.Default with { MaxFileBytes = 1024 * 1024 });
        var id = await web.DemoInspectionAsync();
        var inspector = await web.SignInAsync("demo.inspector");
        var body = new CountingContent(64L * 1024 * 1024);

        using var response = await inspector.Client.PostAsync($"/inspections/{id}/sampling", body);

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}"); // not 413: the size was never looked at
        Assert.True(body.Sent < 1024 * 1024, $"{body.Sent:N0} bytes of the body were read before the refusal");
        Assert.Empty(await web.Store.Samples.ListAsync(id));
    }

    [Fact]
    public async Task An_extract_over_the_file_limit_is_refused_naming_the_limit()
    {
        using var web = WebFactory.Within(ReadingLimits.Default with { MaxFileBytes = Caseload.Length / 2 });
        var id = await web.DemoInspectionAsync();
        var lead = await web.SignInAsync("demo.lead");

        var response = await lead.PostFileAsync($"/inspections/{id}/sampling", CaseSupervision, "population", "large.csv", Caseload);

        Assert.Equal(200, response.Status);
        var refusal = Assert.Single(response.ErrorSummary);
        Assert.StartsWith("large.csv", refusal, StringComparison.Ordinal);
        Assert.Contains(ReadingLimits.FileSize.Variable, refusal);
        Assert.Empty(await web.Store.Samples.ListAsync(id));
    }

    [Fact]
    public async Task A_line_over_the_line_limit_is_refused_by_row_naming_the_limit()
    {
        using var web = WebFactory.Within(ReadingLimits.Default with { MaxLineChars = 500 });
        var id = await web.DemoInspectionAsync();
        var lead = await web.SignInAsync("demo.lead");
        var extract = Encoding.UTF8.GetBytes($"case_id,sex,disposal,recorded_rosh\nX1,male,community,low\nX2,male,community,{new string('m', 2_000)}\n");

        var response = await lead.PostFileAsync($"/inspections/{id}/sampling", Undated, "population", "long.csv", extract);

        Assert.Contains(response.ErrorSummary, e => e.StartsWith("long.csv:3:", StringComparison.Ordinal) && e.Contains(ReadingLimits.LineLength.Variable));
        Assert.Empty(await web.Store.Samples.ListAsync(id));
    }

    [Fact]
    public async Task Problems_are_listed_by_row_as_the_command_line_prints_them_escaped_and_counted_past_the_first_fifty()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var lead = await web.SignInAsync("demo.lead");
        var rows = Enumerable.Range(1, 60).Select(i => $"X{i},male,community,extreme");
        var extract = Encoding.UTF8.GetBytes("case_id,sex,disposal,recorded_rosh\nX0,male,community,\"\u001b[31mred\nbroken\"\n" + string.Join('\n', rows) + "\n");

        var response = await lead.PostFileAsync($"/inspections/{id}/sampling", Undated, "population", "bad.csv", extract);

        var errors = response.ErrorSummary;
        Assert.Equal(ShownProblems.MaxShown + 1, errors.Count);
        Assert.StartsWith("bad.csv:2:", errors[0], StringComparison.Ordinal);
        Assert.Contains("\\u001b[31mred\\nbroken", errors[0]); // one line, the terminal escape shown, not sent
        Assert.DoesNotContain(errors, e => e.Contains('\u001b') || e.Contains('\n'));
        Assert.StartsWith("bad.csv:4:", errors[1], StringComparison.Ordinal); // the quoted line break made row 2 two lines
        Assert.Equal("… and 11 more problems", errors[^1]);
        Assert.Empty(await web.Store.Samples.ListAsync(id));
    }

    [Fact]
    public async Task A_windows_1252_extract_is_refused_with_how_to_read_it_then_drawn_when_that_encoding_is_chosen()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var lead = await web.SignInAsync("demo.lead");
        var windows1252 = Encoding.Latin1.GetBytes(Encoding.UTF8.GetString(Caseload).Replace("Gateshead", "Gâteshead", StringComparison.Ordinal));

        var refused = await lead.PostFileAsync($"/inspections/{id}/sampling", CaseSupervision, "population", "excel.csv", windows1252);
        var refusal = Assert.Single(refused.ErrorSummary);
        Assert.Contains("\"windows-1252\" (chosen below)", refusal);
        Assert.Contains("CSV UTF-8", refusal);
        Assert.Empty(await web.Store.Samples.ListAsync(id));

        var drawn = await lead.PostFileAsync($"/inspections/{id}/sampling", new(CaseSupervision) { ["encoding"] = "windows-1252" }, "population", "excel.csv", windows1252);
        Assert.Equal(302, drawn.Status);
        var sample = await web.Store.Samples.LoadAsync(Assert.Single(await web.Store.Samples.ListAsync(id)).Id);
        Assert.Equal(97, sample.Cases.Count(c => c.Role == DrawnRole.Sample));
    }

    [Fact]
    public async Task A_utf_16_extract_is_refused_with_how_to_read_it_then_drawn_when_that_encoding_is_chosen()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var lead = await web.SignInAsync("demo.lead");
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(Caseload))).ToArray();

        var refused = await lead.PostFileAsync($"/inspections/{id}/sampling", CaseSupervision, "population", "unicode.csv", utf16);
        Assert.Contains("\"utf-16\" (chosen below)", Assert.Single(refused.ErrorSummary));

        var drawn = await lead.PostFileAsync($"/inspections/{id}/sampling", new(CaseSupervision) { ["encoding"] = "utf-16" }, "population", "unicode.csv", utf16);
        Assert.Equal(302, drawn.Status);
        var sample = await web.Store.Samples.LoadAsync(Assert.Single(await web.Store.Samples.ListAsync(id)).Id);
        Assert.Equal(97, sample.Cases.Count(c => c.Role == DrawnRole.Sample));
    }

    [Fact]
    public async Task An_encoding_that_is_not_one_of_the_choices_is_refused()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var lead = await web.SignInAsync("demo.lead");

        var response = await lead.PostFileAsync($"/inspections/{id}/sampling", new(CaseSupervision) { ["encoding"] = "ebcdic" }, "population", "c.csv", Caseload);

        Assert.Equal(["Select the text encoding the extract was saved in"], response.ErrorSummary);
        Assert.Empty(await web.Store.Samples.ListAsync(id));
    }

    [Fact]
    public async Task An_xlsx_extract_is_drawn_from_its_first_sheet_as_the_same_csv_would_be()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var lead = await web.SignInAsync("demo.lead");

        var response = await lead.PostFileAsync($"/inspections/{id}/sampling", CaseSupervision, "population", "caseload.xlsx", Workbook(Caseload));

        Assert.Equal(302, response.Status);
        var sample = await web.Store.Samples.LoadAsync(Assert.Single(await web.Store.Samples.ListAsync(id)).Id);
        Assert.Equal(97, sample.Cases.Count(c => c.Role == DrawnRole.Sample)); // as from the CSV (SamplingTests)
        Assert.Equal(20190916UL, DrawnSamples.Seed(sample));
    }

    // The CSV's rows as a workbook's first sheet, every cell an inline string.
    private static byte[] Workbook(byte[] csv)
    {
        using var bytes = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(bytes, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var line in Encoding.UTF8.GetString(csv).Split('\n', StringSplitOptions.RemoveEmptyEntries))
                data.Append(new Row(line.Split(',').Select(v => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v)) })));
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Caseload" }));
        }
        return bytes.ToArray();
    }

    /// <summary>A multipart-looking body of <paramref name="length"/> bytes made as it is sent, counting what the server took.</summary>
    private sealed class CountingContent : HttpContent
    {
        private readonly long _length;

        public CountingContent(long length)
        {
            _length = length;
            Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=probity-boundary");
        }

        public long Sent { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'x');
            while (Sent < _length)
            {
                var n = (int)Math.Min(chunk.Length, _length - Sent);
                await stream.WriteAsync(chunk.AsMemory(0, n));
                Sent += n;
            }
        }

        protected override bool TryComputeLength(out long size)
        {
            size = _length;
            return true;
        }
    }
}
