using Probity.Core.Datasets;
using Probity.Data.ActionPlans;
using Probity.Data.Cases;
using Probity.Data.Checks;
using Probity.Data.Datasets;
using Probity.Data.FactualAccuracy;
using Probity.Data.Inspections;
using Probity.Data.Narrative;
using Probity.Data.Publication;
using Probity.Data.Recommendations;
using Probity.Data.Samples;
using Probity.Data.Tests.Infrastructure;
using Probity.Exchange;
using Probity.Tests.Shared;

namespace Probity.Data.Tests;

/// <summary>
/// Issue 14 item 8: an inspection built through the stores with a swapped and a withdrawn case, an overridden check, a
/// factual accuracy check with comments decided both ways, a publication and a correction, and an action plan, exports
/// with all of it; imported into a new database and exported again, the folders are byte for byte the same.
/// </summary>
public abstract partial class StoreSuite
{
    private const string Swapped = "NB19-CS-001";
    private const string Withdrawn = "NB19-CS-002";

    [Fact]
    public async Task An_inspection_with_every_record_after_its_ratings_exports_imports_and_exports_byte_for_byte()
    {
        // Ticks below a microsecond would not survive PostgreSQL; the first export already shows what the store kept.
        var clock = new SteppingClock(new DateTimeOffset(2020, 1, 6, 9, 0, 0, TimeSpan.Zero).AddTicks(1234560));
        var store = await NewStoreAsync(clock);
        var id = await EveryRecordAsync(store, clock);

        var first = TempFolder();
        await store.Get<DatasetStore>().ExportAsync(id, first);
        var exported = DatasetFolder.Read(first);
        Assert.True(exported.Succeeded, string.Join("\n", exported.Problems.Select(p => p.ToString())));
        var m = exported.Dataset!.Manifest;
        Assert.Equal(["accepted", "declined"], m.FactualAccuracy!.Comments.Select(c => c.Outcome?.ToString().ToLowerInvariant()));
        Assert.Equal("Ratings are the panel's.", m.FactualAccuracy.Comments[1].OutcomeReason);
        Assert.Equal(new DateOnly(2020, 1, 20), m.FactualAccuracy.Deadline);
        Assert.Equal([(1, (string?)null), (2, "A name was misspelt.")], m.Publication.Select(v => (v.Number, v.Reason)));
        Assert.Equal("Corrected foreword.", m.Publication[1].Narrative["foreword"]);
        Assert.NotEqual("Corrected foreword.", m.Publication[0].Narrative["foreword"]);
        Assert.Equal("was rated 'Good' in 2018", Assert.Single(m.CheckOverrides).Words);
        Assert.Equal([(Swapped, "R-1"), (Withdrawn, (string?)null)], m.SampleChanges.Withdrawn.Select(w => (w.CaseId, w.ReplacedBy)));
        var added = Assert.Single(m.SampleChanges.Added);
        Assert.Equal(("R-1", "all"), (added.CaseId, added.Stratum));
        Assert.Contains("in custody", added.Reason);
        var plan = m.Recommendations.New[0].ActionPlan!;
        Assert.Equal((ActionPlanAnswer.PartiallyAgreed, new DateOnly(2020, 6, 30)), (plan.Answer, plan.TargetDate));
        Assert.All(m.Recommendations.New.Skip(1), r => Assert.Null(r.ActionPlan));

        var fresh = await NewStoreAsync();
        var imported = await fresh.Get<DatasetStore>().ImportAsync(exported.Dataset, Lead);
        var second = TempFolder();
        await fresh.Get<DatasetStore>().ExportAsync(imported, second);
        FolderComparison.AssertSameFiles(first, second);
        Assert.Equal(2, (await fresh.Get<PublicationStore>().VersionsAsync(imported)).Count);
        Assert.Equal("R-1", (await fresh.Get<SampledCaseStore>().ListWithdrawnAsync(imported)).Single(w => w.CaseId == Swapped).ReplacedBy);
    }

