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
        var id = await store.Datasets.ImportAsync(original, Lead);

        DatasetComparison.AssertSame(original, await store.Datasets.LoadAsync(id));
        var folder = TempFolder();
        await store.Datasets.ExportAsync(id, folder);
        var exported = TestDatasets.Parse(folder);
        DatasetComparison.AssertSame(original, exported);

        var again = await store.Datasets.ImportAsync(exported, Lead);
        Assert.NotEqual(id, again);
        DatasetComparison.AssertSame(original, await store.Datasets.LoadAsync(again));
    }

    [Theory] // the other formats: a PDU inspection with a standard not inspected, and an unrated area inspection
    [InlineData("redcar-cleveland-middlesbrough-2022")]
    [InlineData("cumbria-2017")]
    public async Task The_other_example_inspections_round_trip(string example)
    {
        var store = await NewStoreAsync();
        var original = TestDatasets.Parse(RepositoryPaths.Of("examples", example));
        var id = await store.Datasets.ImportAsync(original, Lead);
        DatasetComparison.AssertSame(original, await store.Datasets.LoadAsync(id));
        var folder = TempFolder();
        await store.Datasets.ExportAsync(id, folder);
        DatasetComparison.AssertSame(original, TestDatasets.Parse(folder));
    }

    [Fact]
    public async Task A_dataset_with_every_block_and_evidence_file_filled_round_trips()
    {
        var store = await NewStoreAsync();
        var original = TestDatasets.Full();
        Assert.True(original.Answers.NoteCount > 0);
        var id = await store.Datasets.ImportAsync(original, Lead);

        var folder = TempFolder();
        await store.Datasets.ExportAsync(id, folder);
        foreach (var file in new[] { "interviews.csv", "meetings.csv", "practice-examples.csv" }) Assert.True(File.Exists(Path.Combine(folder, file)), file);
        var exported = TestDatasets.Parse(folder);
        DatasetComparison.AssertSame(original, exported);
        DatasetComparison.AssertSame(original, await store.Datasets.LoadAsync(await store.Datasets.ImportAsync(exported, Lead)));
    }

    [Fact]
    public async Task An_import_that_fails_part_way_leaves_nothing_behind()
    {
        var store = await NewStoreAsync();
        await store.Datasets.ImportAsync(TestDatasets.Northumbria(), Lead);
        var before = await DatabaseFingerprint.TakeAsync(store.Location);
        var broken = TestDatasets.Full();
        // The last rows written refer to a case that does not exist: everything before them must be rolled back.
        broken = new InspectionDataset(broken.Framework, broken.Manifest, broken.Cases, broken.Answers)
        {
            PracticeExamples = [new PracticeExample("NO-SUCH-CASE", "2.1", PracticeKind.Good, "text")],
        };

        await Assert.ThrowsAnyAsync<Exception>(() => store.Datasets.ImportAsync(broken, Lead));

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

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.Datasets.ImportAsync(dataset, Lead, progress, cancel.Token));
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(store.Location));
        Assert.Contains(reports, r => r.Stage == "cases" && r.Total == dataset.Cases.Count);

        reports.Clear();
        await store.Datasets.ImportAsync(dataset, Lead, new Reporter(reports.Add));
        Assert.Equal(dataset.Cases.Count, reports.Where(r => r.Stage == "cases").Max(r => r.Done));
    }

    [Fact]
    public async Task Answers_are_stored_one_row_per_case_packed_in_framework_item_order()
    {
        var store = await NewStoreAsync();
        var dataset = TestDatasets.Northumbria();
        var id = await store.Datasets.ImportAsync(dataset, Lead);
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

    [Fact]
    public async Task Opening_again_applies_no_migration_and_the_schema_version_is_recorded()
    {
        var location = await NewDatabaseAsync();
        var first = await ProbityStore.OpenAsync(location);
        Assert.Equal(["0001_initial", "0002_national_analysis"], first.AppliedAtOpen.Select(m => m.Name));
        Assert.Empty((await ProbityStore.OpenAsync(location)).AppliedAtOpen);
        Assert.Empty(await ProbityStore.MigrateAsync(location));
        var versions = await RawQueryAsync(location, "select version, name from schema_version order by version");
        Assert.Equal(first.SchemaVersion, Convert.ToInt32(versions[^1][0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(first.AppliedAtOpen.Count, versions.Count);
    }

    [Fact]
    public async Task A_database_newer_than_this_build_is_refused()
    {
        var location = await NewDatabaseAsync();
        await ProbityStore.OpenAsync(location);
        await RawExecuteAsync(location, "insert into schema_version (version, name, applied_at) values (99, '0099_future', '2030-01-01 00:00:00+00')");
        var e = await Assert.ThrowsAsync<StoreException>(() => ProbityStore.OpenAsync(location));
        Assert.Contains("newer than this Probity knows", e.Message);
    }

    private sealed class Reporter(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
