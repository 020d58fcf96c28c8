using static Probity.Reports.Tests.Northumbria;

namespace Probity.Reports.Tests;

/// <summary>The Northumbria example's HTML report against the published figures (tests/fixtures/northumbria-2019-published.json).</summary>
public class NorthumbriaHtmlTests
{
    private static HtmlPage Page => Example.Document;
    private static Published Published => Published.Northumbria;

    [Fact]
    public void Ratings_page_shows_every_published_rating_the_score_and_the_overall_rating()
    {
        var ratings = Page.Document.QuerySelector("#ratings")!;
        Assert.Equal(Published.Score, ratings.QuerySelector(".ratings-score")!.TextContent);
        Assert.Equal(Published.Overall, ratings.QuerySelector(".ratings-overall")!.TextContent);
        foreach (var s in Published.Standards)
        {
            var row = ratings.QuerySelector($"tr[data-item='{s.Id}']")!;
            Assert.Equal($"{s.Id} {s.Name}", HtmlPage.Text(row.QuerySelector("th")!));
            Assert.Equal(s.Rating, row.QuerySelector("td")!.TextContent);
        }
        Assert.Equal(["1. Organisational delivery", "2. Case supervision", "4. CRC-specific work"],
            ratings.QuerySelectorAll("h3").Select(HtmlPage.Text));
    }

    [Fact]
    public void Every_standard_prints_its_previous_and_current_rating()
    {
        foreach (var s in Published.Standards)
        {
            var cells = Page.Cells($"rating-{s.Id}", s.Id);
            Assert.Equal(s.PreviousRating, cells["Previous inspection"].TextContent, ignoreCase: true); // the print has "Requires Improvement" once (§11 row 9)
            Assert.Equal(s.Rating, cells["Current inspection"].TextContent);
        }
    }

    [Fact]
    public void Every_key_question_table_shows_the_published_percentages()
    {
        foreach (var s in Published.Standards.Where(s => s.KeyQuestions.Count > 0))
        {
            var table = $"key-questions-{s.Id}";
            var columns = Page.Columns(table);
            var printsComparisons = s.KeyQuestions.Any(k => k.PreviousPct is not null || k.AllCrcsPct is not null);
            Assert.Equal(printsComparisons ? ["Previous inspection", "Current inspection", "All CRCs"] : ["Current inspection"], columns);
            foreach (var k in s.KeyQuestions)
            {
                var cells = Page.Cells(table, k.Id);
                if (k.QualitativeOnly)
                {
                    Assert.Equal("This question produces qualitative evidence only.", HtmlPage.Text(cells["Current inspection"]));
                    continue;
                }
                Assert.Equal(Percent(k.Pct), HtmlPage.Text(cells["Current inspection"]));
                if (!printsComparisons) continue;
                Assert.Equal(Percent(k.PreviousPct), HtmlPage.Text(cells["Previous inspection"]));
                Assert.Equal(Percent(k.AllCrcsPct), HtmlPage.Text(cells["All CRCs"]));
            }
        }
    }

    [Fact] // R7: the lowest current value of each case-based standard, and only it, is bold
    public void The_lowest_key_question_of_each_standard_is_bold()
    {
        foreach (var s in Published.Standards.Where(s => s.KeyQuestions.Count > 0))
        {
            var lowest = s.KeyQuestions.Where(k => k.Pct is not null).Min(k => k.Pct);
            foreach (var k in s.KeyQuestions.Where(k => k.Pct is not null))
            {
                var current = Page.Cells($"key-questions-{s.Id}", k.Id)["Current inspection"];
                Assert.Equal(k.Pct == lowest, current.QuerySelector("strong") is not null);
            }
        }
    }

