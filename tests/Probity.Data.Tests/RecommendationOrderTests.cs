using Probity.Core.Datasets;
using Probity.Data.Datasets;
using Probity.Data.Recommendations;
using Probity.Data.Tests.Infrastructure;

namespace Probity.Data.Tests;

public abstract partial class StoreSuite
{
    [Fact]
    public async Task Recommendations_move_and_close_up_with_their_findings_and_a_stale_move_is_refused()
    {
        var (store, id, _) = await ImportAtAsync(TestDatasets.Northumbria(), InspectionStatus.Drafting);
        var recommendations = store.Get<RecommendationStore>();
        var before = (await recommendations.GetAsync(id)).New;
        await recommendations.SaveNewAsync(id, before[2].Recommendation with { Finding = "standard:2.2:improvements" }, before[2].Version, Lead);
        var third = (await recommendations.GetAsync(id)).New[2];

        await recommendations.MoveNewAsync(id, 3, -1, third.Version, Lead);
        var moved = (await recommendations.GetAsync(id)).New;
        Assert.Equal((before[2].Recommendation.Text, "standard:2.2:improvements", 2), (moved[1].Recommendation.Text, moved[1].Recommendation.Finding, moved[1].Recommendation.Number));
        Assert.Equal(before[1].Recommendation.Text, moved[2].Recommendation.Text);
        Assert.Null(moved[2].Recommendation.Finding);
        await Assert.ThrowsAsync<EditConflictException>(() => recommendations.MoveNewAsync(id, 2, 1, moved[1].Version - 1, InspectorA));
        await Assert.ThrowsAsync<ChangeRefusedException>(() => recommendations.MoveNewAsync(id, 1, -1, moved[0].Version, Lead));

        await recommendations.RemoveNewAsync(id, 1, moved[0].Version, Lead);
        var closed = (await recommendations.GetAsync(id)).New;
        Assert.Equal(Enumerable.Range(1, before.Count - 1), closed.Select(r => r.Recommendation.Number));
        Assert.Equal(before[2].Recommendation.Text, closed[0].Recommendation.Text);
        Assert.Equal(before[^1].Recommendation.Text, closed[^1].Recommendation.Text);

        // The finding goes out with the exchange format and comes back.
        var manifest = (await store.Get<DatasetStore>().LoadAsync(id)).Manifest;
        Assert.Equal("standard:2.2:improvements", manifest.Recommendations.New[0].Finding);
        var problems = new List<DatasetProblem>();
        var read = ManifestReader.Read(ManifestWriter.Write(manifest), problems);
        Assert.Empty(problems);
        Assert.Equal("standard:2.2:improvements", read.Manifest!.Recommendations.New[0].Finding);
    }
}
