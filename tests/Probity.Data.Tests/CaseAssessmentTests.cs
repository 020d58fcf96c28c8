using Probity.Core.Datasets;
using Probity.Core.Ratings;
using Probity.Data.Cases;
using Probity.Data.Tests.Infrastructure;
using Probity.Data.Users;
using Probity.Data.Audit;
using Probity.Data.Datasets;

namespace Probity.Data.Tests;

public abstract partial class StoreSuite
{
    private async Task<(StoreServices Store, long Id, InspectionDataset Dataset)> FieldworkInspectionAsync()
    {
        var store = await NewStoreAsync();
        var dataset = TestDatasets.Full();
        var id = await store.Get<DatasetStore>().ImportAsync(dataset, Lead);
        return (store, id, dataset);
    }

    /// <summary>A case-supervision case and a prompt it answered yes, to change to no.</summary>
    private static (string CaseId, string Item) AnsweredYes(InspectionDataset dataset)
    {
        for (var c = 0; c < dataset.Cases.Count; c++)
            for (var i = 0; i < dataset.Answers.ItemCount; i++)
                if (dataset.Answers[c, i] == Judgement.Yes && dataset.Cases[c].Sample == "case-supervision")
                    return (dataset.Cases[c].CaseId, dataset.Framework.Questions.Items[i].Id);
        throw new InvalidOperationException("no yes answer");
    }

    [Fact]
    public async Task A_saved_case_assessment_is_read_back_with_a_new_version_and_an_audit_entry()
    {
        var (store, id, dataset) = await FieldworkInspectionAsync();
        var (caseId, item) = AnsweredYes(dataset);
        var loaded = await store.Get<CaseAssessmentStore>().LoadAsync(id, caseId);
        Assert.Equal(CaseAssessmentStatus.Completed, loaded.Status);
        Assert.Equal(Judgement.Yes, loaded.Answers[item]);

        var edited = loaded with
        {
            Answers = new Dictionary<string, Judgement>(loaded.Answers) { [item] = Judgement.No },
            Notes = new Dictionary<string, string> { [item] = "No contingency plan on file." },
            PracticeExamples = [new PracticeExample(caseId, "2.2", PracticeKind.Poor, "Planning did not address risk to children.")],
            Status = CaseAssessmentStatus.QualityAssured,
        };
        var saved = await store.Get<CaseAssessmentStore>().SaveAsync(edited, InspectorA);

        Assert.Equal(loaded.Version + 1, saved.Version);
        var reloaded = await store.Get<CaseAssessmentStore>().LoadAsync(id, caseId);
        Assert.Equal(Judgement.No, reloaded.Answers[item]);
        Assert.Equal("No contingency plan on file.", reloaded.Notes[item]);
        Assert.Equal(edited.PracticeExamples, reloaded.PracticeExamples);
        Assert.Equal(CaseAssessmentStatus.QualityAssured, reloaded.Status);
        var entry = (await store.Get<AuditLog>().ForRecordAsync(id, "case", caseId)).Last();
        Assert.Equal(InspectorA.UserName, entry.UserName);
        Assert.Contains("\"yes\"", entry.Before);
        Assert.Contains("No contingency plan on file.", entry.After);
        var whole = await store.Get<DatasetStore>().LoadAsync(id);
        Assert.Equal(Judgement.No, whole.Answers[whole.IndexOf(caseId)!.Value, dataset.Framework.Questions[item].Index]);
    }

    [Fact]
    public async Task Of_two_concurrent_edits_of_one_case_the_second_is_refused_and_the_first_is_kept()
    {
        var (store, id, dataset) = await FieldworkInspectionAsync();
        var (caseId, item) = AnsweredYes(dataset);
        var openedByA = await store.Get<CaseAssessmentStore>().LoadAsync(id, caseId);
        var openedByB = await store.Get<CaseAssessmentStore>().LoadAsync(id, caseId);

        await store.Get<CaseAssessmentStore>().SaveAsync(openedByA with { Answers = new Dictionary<string, Judgement>(openedByA.Answers) { [item] = Judgement.No } }, InspectorA);
        var refused = await Assert.ThrowsAsync<EditConflictException>(() =>
            store.Get<CaseAssessmentStore>().SaveAsync(openedByB with { Answers = new Dictionary<string, Judgement>(openedByB.Answers) { [item] = Judgement.NotApplicable } }, InspectorB));

        Assert.Contains($"case {caseId} was changed by {InspectorA.UserName}", refused.Message);
        Assert.Contains("your changes were not saved", refused.Message);
        var kept = await store.Get<CaseAssessmentStore>().LoadAsync(id, caseId);
        Assert.Equal(Judgement.No, kept.Answers[item]);
        Assert.Equal(openedByA.Version + 1, kept.Version);
        Assert.DoesNotContain(await store.Get<AuditLog>().ForInspectionAsync(id), e => e.UserName == InspectorB.UserName);
    }

