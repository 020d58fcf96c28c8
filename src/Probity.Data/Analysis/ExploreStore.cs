using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Text;
using Probity.Data.Datasets;
using Probity.Data.Sql;
using Probity.Explore.Engine;

namespace Probity.Data.Analysis;

/// <summary>
/// The explore engine's data for this database: the published inspections' answers in memory, kept as a snapshot file in the
/// data folder so that a restart loads in well under a second. Before each question one query reads every published
/// inspection's generation; if any moved, was published or withdrawn since, only those inspections are read again and the
/// snapshot is rewritten. So every instance of the web app answers from current data.
/// </summary>
public sealed class ExploreStore : IDisposable
{
    public const string SnapshotFileName = "explore.snapshot";

    private readonly Database _database;
    private readonly string _snapshot;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (ExploreData Data, SnapshotStamp Stamp)? _current;

    internal ExploreStore(Database database, TimeProvider time, string? snapshot = null)
    {
        _database = database;
        _snapshot = snapshot ?? SnapshotFor(database.Location);
        _time = time;
    }

    /// <summary>
    /// Beside the SQLite file (in PROBITY_DATA_DIR); for PostgreSQL in PROBITY_DATA_DIR too, named after the server and
    /// database so that two databases never share one snapshot.
    /// </summary>
    private static string SnapshotFor(DatabaseLocation location)
    {
        if (location.Kind == DatabaseKind.Sqlite)
            return Path.Combine(Path.GetDirectoryName(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(location.ConnectionString).DataSource)!, SnapshotFileName);
        var server = new Npgsql.NpgsqlConnectionStringBuilder(location.ConnectionString);
        var name = $"{server.Host}:{server.Port}/{server.Database}";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)))[..12];
        return Path.Combine(DatabaseLocation.DataFolder(), $"explore-{hash}.snapshot");
    }

    public string SnapshotPath => _snapshot;

    public void Dispose() => _gate.Dispose();

    /// <summary>The data, current with the database, and when it was last brought up to date.</summary>
    public async Task<(ExploreData Data, DateTimeOffset AsOf)> CurrentAsync(CancellationToken ct = default)
    {
        var generations = await _database.ReadAsync(s => s.QueryAsync(
            "select i.id, coalesce(g.generation, 0) as generation from inspections i left join analysis_generations g on g.inspection_id = i.id where i.status = @published",
            r => (Id: r.Id("id"), Generation: r.GetInt64(1)), ct, ("published", ExchangeTokens.Statuses.Token(InspectionStatus.Published))), ct);
        var wanted = generations.ToDictionary(g => g.Id, g => g.Generation);
        await _gate.WaitAsync(ct);
        try
        {
            _current ??= ReadSnapshot();
            if (_current is { } now && Same(now.Stamp.Generations, wanted)) return (now.Data, now.Stamp.AsOf);
            var old = _current;
            var changed = wanted.Where(w => old is null || !old.Value.Stamp.Generations.TryGetValue(w.Key, out var g) || g != w.Value).Select(w => w.Key).ToHashSet();
            var builder = new ExploreDataBuilder();
            if (old is { } o) builder.Keep(o.Data, id => wanted.ContainsKey(id) && !changed.Contains(id));
            if (changed.Count > 0) await _database.ReadAsync(s => ReadInspectionsAsync(s, changed, builder, ct), ct);
            var stamp = new SnapshotStamp(_time.GetUtcNow(), wanted);
            var data = builder.Build();
            WriteSnapshot(data, stamp);
            _current = (data, stamp);
            return (data, stamp.AsOf);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static bool Same(IReadOnlyDictionary<long, long> a, Dictionary<long, long> b) =>
        a.Count == b.Count && b.All(x => a.TryGetValue(x.Key, out var g) && g == x.Value);

    private (ExploreData, SnapshotStamp)? ReadSnapshot()
    {
        try
        {
            return ExploreSnapshot.Load(_snapshot);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    // Written beside and moved into place, so that another instance never reads half a file.
    private void WriteSnapshot(ExploreData data, SnapshotStamp stamp)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_snapshot)!);
        var temporary = $"{_snapshot}.{Environment.ProcessId}.tmp";
        // Owner-only, as the database file: the snapshot holds every published case's answers.
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 1 << 20 };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var file = new FileStream(temporary, options))
            ExploreSnapshot.Write(file, data, stamp);
        File.Move(temporary, _snapshot, overwrite: true);
    }

    private static async Task<int> ReadInspectionsAsync(DbSession session, HashSet<long> ids, ExploreDataBuilder builder, CancellationToken ct)
    {
        var list = string.Join(",", ids.Order());
        var inspections = await session.QueryAsync(
            $"select i.id, i.reference, i.framework, p.name as provider_name, p.type as provider_type, g.name as region_name, i.fieldwork_start, i.programme_year {ScopeSql.From} where i.id in ({list}) order by i.id",
            r =>
            {
                var start = r.Date("fieldwork_start");
                var id = r.Id("id");
                return new ExploreInspection(id, r.Text("reference") ?? id.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Required("provider_name"),
                    r.Text("region_name"), StoredTokens.ParseProviderType(r.Required("provider_type")),
                    FrameworkCatalog.Find(r.Required("framework")) ?? throw new StoreException($"inspection {id} uses a framework this Probity does not know"),
                    start, ProgrammeYear.For(r.Text("programme_year"), start));
            }, ct);
        var questions = InterviewQuestions.All;
        var interviews = await session.QueryAsync(
            $"select inspection_id, {string.Join(", ", questions.Select(q => q.Column))} from officer_interviews where inspection_id in ({list})",
            r =>
            {
                var answers = new Dictionary<string, bool>();
                for (var q = 0; q < questions.Count; q++)
                    if (!r.IsDBNull(q + 1)) answers[questions[q].Column] = r.GetBoolean(q + 1);
                return (Id: r.GetInt64(0), Interview: new OfficerInterview("interview") { Answers = answers });
            }, ct);
        var interviewsOf = interviews.ToLookup(x => x.Id, x => x.Interview);
        // Inspections without cases are filed too (their interviews count); the scan names only those with cases.
        foreach (var inspection in inspections)
        {
            builder.Begin(inspection);
            foreach (var interview in interviewsOf[inspection.Id]) builder.AddInterview(interview);
            await InspectionCountsRows.ScanAsync(session, "where inspection_id = @id", [("id", inspection.Id)],
                (_, record, answers) => builder.AddCase(record, answers), inspection.Framework.Questions.Count, ct);
        }
        return inspections.Count;
    }
}
