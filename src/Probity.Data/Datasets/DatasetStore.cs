using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Data.Audit;
using Probity.Data.Providers;
using Probity.Data.Sql;
using Probity.Exchange;

namespace Probity.Data.Datasets;

/// <summary>What an import has done so far: the stage, and cases written out of the total.</summary>
public sealed record ImportProgress(string Stage, int Done, int Total);

/// <summary>
/// Whole inspections in and out of the database: import a parsed <see cref="InspectionDataset"/> in one transaction (all
/// or nothing), and load one back as an <see cref="InspectionDataset"/> to rate it, report it or export it. Importing an
/// export gives back the same data.
/// </summary>
public sealed class DatasetStore
{
    private readonly ProbityStore _store;

    internal DatasetStore(ProbityStore store) => _store = store;

    /// <summary>Stores a dataset that <see cref="DatasetParser"/> accepted; returns the new inspection's id.</summary>
    public Task<long> ImportAsync(InspectionDataset dataset, Actor actor, IProgress<ImportProgress>? progress = null, CancellationToken ct = default) =>
        _store.WriteAsync(async s =>
        {
            var total = dataset.Cases.Count;
            progress?.Report(new ImportProgress("inspection", 0, total));
            var providerId = await ProviderStore.ResolveAsync(s, dataset.Manifest.Provider, actor, ct);
            var id = await InspectionRow.InsertAsync(s, dataset.Manifest, providerId, ct);
            await ManifestRows.InsertAsync(s, id, dataset.Manifest, ct);
            var cases = progress is null ? null : new SynchronousProgress<int>(n => progress.Report(new ImportProgress("cases", n, total)));
            await s.Dialect.BulkWriter.WriteAsync(s, id, dataset, cases, ct);
            await Analysis.CubeStore.WriteForImportAsync(s, id, dataset, ct);
            for (var i = 0; i < dataset.Interviews.Count; i++) await EvidenceRows.InsertInterviewAsync(s, id, i, dataset.Interviews[i], ct);
            for (var i = 0; i < dataset.Meetings.Count; i++) await EvidenceRows.InsertMeetingAsync(s, id, i, dataset.Meetings[i], ct);
            for (var i = 0; i < dataset.PracticeExamples.Count; i++) await EvidenceRows.InsertPracticeExampleAsync(s, id, i, dataset.PracticeExamples[i], ct);
            // One audit row for the whole import: six million answer rows would drown the log, and the dataset is its own record.
            await AuditLog.AppendAsync(s, actor, id, "inspection", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "import", null, new
            {
                dataset.Manifest.Reference,
                dataset.Manifest.Framework,
                Provider = dataset.Manifest.Provider.Name,
                Cases = dataset.Cases.Count,
                Answers = CountAnswers(dataset),
                Notes = dataset.Answers.NoteCount,
                dataset.Interviews.Count,
                MeetingCount = dataset.Meetings.Count,
                PracticeExamples = dataset.PracticeExamples.Count,
            }, ct);
            progress?.Report(new ImportProgress("commit", total, total));
            return id;
        }, ct);

    /// <summary>The whole inspection as Core's in-memory model, ready for <see cref="Core.Rules.InspectionRater"/> or export.</summary>
    public Task<InspectionDataset> LoadAsync(long inspectionId, CancellationToken ct = default) =>
        _store.ReadAsync(s => LoadAsync(s, inspectionId, ct), ct);

    /// <summary>Writes the inspection as a dataset folder (exchange format) at <paramref name="folder"/>, which must be new or empty.</summary>
    public async Task<InspectionDataset> ExportAsync(long inspectionId, string folder, CancellationToken ct = default)
    {
        var dataset = await LoadAsync(inspectionId, ct);
        DatasetFolder.Write(dataset, folder);
        return dataset;
    }

