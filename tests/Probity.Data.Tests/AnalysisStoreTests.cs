using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Core.Ratings;
using Probity.Core.Rules;
using Probity.Data.Analysis;
using Probity.Data.Audit;
using Probity.Data.Cases;
using Probity.Data.Datasets;
using Probity.Data.Tests.Infrastructure;
using Probity.Synthetic;

namespace Probity.Data.Tests;

/// <summary>The national analysis's storage: packed tallies written at import, kept current by the triggers, read compactly.</summary>
public abstract partial class StoreSuite
{
    private static readonly AnalysisData Everything = AnalysisData.Tallies | AnalysisData.Profile | AnalysisData.RatingInputs | AnalysisData.Interviews | AnalysisData.Recommendations;

    private static IReadOnlyList<InspectionDataset> Programme(int inspections) =>
        SyntheticNational.Generate(new SyntheticNational.Options { Inspections = inspections, Seed = 5 }).ToList();

    private async Task<(StoreServices Store, IReadOnlyList<InspectionDataset> Datasets, List<long> Ids)> ProgrammeStoreAsync(int inspections)
    {
        var store = await NewStoreAsync();
        var datasets = Programme(inspections);
        var ids = new List<long>();
        foreach (var d in datasets) ids.Add(await store.Get<DatasetStore>().ImportAsync(d, Lead));
        return (store, datasets, ids);
    }

    [Fact]
    public async Task Import_stores_each_inspections_tallies_so_the_analysis_reads_them_without_counting_a_case()
    {
        var (store, datasets, ids) = await ProgrammeStoreAsync(8);
        Assert.Equal(0, await store.Get<AnalysisStore>().RefreshAsync());
        var facts = await store.Get<AnalysisStore>().LoadAsync(AnalysisScope.Everything, Everything);
        Assert.Equal(ids, facts.Select(f => f.Id));
        for (var i = 0; i < datasets.Count; i++)
        {
            Assert.Equal(AnswerTallies.Count(datasets[i]), facts[i].Counts!.Tallies.ForAllCases());
            Assert.Equal(datasets[i].Cases.Count, facts[i].Counts!.Profile.Cases());
            Assert.Equal(ProgrammeYear.Parse(datasets[i].Manifest.ProgrammeYear!), facts[i].Year);
            Assert.Equal(datasets[i].Interviews.Count, facts[i].Interviews.Interviewed());
            Assert.Equal(datasets[i].Interviews.Count(v => v.Answers.GetValueOrDefault("workload_manageable")), facts[i].Interviews.Answers("workload_manageable").Yes);
            Assert.Equal(datasets[i].Manifest.Recommendations.Previous.Count, facts[i].PreviousRecommendations.Count);
            var expected = InspectionRater.Rate(datasets[i].Framework, RatingInputs.From(datasets[i]));
            Assert.Equal((expected.Score, expected.OverallRating), (facts[i].Rate().Score, facts[i].Rate().OverallRating));
        }
    }

    [Fact]
    public async Task The_streaming_scan_of_the_cases_gives_the_same_tallies_as_the_stored_ones()
    {
        var (store, _, _) = await ProgrammeStoreAsync(8);
        var stored = await store.Get<AnalysisStore>().LoadAsync(AnalysisScope.Everything, AnalysisData.Tallies | AnalysisData.Profile);
        var scanned = await store.Get<AnalysisStore>().ScanAsync(AnalysisScope.Everything, AnalysisData.None);
        Assert.Equal(stored.Count, scanned.Count);
        for (var i = 0; i < stored.Count; i++)
        {
            Assert.Equal(PackedCounts.Encode(stored[i].Counts!.Tallies), PackedCounts.Encode(scanned[i].Counts!.Tallies));
            Assert.Equal(PackedCounts.Encode(stored[i].Counts!.Profile), PackedCounts.Encode(scanned[i].Counts!.Profile));
        }
    }

