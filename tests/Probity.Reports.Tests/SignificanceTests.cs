using Probity.Core.Datasets;
using Probity.Core.Rules;
using Probity.Core.Statistics;

namespace Probity.Reports.Tests;

/// <summary>R20–R21 in the printed report: "significant" exactly where the z-test at 0.1 passes, and nowhere else.</summary>
public class SignificanceTests
{
    // Previous yes-counts as a shift from the current count over the same denominator: some far enough to pass the test, some not.
    private static readonly int[] Shifts = [-25, -3, 18, 0, 2, -14, 30, -1, 9, -20, 4, 12];

    [Fact]
    public void Key_question_values_are_marked_exactly_where_the_z_test_passes()
    {
        var plain = Synthetic.Dataset();
        var current = Synthetic.Rate(plain).Items;
        var kqs = Synthetic.F2019.Domains.Single(d => d.Key == "2").Standards.SelectMany(s => s.KeyQuestions).Select(k => k.Id).ToList();
        var previous = kqs.Select((id, i) => (id, current[id], Shift: Shifts[i % Shifts.Length]))
            .ToDictionary(x => x.id, x => new ComparisonFigure { Yes = Math.Clamp(x.Item2.Yes + x.Shift, 0, x.Item2.Answered), Answered = x.Item2.Answered });
        var dataset = Synthetic.Dataset(m => m with
        {
            PreviousInspection = new PreviousInspection { Framework = "hmip-crc-2018", Year = 2018, Results = previous },
        });
        var report = Synthetic.Report(dataset);
        var page = Synthetic.Html(report);

        var expected = kqs.Where(id => Comparisons.IsComparableWithPrevious(Synthetic.F2019, id, "hmip-crc-2018")
                && TwoProportionZTest.Test(previous[id].Yes!.Value, previous[id].Answered!.Value, current[id].Yes, current[id].Answered, Synthetic.F2019.Significance).Significant)
            .ToList();
        Assert.InRange(expected.Count, 2, kqs.Count - 2); // the shifts make some pass and some fail
        var marked = kqs.Where(id =>
        {
            var cell = page.Cells($"key-questions-{id[..3]}", id)["Current inspection"];
            var says = HtmlPage.Notes(cell).Select(page.Note).Any(n => n.Contains("statistically significant"));
            Assert.Equal(cell.ClassList.Contains("significant"), says);
            return says;
        }).ToList();
        Assert.Equal(expected, marked);
    }

    [Fact]
    public void A_prompt_is_marked_in_annex_4_only_when_comparable_and_significant()
    {
        var plain = Synthetic.Dataset();
        var current = Synthetic.Rate(plain).Items;
        // 2.2.1.c is comparable with 2018; 2.1.1.b is not (R22), so even a large difference is not tested.
        var results = new Dictionary<string, ComparisonFigure>
        {
            ["2.2.1.c"] = new() { Yes = Math.Max(0, current["2.2.1.c"].Yes - 30), Answered = current["2.2.1.c"].Answered },
            ["2.1.1.b"] = new() { Yes = Math.Max(0, current["2.1.1.b"].Yes - 30), Answered = current["2.1.1.b"].Answered },
        };
        var page = Synthetic.Html(Synthetic.Report(Synthetic.Dataset(m => m with
        {
            PreviousInspection = new PreviousInspection { Framework = "hmip-crc-2018", Results = results },
        })));
        Assert.Contains("significant", page.Cells("inspection-data", "2.2.1.c")["Current inspection"].ClassList);
        Assert.DoesNotContain("significant", page.Cells("inspection-data", "2.1.1.b")["Current inspection"].ClassList);
        Assert.Equal("No comparable data available", HtmlPage.Text(page.Cells("inspection-data", "2.1.1.b")["Previous inspection"]));
        Assert.Single(page.Document.QuerySelectorAll("td.significant"));
    }

    [Fact]
    public void Narrative_that_says_significant_is_accepted_only_beside_a_passing_test()
    {
        var plain = Synthetic.Dataset();
        var current = Synthetic.Rate(plain).Items["2.2.1"];
        Dictionary<string, string> Narrative() => new() { ["key-question:2.2.1"] = "Planning has improved significantly since our last inspection." };
        InspectionDataset With(int previousYes) => Synthetic.Dataset(m => m with
        {
            Narrative = Narrative(),
            PreviousInspection = new PreviousInspection
            {
                Framework = "hmip-crc-2018",
                Results = new Dictionary<string, ComparisonFigure> { ["2.2.1"] = new() { Yes = previousYes, Answered = current.Answered } },
            },
        });
        Assert.DoesNotContain(Synthetic.Report(With(Math.Max(0, current.Yes - 30))).Warnings, w => w.Contains("R21"));
        Assert.Contains(Synthetic.Report(With(current.Yes)).Warnings, w => w.Contains("key-question:2.2.1") && w.Contains("R21"));
    }
}