    internal static async Task<InspectionDataset> LoadAsync(DbSession s, long id, CancellationToken ct)
    {
        var manifest = await s.QuerySingleAsync($"{InspectionRow.SelectWithProvider} where i.id = @id", InspectionRow.Manifest, ct, ("id", id))
            ?? throw new RecordNotFoundException($"there is no inspection with id {id}");
        manifest = await ManifestRows.ReadAsync(s, id, manifest, ct);
        var framework = FrameworkCatalog.Find(manifest.Framework)
            ?? throw new StoreException($"inspection {id} uses framework \"{manifest.Framework}\", which this Probity does not know");
        var (cases, grid) = await ReadCasesAsync(s, id, framework, ct);
        var index = new Dictionary<string, int>(cases.Count);
        for (var c = 0; c < cases.Count; c++) index[cases[c].CaseId] = c;
        var items = framework.Questions.Items.ToDictionary(i => i.Id, i => i.Index);
        var notes = await s.QueryAsync("select case_ref, question, note from answer_notes where inspection_id = @id", r =>
            (Case: r.Required("case_ref"), Question: r.Required("question"), Note: r.Required("note")), ct, ("id", id));
        foreach (var n in notes) grid.SetNote(index[n.Case], items[n.Question], n.Note);
        return new InspectionDataset(framework, manifest, cases, grid)
        {
            Interviews = (await EvidenceRows.ReadInterviewsAsync(s, id, ct)).Select(i => i.Interview).ToList(),
            Meetings = (await EvidenceRows.ReadMeetingsAsync(s, id, ct)).Select(m => m.Meeting).ToList(),
            PracticeExamples = await EvidenceRows.ReadPracticeExamplesAsync(s, id, null, ct),
        };
    }

    private static async Task<(List<CaseRecord>, AnswerGrid)> ReadCasesAsync(DbSession s, long id, FrameworkVersion framework, CancellationToken ct)
    {
        var count = await s.ScalarAsync<int>("select count(*) from cases where inspection_id = @id", ct, ("id", id));
        var grid = new AnswerGrid(count, framework.Questions.Count);
        var cases = new List<CaseRecord>(count);
        var attributes = CaseTable.Attributes;
        await using var command = s.Command(
            $"select case_ref, {CaseTable.AttributeList}, ro_id, ro_caseload, extra_columns, answers from cases where inspection_id = @id order by ordinal",
            ("id", id));
        await using var r = await command.ExecuteReaderAsync(ct);
        var officer = attributes.Count + 1;
        while (await r.ReadAsync(ct))
        {
            var record = new CaseRecord(r.GetString(0));
            for (var a = 0; a < attributes.Count; a++)
                if (!r.IsDBNull(a + 1)) record.Set(attributes[a], r.GetString(a + 1));
            record.ResponsibleOfficer = r.IsDBNull(officer) ? null : r.GetString(officer);
            record.ResponsibleOfficerCaseload = r.IsDBNull(officer + 1) ? null : Convert.ToInt32(r.GetValue(officer + 1), System.Globalization.CultureInfo.InvariantCulture);
            record.ExtraColumns = CaseTable.ParseExtraColumns(r.IsDBNull(officer + 2) ? null : r.GetString(officer + 2));
            var answers = (byte[])r.GetValue(officer + 3);
            if (answers.Length != framework.Questions.Count)
                throw new StoreException($"case {record.CaseId} of inspection {id} has {answers.Length} answers stored but framework {framework.Id} has {framework.Questions.Count} items: " +
                    "a framework version's item order must never change once inspections use it");
            var c = cases.Count;
            for (var i = 0; i < answers.Length; i++) grid[c, i] = (Core.Ratings.Judgement)answers[i];
            cases.Add(record);
        }
        return (cases, grid);
    }

    private static long CountAnswers(InspectionDataset dataset)
    {
        long n = 0;
        for (var c = 0; c < dataset.Cases.Count; c++) n += dataset.Answers.Row(c).Length - dataset.Answers.Row(c).Count((byte)0);
        return n;
    }
}

/// <summary>Reports on the calling thread (Progress&lt;T&gt; posts to the thread pool and may report after the work has ended).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
