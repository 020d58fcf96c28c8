using System.Text.RegularExpressions;
using static Probity.Reports.Tests.Northumbria;

namespace Probity.Reports.Tests;

/// <summary>The Northumbria report as printed to PDF by Chromium, checked through pdftotext against the published figures.</summary>
public class NorthumbriaPdfTests(NorthumbriaPdf pdf) : IClassFixture<NorthumbriaPdf>
{
    private static Published Published => Published.Northumbria;

    [Fact]
    public void The_contents_page_gives_the_page_each_section_starts_on()
    {
        var contentsPage = pdf.Text.Pages.Single(p => PdfText.NonEmptyLines(p).FirstOrDefault() == "Contents");
        var lines = PdfText.NonEmptyLines(contentsPage);
        foreach (var entry in Example.Report.Contents)
        {
            var line = lines.Single(l => l.StartsWith(entry.Title, StringComparison.Ordinal));
            var page = int.Parse(Regex.Match(line, @"(\d+)$").Groups[1].Value);
            var first = PdfText.NonEmptyLines(pdf.Text.Pages[page - 1])[0];
            Assert.True(first.StartsWith(entry.Title, StringComparison.Ordinal), $"contents says {entry.Title} starts on page {page}, which starts \"{first}\"");
        }
    }

    [Fact]
    public void Every_page_is_numbered_in_its_footer()
    {
        Assert.True(pdf.Text.Pages.Count > 30);
        for (var i = 0; i < pdf.Text.Pages.Count; i++)
            Assert.Equal((i + 1).ToString(), PdfText.NonEmptyLines(pdf.Text.Pages[i])[^1]);
    }

    [Fact]
    public void The_ratings_page_shows_every_published_rating_the_score_and_the_overall_rating()
    {
        var page = pdf.Text.Pages.Single(p => PdfText.NonEmptyLines(p).FirstOrDefault() == "Ratings");
        var lines = PdfText.NonEmptyLines(page).Select(PdfText.Collapse).ToList();
        Assert.Contains(Published.Score, lines);
        Assert.Contains(Published.Overall, lines);
        foreach (var s in Published.Standards)
            Assert.Contains($"{s.Id} {s.Name} {s.Rating}", lines);
    }

    [Fact]
    public void Every_key_question_percentage_is_printed_beside_its_comparisons()
    {
        var lines = pdf.Text.Lines;
        foreach (var s in Published.Standards.Where(s => s.KeyQuestions.Count > 0))
        {
            var standard = Example.Dataset.Framework.FindStandard(s.Id)!;
            var cursor = IndexOf(lines, 0, $"for {Model.KeyQuestionTables.Topic(standard)} is based on the following");
            foreach (var k in s.KeyQuestions)
            {
                var title = standard.KeyQuestions.Single(q => q.Id == k.Id).Title;
                cursor = IndexOf(lines, cursor + 1, FirstWords(title), valuesOnLine: true);
                if (k.QualitativeOnly)
                {
                    Assert.Contains("This question", lines[cursor].Line);
                    continue;
                }
                var comparisons = k.PreviousPct is not null || k.AllCrcsPct is not null || s.Id == "2.4";
                string[] expected = comparisons ? [Token(k.PreviousPct), $"{k.Pct}%", Token(k.AllCrcsPct)] : [$"{k.Pct}%"];
                AssertValues(lines[cursor].Line, expected, $"{k.Id} on page {lines[cursor].Page}");
            }
        }
    }

    [Fact]
    public void Every_annex_prompt_percentage_is_printed_beside_the_previous_inspection_s()
    {
        var lines = pdf.Text.Lines;
        var framework = Example.Dataset.Framework;
        var cursor = IndexOf(lines, IndexOf(lines, 0, "Annex 4: Inspection data") + 1, "Annex 4: Inspection data");
        foreach (var p in Published.Standards.SelectMany(s => s.KeyQuestions).SelectMany(k => k.Prompts))
        {
            cursor = IndexOf(lines, cursor + 1, FirstWords(framework.FindPrompt(p.Id)!.Text), valuesOnLine: true);
            string[] expected = p.Quirk is not null
                ? ["No", $"{Example.Rating.Items[p.Id].Percent}%"] // §11 row 1: canonical, from the data
                : [p.PreviousComparable ? Token(p.PreviousPct) : "No", $"{p.Pct}%"];
            AssertValues(lines[cursor].Line, expected, $"{p.Id} on page {lines[cursor].Page}");
        }
    }

    [Fact]
    public void The_discretion_footnotes_are_printed_in_the_published_words()
    {
        var text = PdfText.Collapse(string.Join(" ", pdf.Text.Pages));
        foreach (var s in Published.Standards.Where(s => s.Adjustment is not null))
            Assert.Contains(s.Adjustment!.Value.Text, text);
    }

    [Fact]
    public void The_printed_pdf_names_every_contents_entry_as_a_destination()
    {
        var destinations = Pdf.PdfDestinations.Pages(pdf.Bytes);
        Assert.All(Example.Report.Contents, c => Assert.True(destinations.ContainsKey(c.Anchor), c.Anchor));
        Assert.Equal(pdf.Text.Pages.Count, Pdf.PdfDestinations.PageCount(pdf.Bytes));
    }

    private static string Token(int? percent) => percent is { } p ? $"{p}%" : "No";

    // The first line of a wrapped label holds at least its first four words; searching on from the last match keeps
    // labels that begin alike ("Are written reviews completed …") in their own rows.
    private static string FirstWords(string text) => string.Join(' ', text.Split(' ').Take(4));

    // valuesOnLine skips heading rows (a key question's heading in Annex 4 begins like its prompts).
    private static int IndexOf(IReadOnlyList<(int Page, string Line)> lines, int from, string part, bool valuesOnLine = false)
    {
        for (var i = from; i < lines.Count; i++)
            if (PdfText.Collapse(lines[i].Line).Contains(part, StringComparison.Ordinal) && (!valuesOnLine || Regex.Split(lines[i].Line.Trim(), @"\s{2,}").Length > 1))
                return i;
        throw new Xunit.Sdk.XunitException($"\"{part}\" is not in the PDF after line {from}");
    }

    // pdftotext -layout keeps table columns apart by two spaces or more: the last cells of a row's first line are its
    // values, each possibly followed by its footnote marker ("48% 35"); "No comparable data available" wraps to "No".
    private static void AssertValues(string line, IReadOnlyList<string> expected, string what)
    {
        var cells = Regex.Split(line.Trim(), @"\s{2,}");
        var values = cells.TakeLast(expected.Count).ToList();
        var ok = cells.Length > expected.Count && expected.Zip(values).All(p => p.Second == p.First || p.Second.StartsWith(p.First + " ", StringComparison.Ordinal));
        Assert.True(ok, $"{what}: expected {string.Join(" | ", expected)} at the end of \"{line.Trim()}\"");
    }
}