    [Fact]
    public async Task A_saved_case_moves_its_inspection_on_and_the_next_analysis_counts_the_change()
    {
        var (store, id, dataset) = await FieldworkInspectionAsync();
        var (caseId, item) = AnsweredYes(dataset);
        // The analysis reads published inspections only, so the test publishes the inspection to look and moves it back
        // to fieldwork (by hand, as no user can) to change a case: the tallies must follow the case either way.
        await SetStatusAsync(store, id, "published");
        var before = (await store.Get<AnalysisStore>().LoadAsync(AnalysisScope.Everything, AnalysisData.Tallies)).Single();
        var index = dataset.Framework.Questions[item].Index;
        var tally = before.Counts!.Tallies.Get(CaseSplits.All, 1, index);

        await SetStatusAsync(store, id, "fieldwork");
        var loaded = await store.Get<CaseAssessmentStore>().LoadAsync(id, caseId);
        await store.Get<CaseAssessmentStore>().SaveAsync(loaded with { Answers = new Dictionary<string, Judgement>(loaded.Answers) { [item] = Judgement.No } }, InspectorA);
        await SetStatusAsync(store, id, "published");
        var after = (await store.Get<AnalysisStore>().LoadAsync(AnalysisScope.Everything, AnalysisData.Tallies)).Single();
        Assert.Equal(tally with { Yes = tally.Yes - 1, No = tally.No + 1 }, after.Counts!.Tallies.Get(CaseSplits.All, 1, index));
        Assert.Equal(0, await store.Get<AnalysisStore>().RefreshAsync());
    }

    [Fact]
    public async Task A_draft_is_never_read_by_the_national_analysis_whatever_it_reads_or_however_it_is_read()
    {
        var (store, datasets, ids) = await ProgrammeStoreAsync(3);
        var fieldwork = TestDatasets.Full();
        var draft = await store.Get<DatasetStore>().ImportAsync(fieldwork, Lead);
        Assert.NotEqual(InspectionStatus.Published, fieldwork.Manifest.Status);
        Assert.All(datasets, d => Assert.Equal(InspectionStatus.Published, d.Manifest.Status));

        foreach (var scope in new[] { AnalysisScope.Everything, new AnalysisScope { ProviderType = ProviderType.CRC }, new AnalysisScope { Framework = "hmip-crc-2019" } })
        {
            var loaded = await store.Get<AnalysisStore>().LoadAsync(scope, Everything);
            Assert.DoesNotContain(draft, loaded.Select(f => f.Id));
            Assert.All(loaded, f => Assert.Equal(InspectionStatus.Published, f.Status));
            Assert.DoesNotContain(draft, (await store.Get<AnalysisStore>().ScanAsync(scope, AnalysisData.None)).Select(f => f.Id));
        }
        Assert.Equal(ids, (await store.Get<AnalysisStore>().LoadAsync(AnalysisScope.Everything, AnalysisData.None)).Select(f => f.Id));

        await SetStatusAsync(store, draft, "published");
        Assert.Contains(draft, (await store.Get<AnalysisStore>().LoadAsync(AnalysisScope.Everything, AnalysisData.None)).Select(f => f.Id));
    }

    private static Task<int> SetStatusAsync(StoreServices store, long id, string status) =>
        RawExecuteAsync(store.Location, $"update inspections set status = '{status}' where id = {id}");