    [Fact]
    public async Task Two_saves_racing_from_the_same_version_let_exactly_one_through()
    {
        var (store, id, dataset) = await FieldworkInspectionAsync();
        var (caseId, item) = AnsweredYes(dataset);
        var opened = await store.Get<CaseAssessmentStore>().LoadAsync(id, caseId);
        var saves = Enumerable.Range(0, 6).Select(n => Task.Run(async () =>
        {
            try
            {
                await store.Get<CaseAssessmentStore>().SaveAsync(opened with { Notes = new Dictionary<string, string> { [item] = $"note {n}" } }, new Actor($"inspector.{n}"));
                return true;
            }
            catch (EditConflictException)
            {
                return false;
            }
        })).ToList();
        var outcomes = await Task.WhenAll(saves);
        Assert.Equal(1, outcomes.Count(o => o));
        var winner = Array.IndexOf(outcomes, true);
        Assert.Equal($"note {winner}", (await store.Get<CaseAssessmentStore>().LoadAsync(id, caseId)).Notes[item]);
    }

    [Fact]
    public async Task Answers_that_break_the_rules_are_refused_with_every_reason_and_nothing_is_saved()
    {
        var (store, id, dataset) = await FieldworkInspectionAsync();
        var unpaid = dataset.Cases.First(c => c.Sample == "unpaid-work").CaseId;
        var loaded = await store.Get<CaseAssessmentStore>().LoadAsync(id, unpaid);
        var caseSupervisionItem = dataset.Framework.Questions.Items.First(i => i.Population.Id.StartsWith("CS", StringComparison.Ordinal)).Id;
        var bad = loaded with
        {
            Answers = new Dictionary<string, Judgement>(loaded.Answers) { [caseSupervisionItem] = Judgement.Yes, ["9.9.9"] = Judgement.No },
            Notes = new Dictionary<string, string> { ["2.4.1"] = "note with no answer" },
        };
        var before = await DatabaseFingerprint.TakeAsync(store.Location);
        var refused = await Assert.ThrowsAsync<ChangeRefusedException>(() => store.Get<CaseAssessmentStore>().SaveAsync(bad, InspectorA));
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(store.Location));
        Assert.Equal(3, refused.Reasons.Count);
        Assert.Contains(refused.Reasons, r => r.Contains($"case {unpaid} is outside", StringComparison.Ordinal) && r.Contains(caseSupervisionItem, StringComparison.Ordinal));
        Assert.Contains(refused.Reasons, r => r.Contains("\"9.9.9\" is not a key question or prompt", StringComparison.Ordinal));
        Assert.Contains(refused.Reasons, r => r.Contains("the note on 2.4.1 has no answer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cases_are_assigned_to_inspectors_only_and_listed_with_their_holder()
    {
        var (store, id, dataset) = await FieldworkInspectionAsync();
        await store.Get<UserStore>().CreateAsync(new NewUser("inspector.a", "Inspector A", [UserRole.Inspector]), Lead);
        await store.Get<UserStore>().CreateAsync(new NewUser("analyst", "An Analyst", [UserRole.Analyst]), Lead);
        var caseId = dataset.Cases[3].CaseId;

        await store.Get<CaseAssessmentStore>().AssignAsync(id, caseId, "inspector.a", Lead);
        var refused = await Assert.ThrowsAsync<ChangeRefusedException>(() => store.Get<CaseAssessmentStore>().AssignAsync(id, caseId, "analyst", Lead));

        Assert.Contains("analyst is not an inspector", refused.Message);
        Assert.Equal("inspector.a", (await store.Get<CaseAssessmentStore>().LoadAsync(id, caseId)).AssignedTo);
        var listed = (await store.Get<CaseAssessmentStore>().ListAsync(id)).Single(c => c.CaseId == caseId);
        Assert.Equal([(id, caseId, listed.Status)], await store.Get<CaseAssessmentStore>().AssignedToAsync("inspector.a"));
        Assert.Equal("inspector.a", listed.AssignedTo);
        Assert.Equal(dataset.Answers.Row(3).ToArray().Count(b => b != 0), listed.Answered);
        await Assert.ThrowsAsync<RecordNotFoundException>(() => store.Get<CaseAssessmentStore>().LoadAsync(id, "NO-SUCH-CASE"));
    }
}
