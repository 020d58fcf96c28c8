using Probity.Core.Datasets;
using Probity.Data.Analysis;
using Probity.Data.Datasets;
using Probity.Data.Tests.Infrastructure;
using Probity.Explore.Engine;
using Probity.Synthetic;

namespace Probity.Data.Tests;

/// <summary>The explore engine's data from the database: built from the published inspections, kept as a snapshot, updated per inspection.</summary>
public sealed class ExploreStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("probity-explore-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_engine_answers_from_the_database_as_from_the_datasets_and_a_restart_reads_the_snapshot()
    {
        var location = DatabaseLocation.Sqlite(Path.Combine(_folder, "probity.db"));
        var datasets = SyntheticNational.Generate(new SyntheticNational.Options { Inspections = 10, CasesPerInspection = 30, Seed = 3 }).ToList();
        var ids = new List<long>();
        await using (var store = await StoreServices.OpenAsync(location))
        {
            foreach (var d in datasets.Take(9)) ids.Add(await store.Get<DatasetStore>().ImportAsync(d, new Actor("test")));
            var (data, asOf) = await store.Get<ExploreStore>().CurrentAsync();
            Assert.Equal(ExploreAnswers.Of(ExploreAnswers.Expected(datasets.Take(9), ids)), ExploreAnswers.Of(data));
            var snapshot = Path.Combine(_folder, ExploreStore.SnapshotFileName);
            Assert.True(File.Exists(snapshot));
            if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(snapshot));
            // Nothing changed: the same data, not rebuilt.
            Assert.Equal(asOf, (await store.Get<ExploreStore>().CurrentAsync()).AsOf);
        }
        await using (var store = await StoreServices.OpenAsync(location))
        {
            var (restarted, asOf) = await store.Get<ExploreStore>().CurrentAsync();
            Assert.Equal(ExploreAnswers.Of(ExploreAnswers.Expected(datasets.Take(9), ids)), ExploreAnswers.Of(restarted));
            // One more inspection published: only it is read, and the answers include it.
            ids.Add(await store.Get<DatasetStore>().ImportAsync(datasets[9], new Actor("test")));
            var (updated, later) = await store.Get<ExploreStore>().CurrentAsync();
            Assert.True(later >= asOf);
            Assert.Equal(10, updated.InspectionCount);
            Assert.Equal(ExploreAnswers.Of(ExploreAnswers.Expected(datasets, ids)), ExploreAnswers.Of(updated));
        }
    }
}
