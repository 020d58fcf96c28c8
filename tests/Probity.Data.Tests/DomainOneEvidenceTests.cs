using Probity.Core.Datasets;
using Probity.Data.DomainOne;
using Probity.Data.Tests.Infrastructure;
using Probity.Data.Audit;

namespace Probity.Data.Tests;

/// <summary>Domain-one evidence as the web app edits it: versioned changes and removals, key data and facts saved whole, the case-data lock.</summary>
public abstract partial class StoreSuite
{
    [Fact]
    public async Task An_interview_is_changed_and_removed_only_from_the_version_read()
    {
        var (store, id, _) = await ImportAtAsync(TestDatasets.Full(), InspectionStatus.Fieldwork);
        var first = await store.Get<DomainOneStore>().SaveInterviewAsync(id, new OfficerInterview("RO-50") { Grade = "PO", Caseload = 40 }, null, Lead);
        var second = await store.Get<DomainOneStore>().SaveInterviewAsync(id, new OfficerInterview("RO-50") { Grade = "PO", Caseload = 44 }, first, InspectorA);

        var stale = await Assert.ThrowsAsync<EditConflictException>(() =>
            store.Get<DomainOneStore>().SaveInterviewAsync(id, new OfficerInterview("RO-50") { Grade = "PSO" }, first, Lead));
        Assert.Contains("inspector.a", stale.Message);
        var staleRemove = await Assert.ThrowsAsync<EditConflictException>(() => store.Get<DomainOneStore>().RemoveInterviewAsync(id, "RO-50", first, Lead));
        Assert.Contains("inspector.a", staleRemove.Message);
        Assert.Equal(44, (await InterviewAsync(store, id, "RO-50"))!.Interview.Caseload);
        var badGrade = await Assert.ThrowsAsync<ChangeRefusedException>(() =>
            store.Get<DomainOneStore>().SaveInterviewAsync(id, new OfficerInterview("RO-51") { Grade = "senior" }, null, Lead));
        Assert.Contains("\"senior\" is not a grade", badGrade.Message);

        await store.Get<DomainOneStore>().RemoveInterviewAsync(id, "RO-50", second, Lead);
        Assert.Null(await InterviewAsync(store, id, "RO-50"));
        Assert.Equal(["save", "save", "remove"], (await store.Get<AuditLog>().ForRecordAsync(id, "interview", "RO-50")).Select(e => e.Action));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => store.Get<DomainOneStore>().RemoveInterviewAsync(id, "RO-50", second, Lead));
    }

    [Fact]
    public async Task A_meeting_is_changed_and_removed_only_from_the_version_read()
    {
        var (store, id, _) = await ImportAtAsync(TestDatasets.Full(), InspectionStatus.Fieldwork);
        var meetingId = await store.Get<DomainOneStore>().AddMeetingAsync(id, new Meeting(MeetingKind.Stakeholders, "Police and council"), Lead);
        var changed = new Meeting(MeetingKind.OperationalPartners, "Police, council and health") { Date = new DateOnly(2019, 9, 18), Attendees = 6, Notes = "Met at the town hall" };

        var version = await store.Get<DomainOneStore>().SaveMeetingAsync(id, meetingId, changed, 1, InspectorA);

        Assert.Equal(2, version);
        var stored = (await store.Get<DomainOneStore>().GetAsync(id)).Meetings.Single(m => m.Id == meetingId);
        Assert.Equal((changed, 2), (stored.Meeting, stored.Version));
        var stale = await Assert.ThrowsAsync<EditConflictException>(() => store.Get<DomainOneStore>().SaveMeetingAsync(id, meetingId, changed with { Attendees = 1 }, 1, Lead));
        Assert.Contains("inspector.a", stale.Message);
        await Assert.ThrowsAsync<ChangeRefusedException>(() => store.Get<DomainOneStore>().SaveMeetingAsync(id, meetingId, changed with { Description = " " }, 2, Lead));
        await Assert.ThrowsAsync<EditConflictException>(() => store.Get<DomainOneStore>().RemoveMeetingAsync(id, meetingId, 1, Lead));
        Assert.Contains((await store.Get<DomainOneStore>().GetAsync(id)).Meetings, m => m.Id == meetingId);

        await store.Get<DomainOneStore>().RemoveMeetingAsync(id, meetingId, 2, Lead);
        Assert.DoesNotContain((await store.Get<DomainOneStore>().GetAsync(id)).Meetings, m => m.Id == meetingId);
        await Assert.ThrowsAsync<RecordNotFoundException>(() => store.Get<DomainOneStore>().SaveMeetingAsync(id, meetingId, changed, 2, Lead));
    }

    [Fact]
    public async Task Key_data_and_contextual_facts_count_their_saves_as_their_version()
    {
        var (store, id, dataset) = await ImportAtAsync(TestDatasets.Northumbria(), InspectionStatus.Fieldwork);
        var imported = await store.Get<DomainOneStore>().GetAsync(id);
        var staffing = imported.KeyData.Single(t => t.Id == "kd-1.2-staffing");
        Assert.Equal((0, 0), (imported.KeyDataVersion("kd-1.2-staffing"), imported.ContextualFactsVersion));
        var corrected = staffing with { Rows = [staffing.Rows[0] with { Values = [171m, 182m] }, .. staffing.Rows.Skip(1)] };

        Assert.Equal(1, await store.Get<DomainOneStore>().SaveKeyDataTableAsync(id, corrected, 0, InspectorA));
        var stale = await Assert.ThrowsAsync<EditConflictException>(() => store.Get<DomainOneStore>().SaveKeyDataTableAsync(id, staffing, 0, Lead));
        Assert.Contains("inspector.a", stale.Message);
        var facts = dataset.Manifest.ContextualFacts.Take(2).ToList();
        Assert.Equal(1, await store.Get<DomainOneStore>().SaveContextualFactsAsync(id, facts, 0, InspectorA));
        var staleFacts = await Assert.ThrowsAsync<EditConflictException>(() => store.Get<DomainOneStore>().SaveContextualFactsAsync(id, [], 0, Lead));
        Assert.Contains("inspector.a", staleFacts.Message);
        var blank = await Assert.ThrowsAsync<ChangeRefusedException>(() => store.Get<DomainOneStore>().SaveContextualFactsAsync(id, [new ContextualFact("Turnover", " ")], 1, Lead));
        Assert.Equal(["contextual fact 1 needs a label and a value"], blank.Reasons);

        var after = await store.Get<DomainOneStore>().GetAsync(id);
        Assert.Equal((1, 1), (after.KeyDataVersion("kd-1.2-staffing"), after.ContextualFactsVersion));
        Assert.Equal(0, after.KeyDataVersion("kd-1.3-services"));
        Assert.Equal([171m, 182m], after.KeyData.Single(t => t.Id == "kd-1.2-staffing").Rows[0].Values);
        Assert.Equal(facts, after.ContextualFacts);
    }

    [Fact]
    public async Task Domain_one_evidence_is_locked_with_the_case_data()
    {
        var (store, id, _) = await ImportAtAsync(TestDatasets.Full(), InspectionStatus.Drafting);
        var evidence = await store.Get<DomainOneStore>().GetAsync(id);
        var interview = evidence.Interviews[0];
        var meeting = evidence.Meetings[0];
        var before = await DatabaseFingerprint.TakeAsync(store.Location);

        Func<Task>[] writes =
        [
            () => store.Get<DomainOneStore>().SaveInterviewAsync(id, interview.Interview with { Caseload = 1 }, interview.Version, Lead),
            () => store.Get<DomainOneStore>().RemoveInterviewAsync(id, interview.Interview.OfficerId, interview.Version, Lead),
            () => store.Get<DomainOneStore>().AddMeetingAsync(id, new Meeting(MeetingKind.Other, "After ratification"), Lead),
            () => store.Get<DomainOneStore>().SaveMeetingAsync(id, meeting.Id, meeting.Meeting with { Attendees = 1 }, meeting.Version, Lead),
            () => store.Get<DomainOneStore>().RemoveMeetingAsync(id, meeting.Id, meeting.Version, Lead),
            () => store.Get<DomainOneStore>().SaveKeyDataTableAsync(id, evidence.KeyData[0], 0, Lead),
            () => store.Get<DomainOneStore>().SaveContextualFactsAsync(id, [new ContextualFact("Annual turnover", "£1m")], 0, Lead),
        ];
        foreach (var write in writes)
            Assert.Contains("is locked", (await Assert.ThrowsAsync<ChangeRefusedException>(write)).Message);
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(store.Location));
    }

    private static async Task<StoredInterview?> InterviewAsync(StoreServices store, long id, string officer) =>
        (await store.Get<DomainOneStore>().GetAsync(id)).Interviews.FirstOrDefault(i => i.Interview.OfficerId == officer);
}
