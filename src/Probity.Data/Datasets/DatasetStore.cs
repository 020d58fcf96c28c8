using Probity.Core.Datasets;
using Probity.Data.Analysis;
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
    private readonly Database _database;
    private readonly ProviderStore _providers;
    private readonly AuditLog _audit;
    private readonly TimeProvider _clock;

    internal DatasetStore(Database database, ProviderStore providers, AuditLog audit, TimeProvider clock)
    {
        _database = database;
        _providers = providers;
        _audit = audit;
        _clock = clock;
    }

    /// <summary>Stores a dataset that <see cref="DatasetParser"/> accepted; returns the new inspection's id.</summary>
    public Task<long> ImportAsync(InspectionDataset dataset, Actor actor, IProgress<ImportProgress>? progress = null, CancellationToken ct = default) =>
        _database.WriteAsync(session => ImportAsync(session, dataset, actor, progress, ct), ct);

    /// <summary>The import inside a caller's transaction (a review imports its PDU inspections with itself, all or nothing).</summary>
    internal async Task<long> ImportAsync(DbSession session, InspectionDataset dataset, Actor actor, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var total = dataset.Cases.Count;
        progress?.Report(new ImportProgress("inspection", 0, total));
        var providerId = await _providers.ResolveAsync(session, dataset.Manifest.Provider, actor, ct);
        var id = await InspectionRow.InsertAsync(session, dataset.Manifest, providerId, _clock.GetUtcNow(), ct);
        await ManifestRows.InsertAsync(session, id, dataset.Manifest, ct);
        var cases = progress is null ? null : new SynchronousProgress<int>(n => progress.Report(new ImportProgress("cases", n, total)));
        await session.Dialect.BulkWriter.WriteAsync(session, id, dataset, cases, ct);
        await InspectionCountsRows.WriteForImportAsync(session, id, dataset, ct);
        for (var i = 0; i < dataset.Interviews.Count; i++) await EvidenceRows.InsertInterviewAsync(session, id, i, dataset.Interviews[i], ct);
        for (var i = 0; i < dataset.Meetings.Count; i++) await EvidenceRows.InsertMeetingAsync(session, id, i, dataset.Meetings[i], ct);
        for (var i = 0; i < dataset.PracticeExamples.Count; i++) await EvidenceRows.InsertPracticeExampleAsync(session, id, i, dataset.PracticeExamples[i], ct);
        await InspectionRecordRows.InsertAsync(session, id, dataset.Manifest, ct);
        // One audit row for the whole import: six million answer rows would drown the log, and the dataset is its own record.
        await _audit.AppendAsync(session, actor, id, "inspection", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "import", null, new
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
    }

    /// <summary>The whole inspection as Core's in-memory model, ready for <see cref="Core.Rules.InspectionRater"/> or export.</summary>
    public Task<InspectionDataset> LoadAsync(long inspectionId, CancellationToken ct = default) =>
        _database.ReadAsync(session => DatasetRows.LoadAsync(session, inspectionId, ct), ct);

    /// <summary>Writes the inspection as a dataset folder (exchange format) at <paramref name="folder"/>, which must be new or empty.</summary>
    public async Task<InspectionDataset> ExportAsync(long inspectionId, string folder, CancellationToken ct = default)
    {
        var dataset = await LoadAsync(inspectionId, ct);
        DatasetFolder.Write(dataset, folder);
        return dataset;
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
