using Probity.Core.Datasets;
using Probity.Core.Ratings;
using Probity.Data.Tests.Infrastructure;
using Probity.Data.Datasets;
using Probity.Data.DomainOne;
using Probity.Data.Narrative;
using Probity.Data.Panel;
using Probity.Data.Recommendations;

namespace Probity.Data.Tests;

public abstract partial class StoreSuite
{
    [Fact]
    public async Task Panel_decisions_are_checked_by_the_rules_engine_before_they_are_saved()
    {
        var (store, id, _) = await ImportAtAsync(TestDatasets.Northumbria(), InspectionStatus.RatingsPanel);
        var decisions = await store.Get<PanelDecisionStore>().ListAsync(id);
        Assert.Equal(["2.4", "4.1", "4.2"], decisions.Select(d => d.Decision.Standard));
        var before = await DatabaseFingerprint.TakeAsync(store.Location);

        var onJudgement = await Assert.ThrowsAsync<ChangeRefusedException>(() =>
            store.Get<PanelDecisionStore>().RecordAsync(id, new PanelDecision("1.1", PanelMove.Up, DecisionBasis.Discretion, "Strong leadership."), null, Lead));
        var twoBandsAway = await Assert.ThrowsAsync<ChangeRefusedException>(() =>
            store.Get<PanelDecisionStore>().RecordAsync(id, decisions[0].Decision with { Move = PanelMove.Down }, decisions[0].Version, Lead));
        Assert.Contains("1.1", onJudgement.Message);
        Assert.NotEmpty(twoBandsAway.Reasons);
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(store.Location));

