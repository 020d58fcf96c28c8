using Probity.Core.Datasets;
using Probity.Data.Datasets;
using Probity.Core.Tests;
using Probity.Data.Tests.Infrastructure;

namespace Probity.Data.Tests;

public abstract partial class StoreSuite
{
    [Fact]
    public async Task Northumbria_comes_back_identical_from_the_store_and_through_an_exported_folder()
    {
        var store = await NewStoreAsync();
        var original = TestDatasets.Northumbria();
        var id = await store.Get<DatasetStore>().ImportAsync(original, Lead);

        DatasetComparison.AssertSame(original, await store.Get<DatasetStore>().LoadAsync(id));
        var folder = TempFolder();
        await store.Get<DatasetStore>().ExportAsync(id, folder);
        var exported = TestDatasets.Parse(folder);
        DatasetComparison.AssertSame(original, exported);

        var again = await store.Get<DatasetStore>().ImportAsync(exported, Lead);
        Assert.NotEqual(id, again);
        DatasetComparison.AssertSame(original, await store.Get<DatasetStore>().LoadAsync(again));
    }

    [Theory] // the other formats: a PDU inspection with a standard not inspected, and an unrated area inspection
    [InlineData("redcar-cleveland-middlesbrough-2022")]
    [InlineData("cumbria-2017")]
    public async Task The_other_example_inspections_round_trip(string example)
    {
        var store = await NewStoreAsync();
        var original = TestDatasets.Parse(RepositoryPaths.Of("examples", example));
        var id = await store.Get<DatasetStore>().ImportAsync(original, Lead);
        DatasetComparison.AssertSame(original, await store.Get<DatasetStore>().LoadAsync(id));
        var folder = TempFolder();
        await store.Get<DatasetStore>().ExportAsync(id, folder);
        DatasetComparison.AssertSame(original, TestDatasets.Parse(folder));
    }

    [Fact]
    public async Task A_dataset_with_every_block_and_evidence_file_filled_round_trips()
    {
        var store = await NewStoreAsync();
        var original = TestDatasets.Full();
        Assert.True(original.Answers.NoteCount > 0);
        var id = await store.Get<DatasetStore>().ImportAsync(original, Lead);

        var folder = TempFolder();
        await store.Get<DatasetStore>().ExportAsync(id, folder);
        foreach (var file in new[] { "interviews.csv", "meetings.csv", "practice-examples.csv" }) Assert.True(File.Exists(Path.Combine(folder, file)), file);
        var exported = TestDatasets.Parse(folder);
        DatasetComparison.AssertSame(original, exported);
        DatasetComparison.AssertSame(original, await store.Get<DatasetStore>().LoadAsync(await store.Get<DatasetStore>().ImportAsync(exported, Lead)));
    }

    [Fact]
    public async Task An_import_that_fails_part_way_leaves_nothing_behind()
    {
        var store = await NewStoreAsync();
        await store.Get<DatasetStore>().ImportAsync(TestDatasets.Northumbria(), Lead);
        var before = await DatabaseFingerprint.TakeAsync(store.Location);
        var broken = TestDatasets.Full();
        // The last rows written refer to a case that does not exist: everything before them must be rolled back.
        broken = new InspectionDataset(broken.Framework, broken.Manifest, broken.Cases, broken.Answers)
        {
            PracticeExamples = [new PracticeExample("NO-SUCH-CASE", "2.1", PracticeKind.Good, "text")],
        };

        await Assert.ThrowsAnyAsync<Exception>(() => store.Get<DatasetStore>().ImportAsync(broken, Lead));

        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(store.Location));
    }

    [Fact]
    public async Task A_cancelled_import_leaves_nothing_behind_and_progress_counts_every_case()
    {
        var store = await NewStoreAsync();
        var before = await DatabaseFingerprint.TakeAsync(store.Location);
        var dataset = TestDatasets.Full(caseSupervision: 5000);
        using var cancel = new CancellationTokenSource();
        var reports = new List<ImportProgress>();
        var progress = new Reporter(p =>
        {
            reports.Add(p);
            if (p.Stage == "cases" && p.Done >= 2000) cancel.Cancel();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.Get<DatasetStore>().ImportAsync(dataset, Lead, progress, cancel.Token));
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(store.Location));
        Assert.Contains(reports, r => r.Stage == "cases" && r.Total == dataset.Cases.Count);

        reports.Clear();
        await store.Get<DatasetStore>().ImportAsync(dataset, Lead, new Reporter(reports.Add));
        Assert.Equal(dataset.Cases.Count, reports.Where(r => r.Stage == "cases").Max(r => r.Done));
    }

    [Fact]
    public async Task Answers_are_stored_one_row_per_case_packed_in_framework_item_order()
    {
        var store = await NewStoreAsync();
        var dataset = TestDatasets.Northumbria();
        var id = await store.Get<DatasetStore>().ImportAsync(dataset, Lead);
        var raw = await RawQueryAsync(store.Location, $"select case_ref, answers from cases where inspection_id = {id} order by ordinal");
        Assert.Equal(dataset.Cases.Count, raw.Count);
        for (var c = 0; c < dataset.Cases.Count; c++)
        {
            Assert.Equal(dataset.Cases[c].CaseId, raw[c][0]);
            Assert.Equal(dataset.Answers.Row(c).ToArray(), (byte[])raw[c][1]!);
        }
    }

    [Fact]
    public async Task Every_case_attribute_and_interview_question_of_Core_has_its_own_column()
    {
        var store = await NewStoreAsync();
        var cases = await ColumnsAsync(store.Location, "cases");
        foreach (var column in CaseColumns.All) Assert.Contains(column.Name, cases);
        var interviews = await ColumnsAsync(store.Location, "officer_interviews");
        foreach (var question in InterviewQuestions.All) Assert.Contains(question.Column, interviews);
    }

    private sealed class Reporter(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