    [Fact] // R12–R13: the panel's decision is footnoted on the value it moved, in the published words
    public void A_discretion_footnote_sits_on_the_lowest_value_of_each_moved_standard_and_nowhere_else()
    {
        foreach (var s in Published.Standards.Where(s => s.KeyQuestions.Count > 0))
        {
            var table = Page.Table($"key-questions-{s.Id}");
            var notes = table.QuerySelectorAll("td").SelectMany(HtmlPage.Notes).Select(Page.Note).ToList();
            if (s.Adjustment is not { } a)
            {
                Assert.Empty(notes);
                continue;
            }
            var cell = Page.Cells($"key-questions-{s.Id}", a.On)["Current inspection"];
            Assert.Equal([a.Text], HtmlPage.Notes(cell).Select(Page.Note));
            Assert.Equal([a.Text], notes);
        }
    }

    [Fact]
    public void Annex_4_shows_every_prompt_with_the_previous_inspection_beside_it()
    {
        var prompts = Published.Standards.SelectMany(s => s.KeyQuestions).SelectMany(k => k.Prompts).ToList();
        Assert.Equal(76, prompts.Count);
        foreach (var p in prompts)
        {
            var cells = Page.Cells("inspection-data", p.Id);
            if (p.Quirk is not null)
            {
                // §11 row 1: the print transposed 4.2.2.a; the report prints the canonical form from the data.
                Assert.Equal($"{Example.Rating.Items[p.Id].Percent}%", HtmlPage.Text(cells["Current inspection"]));
                Assert.Equal(NoComparableData, HtmlPage.Text(cells["Previous inspection"]));
                continue;
            }
            Assert.Equal(Percent(p.Pct), HtmlPage.Text(cells["Current inspection"]));
            Assert.Equal(p.PreviousComparable ? Percent(p.PreviousPct) : NoComparableData, HtmlPage.Text(cells["Previous inspection"]));
            var label = Page.Row("inspection-data", p.Id).QuerySelector("th")!;
            var methodological = HtmlPage.Notes(label).Select(Page.Note).Contains(
                "Comparable data between the previous and current inspection are not available. This is due to a methodological change.");
            Assert.Equal(!p.PreviousComparable || p.Quirk is not null, methodological);
        }
    }

    [Fact]
    public void Annex_4_follows_the_framework_order_and_leaves_out_the_qualitative_question()
    {
        var items = Page.Table("inspection-data").QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-item")).ToList();
        Assert.Equal("2.1", items[0]);
        Assert.Equal("2.1.1", items[1]);
        Assert.Equal("2.1.1.a", items[2]);
        Assert.DoesNotContain("4.1.3", items);
        Assert.Equal("4.2.3.c", items[^1]);
    }

    [Fact]
    public void Key_data_tables_print_the_published_figures()
    {
        foreach (var table in Published.Root.GetProperty("keyData").EnumerateArray())
        {
            var id = table.GetProperty("id").GetString()!;
            var columns = table.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
            Assert.Equal(columns, Page.Columns(id));
            foreach (var row in table.GetProperty("rows").EnumerateArray())
            {
                var label = row.GetProperty("label").GetString()!;
                var cells = Page.Cells(id, label);
                var values = row.GetProperty("values").EnumerateArray().ToList();
                for (var i = 0; i < columns.Count; i++)
                {
                    var text = row.TryGetProperty("valueText", out var vt) ? vt[i].GetString() : null;
                    var expected = values[i].ValueKind == System.Text.Json.JsonValueKind.Null ? text! : values[i].GetDecimal().ToString("#,0.##");
                    Assert.StartsWith(expected, HtmlPage.Text(cells[columns[i]]));
                }
            }
        }
        Assert.Contains("In 16 per cent of cases, there was no clear record of whether child safeguarding issues were present.", Example.Html);
        Assert.Contains("in our inspections of all CRCs between June 2018 and June 2019, 63 per cent of probation officers and 56 per cent of probation service officers", Example.Html);
    }

