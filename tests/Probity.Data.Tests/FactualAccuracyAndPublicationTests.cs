using Probity.Core.Datasets;
using Probity.Data.ActionPlans;
using Probity.Data.Audit;
using Probity.Data.Datasets;
using Probity.Data.FactualAccuracy;
using Probity.Data.Inspections;
using Probity.Data.Narrative;
using Probity.Data.Panel;
using Probity.Data.Publication;
using Probity.Data.Recommendations;
using Probity.Data.Tests.Infrastructure;

namespace Probity.Data.Tests;

/// <summary>A clock a test moves on, to see a deadline pass.</summary>
internal sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}

public abstract partial class StoreSuite
{
    private static readonly Actor Contact = new("provider.contact");

    /// <summary>Northumbria imported at drafting (ratified), on a clock the test moves.</summary>
    private async Task<(StoreServices Store, long Id, SteppingClock Clock)> DraftingAsync()
    {
        var clock = new SteppingClock(new DateTimeOffset(2020, 1, 6, 9, 0, 0, TimeSpan.Zero));
        var store = await NewStoreAsync(clock);
        var dataset = TestDatasets.Northumbria();
        var staged = new InspectionDataset(dataset.Framework, dataset.Manifest with { Status = InspectionStatus.Drafting, Published = null }, dataset.Cases, dataset.Answers)
        {
            Interviews = dataset.Interviews, Meetings = dataset.Meetings, PracticeExamples = dataset.PracticeExamples,
        };
        return (store, await store.Get<DatasetStore>().ImportAsync(staged, Lead), clock);
    }

    private static async Task<InspectionSummary> ToFactualAccuracyAsync(StoreServices store, long id, DateOnly deadline) =>
        await store.Get<FactualAccuracyStore>().StartAsync(id, deadline, (await store.Get<InspectionStore>().GetAsync(id)).Version, Lead);

    [Fact]
    public async Task Factual_accuracy_starts_with_a_deadline_and_takes_comments_until_it_passes()
    {
        var (store, id, clock) = await DraftingAsync();
        var fa = store.Get<FactualAccuracyStore>();
        var version = (await store.Get<InspectionStore>().GetAsync(id)).Version;

        var past = await Assert.ThrowsAsync<ChangeRefusedException>(() => fa.StartAsync(id, new DateOnly(2020, 1, 5), version, Lead));
        Assert.Contains("has already passed", past.Message);
        Assert.Equal(InspectionStatus.Drafting, (await store.Get<InspectionStore>().GetAsync(id)).Status);
        var early = await Assert.ThrowsAsync<ChangeRefusedException>(() => fa.CommentAsync(id, "summary", "Executive summary", "A date is wrong.", Contact));
        Assert.Contains("not out for its factual accuracy check", early.Message);

        var moved = await fa.StartAsync(id, new DateOnly(2020, 1, 20), version, Lead);
        Assert.Equal(InspectionStatus.FactualAccuracy, moved.Status);
        var commentId = await fa.CommentAsync(id, "summary", "Executive summary", "The number of offices is seven, not six.", Contact);
        clock.Now = new DateTimeOffset(2020, 1, 20, 23, 0, 0, TimeSpan.Zero);
        await fa.CommentAsync(id, "chapter-2", "Case supervision", "The last day still counts.", Contact);
        clock.Now = new DateTimeOffset(2020, 1, 21, 8, 0, 0, TimeSpan.Zero);
        var late = await Assert.ThrowsAsync<ChangeRefusedException>(() => fa.CommentAsync(id, "summary", "Executive summary", "Too late.", Contact));
        Assert.Contains("20 January 2020", late.Message);

        var check = await fa.GetAsync(id);
        Assert.Equal(new DateOnly(2020, 1, 20), check.Deadline);
        Assert.Equal(["The number of offices is seven, not six.", "The last day still counts."], check.Comments.Select(c => c.Text));
        Assert.Equal(Contact.UserName, check.Comments[0].MadeBy);
        Assert.Equal(2, check.Undecided);
        var audit = await store.Get<AuditLog>().ForRecordAsync(id, "factual-accuracy-comment", commentId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Contact.UserName, Assert.Single(audit).UserName);
        Assert.Contains("set-deadline", (await store.Get<AuditLog>().ForInspectionAsync(id)).Select(e => e.Action));
    }

