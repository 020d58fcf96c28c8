using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;

namespace Probity.Core.Tests.Datasets;

/// <summary>The in-memory dataset: coded case columns, the answer grid and its notes, and the dataset's own guards.</summary>
public class DatasetModelTests
{
    [Fact]
    public void A_coded_column_stores_one_code_per_token()
    {
        var sex = CaseColumns.Sex;
        Assert.Equal("sex", sex.ToString());
        Assert.Equal([1, 2, 0, 0], new[] { "male", "female", "Male", "" }.Select(t => (int)sex.Code(t)));
        Assert.Null(sex.Token(0));
        Assert.Equal("female", sex.Token(2));
        Assert.Same(CaseColumns.Rosh, CaseColumns.Find("rosh"));
        Assert.Null(CaseColumns.Find("name"));
        Assert.Equal(Enumerable.Range(0, CaseColumns.All.Count), CaseColumns.All.Select(c => c.Ordinal));
        Assert.Equal(CaseColumns.All.Count, CaseColumns.All.Select(c => c.Name).Distinct().Count());
        Assert.Equal("need_thinking_behaviour", CaseColumns.OffendingFactors[6].Need.Name);
        Assert.Equal(["yes", "no", "na"], CaseColumns.OffendingFactors[0].Delivered.Values);
        Assert.Equal("disability_mental_illness", CaseColumns.DisabilityKinds[5].Column.Name);
    }

    [Fact]
    public void A_case_refuses_a_token_outside_the_vocabulary()
    {
        var record = new CaseRecord("C1");
        Assert.Equal("", record.Sample);
        record.Set(CaseColumns.Sex, "female");
        Assert.Equal("female", record.Get(CaseColumns.Sex));
        Assert.Equal(2, record.Code(CaseColumns.Sex));
        var e = Assert.Throws<ArgumentException>(() => record.Set(CaseColumns.Sex, "purple"));
        Assert.Equal("token", e.ParamName);
        Assert.StartsWith("\"purple\" is not a value of sex", e.Message);
        Assert.Equal("female", record.Get(CaseColumns.Sex));
        record.Set(CaseColumns.Sex, null);
        Assert.Null(record.Get(CaseColumns.Sex));
        record.Set(CaseColumns.Sample, "unpaid-work");
        Assert.Equal("unpaid-work", record.Sample);
    }

    [Fact]
    public void The_answer_grid_keeps_answers_and_notes_per_case_and_item()
    {
        var grid = new AnswerGrid(3, 4);
        grid[1, 2] = Judgement.No;
        grid[2, 0] = Judgement.Yes;
        Assert.Equal([0, 0, (byte)Judgement.No, 0], grid.Row(1).ToArray());
        Assert.Equal([(byte)Judgement.Yes, 0, 0, 0], grid.Row(2).ToArray());
        Assert.Equal(Judgement.NotRecorded, grid[0, 2]);
        grid.SetNote(1, 2, "why");
        grid.SetNote(2, 1, "other");
        Assert.Equal(("why", "other", null), (grid.Note(1, 2), grid.Note(2, 1), grid.Note(2, 2)));
        Assert.Equal(2, grid.NoteCount);
        var copy = grid.Clone();
        grid.SetNote(1, 2, "");
        grid.SetNote(2, 1, null);
        grid[1, 2] = Judgement.Yes;
        Assert.Equal(0, grid.NoteCount);
        Assert.Null(grid.Note(1, 2));
        Assert.Equal((3, 4, Judgement.No, "why", 2), (copy.CaseCount, copy.ItemCount, copy[1, 2], copy.Note(1, 2), copy.NoteCount));
        Assert.Equal(Judgement.Yes, copy[2, 0]);
    }

    [Fact]
    public void A_dataset_needs_one_grid_row_per_case_and_one_column_per_item()
    {
        var framework = FrameworkCatalog.Get("hmip-crc-2019");
        var manifest = new InspectionManifest { Framework = framework.Id, Provider = new ProviderInfo("P", ProviderType.CRC) };
        var a = new CaseRecord("A");
        a.Set(CaseColumns.Sample, "unpaid-work");
        var b = new CaseRecord("B");
        b.Set(CaseColumns.Sample, "case-supervision");
        List<CaseRecord> cases = [a, b, new CaseRecord("C")];
        var items = framework.Questions.Count;
        foreach (var (rows, columns) in new[] { (2, items), (3, items - 1), (4, items) })
        {
            var e = Assert.Throws<ArgumentException>(() => new InspectionDataset(framework, manifest, cases, new AnswerGrid(rows, columns)));
            Assert.Equal("the answer grid must have one row per case and one column per answerable item", e.Message);
        }
        var dataset = new InspectionDataset(framework, manifest, cases, new AnswerGrid(3, items));
        Assert.Equal((0, 1, 2, (int?)null), (dataset.IndexOf("A"), dataset.IndexOf("B"), dataset.IndexOf("C"), dataset.IndexOf("D")));
        Assert.Equal((1, 1, 0), (dataset.CountInSample("unpaid-work"), dataset.CountInSample("case-supervision"), dataset.CountInSample("through-the-gate")));
        Assert.Empty(dataset.Interviews);
    }

    [Fact]
    public void A_problem_prints_with_or_without_its_line()
    {
        Assert.Equal("cases.csv:4: bad", new DatasetProblem("cases.csv", 4, "bad").ToString());
        Assert.Equal("cases.csv: bad", new DatasetProblem("cases.csv", null, "bad").ToString());
    }

    [Fact]
    public void Status_names_for_people()
    {
        Assert.Equal(["Planned", "Fieldwork", "Quality assurance", "Ratings panel", "Drafting", "Factual accuracy", "Published"],
            Enum.GetValues<InspectionStatus>().Select(s => s.DisplayName()));
        Assert.True(InspectionStatusNames.TryParse("ratings-panel", out var s));
        Assert.Equal(InspectionStatus.RatingsPanel, s);
        Assert.Equal("ratings-panel", s.Token());
        Assert.False(InspectionStatusNames.TryParse("Ratings panel", out _));
    }

    [Fact]
    public void Interview_questions_are_found_by_column()
    {
        Assert.Equal("ro.workloadManageable", InterviewQuestions.Find("workload_manageable")!.MetricId);
        Assert.Null(InterviewQuestions.Find("ro.workloadManageable"));
        Assert.Equal(10, InterviewQuestions.All.Count);
    }
}