    [Fact] // "six", "two", "four", "eight" in words (§8.4)
    public void Recommendation_sentences_are_generated_from_the_counts()
    {
        var text = HtmlPage.Text(Page.Document.QuerySelector("#recommendations")!);
        Assert.Contains("In our previous inspection report, we made six recommendations to the CRC. During this inspection, we investigated the extent to "
            + "which these recommendations have been achieved. We found that sufficient progress has been made on two of the recommendations, and the "
            + "remaining four have seen some progress.", text);
        Assert.Contains("we have made eight recommendations that we believe, if implemented, will have a positive impact", text);
        Assert.Equal(4, Count(text, "The CRC has made some progress on this recommendation."));
        Assert.Equal(2, Count(text, "The CRC has made sufficient progress on this recommendation."));
        var repeated = Page.Document.QuerySelectorAll("ol.recommendations.new li").Where(li => li.QuerySelector(".repeated") is not null)
            .Select(li => li.GetAttribute("value")).ToList();
        Assert.Equal(["3"], repeated);
        Assert.EndsWith("thematically.", Page.Document.QuerySelectorAll("ol.recommendations.new li").Last().TextContent.Trim());
    }

    [Fact] // R21: no counts are held for the previous inspection or all CRCs, so nothing may be called significant
    public void Nothing_is_marked_significant_without_counts()
    {
        Assert.Empty(Page.Document.QuerySelectorAll("td.significant"));
        Assert.DoesNotContain("statistically significant", string.Join(" ", Example.Report.AllNotes.Values));
        Assert.Contains(Example.Report.Warnings, w => w.Contains("executive-summary:2:strengths") && w.Contains("R21"));
    }

    [Fact]
    public void The_sample_paragraphs_and_methodology_use_the_inspection_s_own_counts()
    {
        var body = Page.BodyText;
        Assert.Contains("We inspected 68 community sentence cases and 29 post-release supervision cases. We interviewed 62 responsible officers and 6 service users", body);
        Assert.Contains("In the 85 cases where there were factors related to harm", body);
        Assert.Contains("We inspected the management of 25 unpaid work requirements", body);
        Assert.Contains("We also observed two induction sessions and seven work parties", body);
        Assert.Contains("We inspected the management of 11 cases where the CRC had delivered pre-release Through the Gate", body);
        var methodology = HtmlPage.Text(Page.Document.QuerySelector("#annex-2")!);
        Assert.Contains("we interviewed 62 individual responsible officers", methodology);
        Assert.Contains("In total, we conducted 35 meetings", methodology);
        Assert.Contains("We examined 97 cases.", methodology);
        Assert.Contains("the harm sub-sample held 85 of the 97 case supervision cases", methodology);
        var notes = Example.Report.Methodology.Notes.Select(n => n.Text).ToList();
        Assert.Contains("The required sample size was 30; however, fewer requirements were made in the two-week period and so we inspected 100 per cent of the requirements made.", notes);
        Assert.Contains("The required sample size was 20; however, fewer cases were released in the relevant four-week period and so we inspected 100 per cent of the available releases.", notes);
    }

    [Fact]
    public void Each_case_based_standard_has_a_chart_of_its_key_questions()
    {
        foreach (var s in Published.Standards.Where(s => s.KeyQuestions.Count > 0))
        {
            var bars = Page.Document.QuerySelectorAll($"#standard-{s.Id.Replace(".", "\\.")} svg g.bar").ToList();
            var expected = s.KeyQuestions.Where(k => k.Pct is not null).ToList();
            Assert.Equal(expected.Select(k => k.Id), bars.Select(b => b.GetAttribute("data-item")));
            Assert.Equal(expected.Select(k => $"{k.Pct}%"), bars.Select(b => b.QuerySelectorAll("text").Last().TextContent));
        }
    }

    [Fact]
    public void Every_contents_entry_points_at_a_section_of_the_report()
    {
        var anchors = Page.Document.QuerySelectorAll(".contents-list a").Select(a => a.GetAttribute("href")![1..]).ToList();
        Assert.Equal(13, anchors.Count);
        foreach (var a in anchors) Assert.NotNull(Page.Document.GetElementById(a));
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