    [Fact]
    public async Task The_lead_accepts_a_comment_or_declines_it_with_a_reason_and_ratings_cannot_change()
    {
        var (store, id, _) = await DraftingAsync();
        await ToFactualAccuracyAsync(store, id, new DateOnly(2020, 1, 20));
        var fa = store.Get<FactualAccuracyStore>();
        var first = await fa.CommentAsync(id, "summary", "Executive summary", "Seven offices, not six.", Contact);
        var second = await fa.CommentAsync(id, "summary", "Executive summary", "We disagree with the rating.", Contact);

        var noReason = await Assert.ThrowsAsync<ChangeRefusedException>(() => fa.DecideAsync(id, second, CommentOutcome.Declined, " ", 1, Lead));
        Assert.Contains("why the comment is declined", noReason.Message);
        await fa.DecideAsync(id, first, CommentOutcome.Accepted, null, 1, Lead);
        await fa.DecideAsync(id, second, CommentOutcome.Declined, "Ratings are the panel's and are not a matter of fact.", 1, Lead);
        var stale = await Assert.ThrowsAsync<EditConflictException>(() => fa.DecideAsync(id, first, CommentOutcome.Declined, "changed my mind", 1, InspectorA));
        Assert.Contains($"changed by {Lead.UserName}", stale.Message);

        var comments = (await fa.GetAsync(id)).Comments;
        Assert.Equal([CommentOutcome.Accepted, CommentOutcome.Declined], comments.Select(c => c.Outcome!.Value));
        Assert.Equal("Ratings are the panel's and are not a matter of fact.", comments[1].OutcomeReason);
        Assert.Equal(Lead.UserName, comments[1].DecidedBy);
        Assert.Equal(0, (await fa.GetAsync(id)).Undecided);
        var panel = await Assert.ThrowsAsync<ChangeRefusedException>(() =>
            store.Get<PanelDecisionStore>().RecordAsync(id, new PanelDecision("2.1", PanelMove.Up, DecisionBasis.Discretion, "Late change."), null, Lead));
        Assert.Contains("can no longer change", panel.Message);
        Assert.Equal(2, (await store.Get<AuditLog>().ForInspectionAsync(id)).Count(e => e.Action == "decide"));
    }

    [Fact]
    public async Task Publishing_records_the_date_and_then_the_text_changes_only_by_a_correction_that_keeps_the_old_version()
    {
        var (store, id, clock) = await DraftingAsync();
        var before = await ToFactualAccuracyAsync(store, id, new DateOnly(2020, 1, 20));
        var publication = store.Get<PublicationStore>();
        var tooEarly = await Assert.ThrowsAsync<ChangeRefusedException>(() => publication.PublishAsync(id, new DateOnly(2019, 9, 1), before.Version, Lead));
        Assert.Contains("before the inspection's fieldwork (16 September 2019)", tooEarly.Message);

        var published = await publication.PublishAsync(id, new DateOnly(2020, 2, 12), before.Version, Lead);

        Assert.Equal(InspectionStatus.Published, published.Status);
        Assert.Equal("2020-02", (await store.Get<DatasetStore>().LoadAsync(id)).Manifest.Published);
        var first = Assert.Single(await publication.VersionsAsync(id));
        Assert.Equal((1, new DateOnly(2020, 2, 12), (string?)null), (first.Number, first.PublishedOn, first.Reason));
        var foreword = (await store.Get<NarrativeStore>().ListAsync(id)).Single(b => b.Section == "foreword");
        Assert.Equal(foreword.Text, first.Narrative["foreword"]);

        var narrative = await Assert.ThrowsAsync<ChangeRefusedException>(() => store.Get<NarrativeStore>().SaveAsync(id, "foreword", "Rewritten.", foreword.Version, Lead));
        Assert.Contains("is published", narrative.Message);
        var recommendation = (await store.Get<RecommendationStore>().GetAsync(id)).New[0];
        await Assert.ThrowsAsync<ChangeRefusedException>(() => store.Get<RecommendationStore>().SaveNewAsync(id,
            recommendation.Recommendation with { Text = "Changed." }, recommendation.Version, Lead));
        await Assert.ThrowsAsync<ChangeRefusedException>(() => store.Get<InspectionStore>().UpdateDetailsAsync(id, new InspectionDetails(), published.Version, Lead));
        await Assert.ThrowsAsync<ChangeRefusedException>(() => store.Get<InspectionStore>().ChangeStatusAsync(id, InspectionStatus.FactualAccuracy, published.Version, Lead, "undo"));
        var noReason = await Assert.ThrowsAsync<ChangeRefusedException>(() =>
            publication.CorrectAsync(id, "foreword", "Corrected.", " ", new DateOnly(2020, 3, 2), foreword.Version, Lead));
        Assert.Contains("why the report is corrected", noReason.Message);

        clock.Now = new DateTimeOffset(2020, 3, 2, 10, 0, 0, TimeSpan.Zero);
        var number = await publication.CorrectAsync(id, "foreword", "Corrected foreword.", "A name was misspelt.", new DateOnly(2020, 3, 2), foreword.Version, Lead);

        Assert.Equal(2, number);
        var versions = await publication.VersionsAsync(id);
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal(foreword.Text, versions[0].Narrative["foreword"]);
        Assert.Equal("Corrected foreword.", versions[1].Narrative["foreword"]);
        Assert.Equal("A name was misspelt.", versions[1].Reason);
        Assert.Equal("Corrected foreword.", (await store.Get<DatasetStore>().LoadAsync(id)).Manifest.Narrative["foreword"]);
        var stale = await Assert.ThrowsAsync<EditConflictException>(() =>
            publication.CorrectAsync(id, "foreword", "Again.", "Another fix.", new DateOnly(2020, 3, 3), foreword.Version, Lead));
        Assert.Equal(2, (await publication.VersionsAsync(id)).Count);
        Assert.Contains("correct", (await store.Get<AuditLog>().ForRecordAsync(id, "narrative", "foreword")).Select(e => e.Action));
        Assert.NotNull(stale);
    }

