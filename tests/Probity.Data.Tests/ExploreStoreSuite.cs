using Probity.Core.Datasets;
using Probity.Data.Analysis;
using Probity.Data.Datasets;
using Probity.Data.Tests.Infrastructure;
using Probity.Explore.Engine;
using Probity.Synthetic;

namespace Probity.Data.Tests;

/// <summary>The explore engine's data built from either database, kept current as inspections are published and withdrawn.</summary>
public abstract partial class StoreSuite
{
    [Fact]
    public async Task The_explore_engine_answers_from_the_database_and_its_next_question_sees_an_inspection_published_since()
    {
        var store = await NewStoreAsync();
        var datasets = SyntheticNational.Generate(new SyntheticNational.Options { Inspections = 5, CasesPerInspection = 40, Seed = 8 }).ToList();
        var ids = new List<long>();
        foreach (var d in datasets.Take(4)) ids.Add(await store.Get<DatasetStore>().ImportAsync(d, Lead));
        var snapshot = Path.Combine(Directory.CreateTempSubdirectory("probity-explore-").FullName, "explore.snapshot");
        try
        {
            var explore = new ExploreStore(store.Get<Database>(), TimeProvider.System, snapshot);
            var (data, asOf) = await explore.CurrentAsync();
            Assert.Equal(Answers(ExploreAnswers.Expected(datasets.Take(4), ids)), Answers(data));
            Assert.True(File.Exists(snapshot));

            // A restart: the snapshot is read, checked against the database, and not rebuilt.
            var restarted = new ExploreStore(store.Get<Database>(), TimeProvider.System, snapshot);
            var (again, sameAsOf) = await restarted.CurrentAsync();
            Assert.Equal(asOf, sameAsOf);
            Assert.Equal(Answers(data), Answers(again));

            // A fifth inspection arrives still in drafting: not counted. Published: the next question counts it.
            ids.Add(await store.Get<DatasetStore>().ImportAsync(datasets[4], Lead));
            await SetStatusAsync(store, ids[4], InspectionStatus.Drafting.Token());
            Assert.Equal(4, (await restarted.CurrentAsync()).Data.InspectionCount);
            await SetStatusAsync(store, ids[4], InspectionStatus.Published.Token());
            var (published, later) = await restarted.CurrentAsync();
            Assert.True(later >= asOf);
            Assert.Equal(5, published.InspectionCount);
            Assert.Equal(Answers(ExploreAnswers.Expected(datasets, ids)), Answers(published));
            Assert.NotEqual(Answers(data), Answers(published));

            // Another instance of the web app over the same database sees it too.
            Assert.Equal(5, (await new ExploreStore(store.Get<Database>(), TimeProvider.System, snapshot).CurrentAsync()).Data.InspectionCount);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(snapshot)!, recursive: true);
        }
    }

    private static List<string> Answers(ExploreData data) => ExploreAnswers.Of(data, ("2.2.1", "framework=hmip-pdu-2021", "inspection"));
}