    [Fact]
    public async Task Tallies_packed_by_another_layout_or_behind_their_cases_are_rebuilt_the_same()
    {
        var (store, _, ids) = await ProgrammeStoreAsync(3);
        var expected = await store.Get<AnalysisStore>().LoadAsync(AnalysisScope.Everything, AnalysisData.Tallies);
        await RawExecuteAsync(store.Location, $"update analysis_cubes set layout = 'another' where inspection_id = {ids[0]}");
        await RawExecuteAsync(store.Location, $"update analysis_generations set generation = generation + 1 where inspection_id = {ids[1]}");
        await RawExecuteAsync(store.Location, $"delete from analysis_cubes where inspection_id = {ids[2]}");
        Assert.Equal(3, await store.Get<AnalysisStore>().RefreshAsync());
        Assert.Equal(0, await store.Get<AnalysisStore>().RefreshAsync());
        var rebuilt = await store.Get<AnalysisStore>().LoadAsync(AnalysisScope.Everything, AnalysisData.Tallies);
        for (var i = 0; i < ids.Count; i++) Assert.Equal(PackedCounts.Encode(expected[i].Counts!.Tallies), PackedCounts.Encode(rebuilt[i].Counts!.Tallies));
    }

    [Fact]
    public async Task The_database_applies_the_scope_exactly_as_core_does()
    {
        var (store, _, _) = await ProgrammeStoreAsync(20);
        var all = await store.Get<AnalysisStore>().LoadAsync(AnalysisScope.Everything, AnalysisData.None);
        AnalysisScope[] scopes =
        [
            new() { ProviderType = ProviderType.PDU },
            new() { Framework = "hmip-crc-2018" },
            new() { Year = new ProgrammeYear(2019) },
            new() { From = new DateOnly(2019, 1, 1), To = new DateOnly(2021, 12, 31) },
            new() { ProviderType = ProviderType.CRC, RevisitedOnly = true },
            new() { Year = new ProgrammeYear(2030) },
        ];
        foreach (var scope in scopes)
            Assert.Equal(scope.Apply(all).Select(f => f.Id), (await store.Get<AnalysisStore>().LoadAsync(scope, AnalysisData.None)).Select(f => f.Id));
        Assert.Equal(8, (await store.Get<AnalysisStore>().LoadAsync(scopes[4], AnalysisData.None)).Count); // four CRCs, each in both rounds
    }

    [Fact]
    public async Task A_generated_inspection_with_the_new_case_columns_and_programme_year_round_trips()
    {
        var (store, datasets, ids) = await ProgrammeStoreAsync(3);
        var original = datasets[1]; // the CRC of round two, with Through the Gate cases
        Assert.Contains(original.Cases, c => c.Get(CaseColumns.FirstNightArrangement) is not null);
        DatasetComparison.AssertSame(original, await store.Get<DatasetStore>().LoadAsync(ids[1]));
    }

    [Fact]
    public async Task A_pooled_comparator_is_put_on_an_inspection_audited_and_exported_in_its_manifest()
    {
        var (store, _, ids) = await ProgrammeStoreAsync(3);
        var pool = await store.Get<AnalysisStore>().LoadAsync(new AnalysisScope { Year = new ProgrammeYear(2018) }, AnalysisCatalog.ComparatorReads);
        var block = NationalComparator.Build(Core.Frameworks.FrameworkCatalog.Get("hmip-crc-2019"), pool, new AnalysisScope { Year = new ProgrammeYear(2018) });
        var target = await store.Get<DatasetStore>().ImportAsync(TestDatasets.Full(), Lead);

        await store.Get<AnalysisStore>().SetNationalComparatorAsync(target, block.Comparator, Lead);
        var national = (await store.Get<DatasetStore>().LoadAsync(target)).Manifest.NationalComparator!;
        Assert.Equal(block.Comparator.Results["2.1.3"], national.Results["2.1.3"]);
        Assert.Equal(block.Comparator.Period, national.Period);
        Assert.Contains(await store.Get<AuditLog>().ForInspectionAsync(target), e => e.Action == "national-comparator" && e.UserName == Lead.UserName);

        // The programme's inspections are published: their figures are final.
        var refused = await Assert.ThrowsAsync<ChangeRefusedException>(() => store.Get<AnalysisStore>().SetNationalComparatorAsync(ids[1], block.Comparator, Lead));
        Assert.Contains("is published", refused.Message);
    }
}