    [Fact]
    public async Task A_plain_move_to_published_is_refused_for_want_of_a_publication_date()
    {
        var (store, id, _) = await DraftingAsync();
        var at = await ToFactualAccuracyAsync(store, id, new DateOnly(2020, 1, 20));
        var inspections = store.Get<InspectionStore>();

        var refused = await Assert.ThrowsAsync<ChangeRefusedException>(() => inspections.ChangeStatusAsync(id, InspectionStatus.Published, at.Version, Lead));

        Assert.Contains("published with its publication date", refused.Message);
        var still = await inspections.GetAsync(id);
        Assert.Equal((InspectionStatus.FactualAccuracy, at.Version), (still.Status, still.Version));
        Assert.Null((await store.Get<DatasetStore>().LoadAsync(id)).Manifest.Published);
        Assert.Empty(await store.Get<PublicationStore>().VersionsAsync(id));
    }

    [Fact]
    public async Task The_provider_records_an_action_plan_after_publication_and_the_next_inspection_starts_from_it()
    {
        var (store, id, _) = await DraftingAsync();
        var plans = store.Get<ActionPlanStore>();
        var entry = new ActionPlanEntry(1, PlanResponse.PartiallyAgreed, "Train every officer in OASys layer 3.", "Head of quality", new DateOnly(2020, 9, 30));
        var early = await Assert.ThrowsAsync<ChangeRefusedException>(() => plans.SaveAsync(id, entry, null, Contact));
        Assert.Contains("once the report is published", early.Message);
        var at = await ToFactualAccuracyAsync(store, id, new DateOnly(2020, 1, 20));
        var published = await store.Get<PublicationStore>().PublishAsync(id, new DateOnly(2020, 2, 12), at.Version, Lead);

        var version = await plans.SaveAsync(id, entry, null, Contact);
        await Assert.ThrowsAsync<RecordNotFoundException>(() => plans.SaveAsync(id, entry with { Recommendation = 99 }, null, Contact));
        await Assert.ThrowsAsync<EditConflictException>(() => plans.SaveAsync(id, entry with { Owner = "Someone else" }, null, Contact));
        await plans.SaveAsync(id, entry with { Response = PlanResponse.Agreed }, version, Contact);

        var plan = await plans.GetAsync(id);
        var recommendations = (await store.Get<RecommendationStore>().GetAsync(id)).New;
        Assert.Equal(recommendations.Select(r => r.Recommendation.Number), plan.Select(p => p.Number));
        Assert.Equal(PlanResponse.Agreed, plan[0].Plan!.Entry.Response);
        Assert.Null(plan[1].Plan);

        var next = await store.Get<InspectionStore>().CreateAsync(new NewInspection(published.Framework, published.ProviderId) { Reference = "NB-2021", PreviousInspectionId = id }, Lead);
        Assert.Equal(plan.Select(p => p.Number), (await plans.PreviousPlanAsync(next.Id)).Select(p => p.Number));
        Assert.Equal(plan.Count, await plans.StartProgressFromPlanAsync(next.Id, Lead));
        Assert.Equal(0, await plans.StartProgressFromPlanAsync(next.Id, Lead));
        var previous = (await store.Get<RecommendationStore>().GetAsync(next.Id)).Previous;
        Assert.Equal(recommendations[0].Recommendation.Text, previous[0].Recommendation.Text);
        Assert.Equal("Action plan: agreed. Train every officer in OASys layer 3. (owner: Head of quality, by 30 September 2020)", previous[0].Recommendation.Evidence);
        Assert.Null(previous[1].Recommendation.Evidence);
        Assert.Null(previous[0].Recommendation.Progress);
    }
}
