using Probity.Core.Datasets;
using Probity.Core.Ratings;
using Probity.Data.Audit;
using Probity.Data.Cases;
using Probity.Data.PersonalData;
using Probity.Data.Tests.Infrastructure;

namespace Probity.Data.Tests;

public abstract partial class StoreSuite
{
    private const string PersonalNote = "Lives with his sister on Acacia Road; she was not asked about the children.";
    private const string PersonalExample = "The officer visited the home within a week of release.";

    /// <summary>Two cases with the same note in their own words (and one with a practice example too), saved through the store so the log holds them.</summary>
    private async Task<(StoreServices Store, long Id, string Erased, string Kept)> TwoCasesWithNotesAsync()
    {
        var (store, id, dataset) = await FieldworkInspectionAsync();
        var cases = store.Get<CaseAssessmentStore>();
        var answered = dataset.Cases.Select((c, n) => (c.CaseId, c.Sample, Item: Enumerable.Range(0, dataset.Answers.ItemCount).FirstOrDefault(i => dataset.Answers[n, i] != Judgement.NotRecorded, -1)))
            .Where(c => c.Sample == "case-supervision" && c.Item >= 0).Take(2).ToList();
        foreach (var (caseId, _, item) in answered)
        {
            var loaded = await cases.LoadAsync(id, caseId);
            await cases.SaveAsync(loaded with
            {
                Notes = new Dictionary<string, string>(loaded.Notes) { [dataset.Framework.Questions.Items[item].Id] = PersonalNote },
                PracticeExamples = caseId == answered[0].CaseId ? [new PracticeExample(caseId, "2.1", PracticeKind.Good, PersonalExample)] : loaded.PracticeExamples,
            }, InspectorA);
        }
        return (store, id, answered[0].CaseId, answered[1].CaseId);
    }

    [Fact]
    public async Task Erasing_a_published_cases_text_removes_its_notes_and_examples_from_the_case_and_the_log_and_keeps_its_answers_and_the_chain()
    {
        var (store, id, erased, kept) = await TwoCasesWithNotesAsync();
        await RawExecuteAsync(store.Location, $"update inspections set status = 'published' where id = {id}");
        var before = await store.Get<CaseAssessmentStore>().LoadAsync(id, erased);
        Assert.NotEmpty(before.Notes);
        Assert.NotEmpty(before.PracticeExamples);

        var result = await store.Get<CaseTextErasureStore>().EraseAsync(id, erased, "Subject asked for erasure", Lead);

        var after = await store.Get<CaseAssessmentStore>().LoadAsync(id, erased);
        Assert.Empty(after.Notes);
        Assert.Empty(after.PracticeExamples);
        Assert.Equal(before.Answers, after.Answers);
        Assert.Equal(before.Status, after.Status);
        Assert.Equal((before.Notes.Count, 1), (result.Notes, result.PracticeExamples));
        Assert.True(result.LogTexts >= 2, $"the log held the case's note and example: {result.LogTexts} texts erased");

        var held = (await RawQueryAsync(store.Location, "select entity_key, text from audit_texts")).Select(r => ((string?)r[0], (string)r[1]!)).ToList();
        Assert.DoesNotContain(held, t => t.Item1 == erased);
        Assert.DoesNotContain(held, t => t.Item2 == PersonalExample);
        Assert.Contains((kept, PersonalNote), held); // the other case's identical words are its own, and stay
        Assert.Equal(PersonalNote, (await store.Get<CaseAssessmentStore>().LoadAsync(id, kept)).Notes.Values.Single(v => v == PersonalNote));

        var verified = await store.Get<AuditLog>().VerifyAsync();
        Assert.True(verified.Intact, verified.FirstBreak?.ToString());
        var history = await store.Get<AuditLog>().ForRecordAsync(id, "case", erased);
        Assert.All(history, e => Assert.DoesNotContain(PersonalNote, (e.Before ?? "") + e.After));
        var erasure = history[^1];
        Assert.Equal(("erase-text", Lead.UserName), (erasure.Action, erasure.UserName));
        Assert.Contains("Subject asked for erasure", erasure.After);
    }

    [Fact]
    public async Task Erasing_a_cases_text_before_publication_is_refused_and_changes_nothing()
    {
        var (store, id, erased, _) = await TwoCasesWithNotesAsync();
        var before = await DatabaseFingerprint.TakeAsync(store.Location);

        var refused = await Assert.ThrowsAsync<ChangeRefusedException>(() => store.Get<CaseTextErasureStore>().EraseAsync(id, erased, "Too early", Lead));

        Assert.Contains("once the inspection is published", refused.Message);
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(store.Location));
        Assert.Contains(PersonalNote, (await store.Get<CaseAssessmentStore>().LoadAsync(id, erased)).Notes.Values);
    }
}