        await store.Get<PanelDecisionStore>().WithdrawAsync(id, "2.4", decisions[0].Version, Lead);
        Assert.DoesNotContain(await store.Get<PanelDecisionStore>().ListAsync(id), d => d.Decision.Standard == "2.4");
        var version = await store.Get<PanelDecisionStore>().RecordAsync(id, decisions[0].Decision with { RatifiedBy = "Panel chair" }, null, Lead);
        Assert.Equal(1, version);
        var stored = (await store.Get<PanelDecisionStore>().ListAsync(id)).Single(d => d.Decision.Standard == "2.4");
        Assert.Equal("Panel chair", stored.Decision.RatifiedBy);
        await Assert.ThrowsAsync<EditConflictException>(() => store.Get<PanelDecisionStore>().RecordAsync(id, decisions[0].Decision, null, InspectorA));
    }

    [Fact]
    public async Task Panel_decisions_are_made_only_at_the_ratings_panel()
    {
        var (store, id, dataset) = await ImportAtAsync(TestDatasets.Northumbria(), InspectionStatus.QualityAssurance);
        var refused = await Assert.ThrowsAsync<ChangeRefusedException>(() =>
            store.Get<PanelDecisionStore>().RecordAsync(id, dataset.Manifest.PanelDecisions[0], 1, Lead));
        Assert.Contains("made at the ratings panel", refused.Message);
    }

    [Fact]
    public async Task Domain_one_proposals_ratifications_and_evidence_are_stored_and_versioned()
    {
        var (store, id, _) = await ImportAtAsync(TestDatasets.Full(), InspectionStatus.Fieldwork);
        var imported = (await store.Get<DomainOneStore>().GetAsync(id)).Judgements.Single(j => j.Standard == "1.3");
        var proposal = await store.Get<DomainOneStore>().ProposeAsync(id, "1.3", Rating.Outstanding, "Services are comprehensive.", imported.Version, Lead);
        var notJudgement = await Assert.ThrowsAsync<ChangeRefusedException>(() => store.Get<DomainOneStore>().ProposeAsync(id, "2.1", Rating.Good, "x", null, Lead));
        Assert.Contains("not a standard of hmip-crc-2019 rated by judgement", notJudgement.Message);
        await Assert.ThrowsAsync<EditConflictException>(() => store.Get<DomainOneStore>().ProposeAsync(id, "1.3", Rating.Good, "stale", null, InspectorA));
        await store.Get<DomainOneStore>().RatifyAsync(id, "1.3", Rating.Good, proposal, Lead);

        var interview = new OfficerInterview("RO-09") { Grade = "PQiP", Caseload = 20, Answers = new Dictionary<string, bool> { ["wellbeing_positive"] = true } };
        var interviewVersion = await store.Get<DomainOneStore>().SaveInterviewAsync(id, interview, null, Lead);
        await store.Get<DomainOneStore>().SaveInterviewAsync(id, interview with { Caseload = 22 }, interviewVersion, Lead);
        await Assert.ThrowsAsync<ChangeRefusedException>(() =>
            store.Get<DomainOneStore>().SaveInterviewAsync(id, new OfficerInterview("RO-10") { Answers = new Dictionary<string, bool> { ["likes_tea"] = true } }, null, Lead));
        await store.Get<DomainOneStore>().RemoveInterviewAsync(id, "RO-00", Lead);
        var meeting = await store.Get<DomainOneStore>().AddMeetingAsync(id, new Meeting(MeetingKind.Stakeholders, "Police and council"), Lead);
        await store.Get<DomainOneStore>().SaveKeyDataTableAsync(id, new KeyDataTable
        {
            Id = "kd-1.3-services", Columns = ["Current inspection"],
            Rows = [new KeyDataRow { Label = "Number of successful completions for the Thinking Skills Programme", Values = [30m] }]
        }, Lead);
        await store.Get<DomainOneStore>().SaveContextualFactsAsync(id, [new ContextualFact("Annual turnover", "£12.02m")], Lead);

        var evidence = await store.Get<DomainOneStore>().GetAsync(id);
        var judgement = evidence.Judgements.Single(j => j.Standard == "1.3");
        Assert.Equal((Rating.Outstanding, "Services are comprehensive.", Rating.Good), (judgement.Proposed!.Value, judgement.Rationale!, judgement.Ratified!.Value));
        Assert.Equal(22, evidence.Interviews.Single(i => i.Interview.OfficerId == "RO-09").Interview.Caseload);
        Assert.DoesNotContain(evidence.Interviews, i => i.Interview.OfficerId == "RO-00");
        Assert.Contains(evidence.Meetings, m => m.Id == meeting && m.Meeting.Description == "Police and council");
        Assert.Equal(["kd-1.2-staffing", "kd-4.1-unpaid-work", "kd-1.3-services"], evidence.KeyData.Select(t => t.Id));
        Assert.Equal("£12.02m", Assert.Single(evidence.ContextualFacts).Value);

        var manifest = (await store.Get<DatasetStore>().LoadAsync(id)).Manifest;
        Assert.Equal(Rating.Good, manifest.DomainOneRatings["1.3"]);
        Assert.Equal("Services are comprehensive.", manifest.DomainOneProposals["1.3"].Rationale);
        await store.Get<DomainOneStore>().RemoveMeetingAsync(id, meeting, Lead);
        Assert.Equal(2, (await store.Get<DatasetStore>().LoadAsync(id)).Meetings.Count);
    }

    [Fact]
    public async Task Recommendations_progress_and_narrative_are_saved_with_versions()
    {
        var (store, id, _) = await ImportAtAsync(TestDatasets.Full(), InspectionStatus.Drafting);
        var current = await store.Get<RecommendationStore>().GetAsync(id);
        var first = current.Previous[0];
        await store.Get<RecommendationStore>().SavePreviousAsync(id, first.Recommendation with { Progress = RecommendationProgress.SufficientProgress }, first.Version, Lead);
        await Assert.ThrowsAsync<EditConflictException>(() =>
            store.Get<RecommendationStore>().SavePreviousAsync(id, first.Recommendation with { Progress = RecommendationProgress.NoProgress }, first.Version, InspectorA));
        var repeatsMissing = await Assert.ThrowsAsync<ChangeRefusedException>(() =>
            store.Get<RecommendationStore>().SaveNewAsync(id, new Recommendation(3, "ensure premises are accessible") { RepeatsPrevious = 7 }, null, Lead));
        Assert.Contains("previous recommendation 7", repeatsMissing.Message);
        await store.Get<RecommendationStore>().SaveNewAsync(id, new Recommendation(3, "ensure premises are accessible") { RepeatsPrevious = 2 }, null, Lead);
        await store.Get<RecommendationStore>().RemoveNewAsync(id, 2, current.New[1].Version, Lead);

        var blocks = await store.Get<NarrativeStore>().ListAsync(id);
        var summary = blocks.Single(b => b.Section == "executive-summary");
        await store.Get<NarrativeStore>().SaveAsync(id, "executive-summary", "Rewritten.", summary.Version, InspectorA);
        var conflict = await Assert.ThrowsAsync<EditConflictException>(() => store.Get<NarrativeStore>().SaveAsync(id, "executive-summary", "Mine.", summary.Version, InspectorB));
        Assert.Contains(InspectorA.UserName, conflict.Message);
        await store.Get<NarrativeStore>().SaveAsync(id, "standard:2.2", "Planning was weak.", null, InspectorB);

        var manifest = (await store.Get<DatasetStore>().LoadAsync(id)).Manifest;
        Assert.Equal(RecommendationProgress.SufficientProgress, manifest.Recommendations.Previous[0].Progress);
        // Removing 2 moved the one after it up: the numbers stay as the report prints them.
        Assert.Equal([1, 2], manifest.Recommendations.New.Select(r => r.Number));
        Assert.Equal("ensure premises are accessible", manifest.Recommendations.New[1].Text);
        Assert.Equal("Rewritten.", manifest.Narrative["executive-summary"]);
        Assert.Equal("Planning was weak.", manifest.Narrative["standard:2.2"]);
    }
}