    /// <summary>Northumbria imported at quality assurance, taken through every stage after it with one record of each kind.</summary>
    private static async Task<long> EveryRecordAsync(StoreServices store, SteppingClock clock)
    {
        var dataset = TestDatasets.Northumbria();
        var staged = new InspectionDataset(dataset.Framework, dataset.Manifest with { Status = InspectionStatus.QualityAssurance, Published = null }, dataset.Cases, dataset.Answers)
        {
            Interviews = dataset.Interviews, Meetings = dataset.Meetings, PracticeExamples = dataset.PracticeExamples,
        };
        var id = await store.Get<DatasetStore>().ImportAsync(staged, Lead);
        await SwapAndWithdrawAsync(store, id, dataset);

        var inspections = store.Get<InspectionStore>();
        await inspections.ChangeStatusAsync(id, InspectionStatus.RatingsPanel, (await inspections.GetAsync(id)).Version, Lead);
        await inspections.ChangeStatusAsync(id, InspectionStatus.Drafting, (await inspections.GetAsync(id)).Version, Lead);
        await store.Get<CheckOverrideStore>().OverrideAsync(id, "rating-word|foreword|good", "Foreword", "was rated 'Good' in 2018", "It describes the 2018 inspection.", null, Lead);

        var accuracy = store.Get<FactualAccuracyStore>();
        await accuracy.StartAsync(id, new DateOnly(2020, 1, 20), (await inspections.GetAsync(id)).Version, Lead);
        var contact = new Actor("provider.contact");
        var accepted = await accuracy.CommentAsync(id, "summary", "Executive summary", "Seven offices, not six.", contact);
        clock.Now = clock.Now.AddHours(2);
        var declined = await accuracy.CommentAsync(id, "chapter-2", "Case supervision", "We disagree with the rating.", contact);
        await accuracy.DecideAsync(id, accepted, CommentOutcome.Accepted, null, 1, Lead);
        await accuracy.DecideAsync(id, declined, CommentOutcome.Declined, "Ratings are the panel's.", 1, Lead);

        var publication = store.Get<PublicationStore>();
        await publication.PublishAsync(id, new DateOnly(2020, 2, 12), (await inspections.GetAsync(id)).Version, Lead);
        var foreword = (await store.Get<NarrativeStore>().ListAsync(id)).Single(b => b.Section == "foreword");
        await publication.CorrectAsync(id, "foreword", "Corrected foreword.", "A name was misspelt.", new DateOnly(2020, 3, 2), foreword.Version, Lead);
        var recommendation = (await store.Get<RecommendationStore>().GetAsync(id)).New[0].Recommendation.Number;
        await store.Get<ActionPlanStore>().SaveAsync(id, new ActionPlanEntry(recommendation, PlanResponse.PartiallyAgreed,
            "Retrain staff on risk assessment.", "Head of quality", new DateOnly(2020, 6, 30)), null, contact);
        return id;
    }

    /// <summary>
    /// Swaps one case for a reserve of a draw (the reserve is then assessed with the answers the case had) and withdraws
    /// another, so the sample keeps the figures' shape but records both changes.
    /// </summary>
    private static async Task SwapAndWithdrawAsync(StoreServices store, long id, InspectionDataset dataset)
    {
        var record = dataset.Cases[dataset.IndexOf(Swapped)!.Value];
        var columns = CaseColumns.All.Where(c => c != CaseColumns.Sample && record.Get(c) is not null).ToList();
        IReadOnlyList<string?> Values(string caseId) => [caseId, .. columns.Select(c => record.Get(c))];
        var draw = new DrawnSample("case-supervision", 7, new Dictionary<string, string>(), ["case_id", .. columns.Select(c => c.Name)],
            [new DrawnCase(Swapped, "all", DrawnRole.Sample, null, Values(Swapped)), new DrawnCase("R-1", "all", DrawnRole.Reserve, 1, Values("R-1"))]);
        await store.Get<DrawnSampleStore>().SaveAsync(id, draw, Lead);

        var cases = store.Get<CaseAssessmentStore>();
        var before = await cases.LoadAsync(id, Swapped);
        Assert.Equal("R-1", await store.Get<SampledCaseStore>().SwapForReserveAsync(id, Swapped, "not available: in custody", Lead, fromStratum: "all"));
        var reserve = await cases.LoadAsync(id, "R-1");
        await cases.SaveAsync(reserve with { Answers = before.Answers, Notes = before.Notes, Status = CaseAssessmentStatus.Completed }, Lead);
        await store.Get<SampledCaseStore>().WithdrawAsync(id, Withdrawn, "died before fieldwork", Lead);
    }
}
