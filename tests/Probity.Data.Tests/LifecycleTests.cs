using Probity.Core.Datasets;
using Probity.Core.Ratings;
using Probity.Data.Inspections;
using Probity.Data.Tests.Infrastructure;
using Probity.Data.Audit;
using Probity.Data.Cases;
using Probity.Data.Datasets;
using Probity.Data.DomainOne;
using Probity.Data.Providers;
using Probity.Data.Samples;
using Probity.Data.Users;

namespace Probity.Data.Tests;

public abstract partial class StoreSuite
{
    private async Task<(StoreServices Store, long Id, InspectionDataset Dataset)> ImportAtAsync(InspectionDataset dataset, InspectionStatus status)
    {
        var store = await NewStoreAsync();
        var staged = new InspectionDataset(dataset.Framework, dataset.Manifest with { Status = status }, dataset.Cases, dataset.Answers)
        {
            Interviews = dataset.Interviews, Meetings = dataset.Meetings, PracticeExamples = dataset.PracticeExamples,
        };
        return (store, await store.Get<DatasetStore>().ImportAsync(staged, Lead), staged);
    }

    [Fact]
    public async Task An_inspection_moves_forward_one_step_at_a_time_and_back_only_with_a_reason()
    {
        var store = await NewStoreAsync();
        var provider = await store.Get<ProviderStore>().CreateAsync(new ProviderInfo("Example CRC", ProviderType.CRC) { Region = "North East" }, Lead);
        var inspection = await store.Get<InspectionStore>().CreateAsync(new NewInspection("hmip-crc-2019", provider.Id) { Reference = "EX-1" }, Lead);
        Assert.Equal(InspectionStatus.Planned, inspection.Status);
        Assert.Equal("North East", provider.RegionName);

        var skip = await Assert.ThrowsAsync<ChangeRefusedException>(() =>
            store.Get<InspectionStore>().ChangeStatusAsync(inspection.Id, InspectionStatus.QualityAssurance, inspection.Version, Lead));
        Assert.Contains("the next stage is fieldwork", skip.Message);
        await store.Get<UserStore>().CreateAsync(new NewUser(InspectorA.UserName, "Amir Shah", [UserRole.Inspector]), Lead);
        await store.Get<SampledCaseStore>().AddAsync(inspection.Id, "case-supervision", "C-1", null, "the one case of this test", Lead);
        await store.Get<CaseAssessmentStore>().AssignAsync(inspection.Id, "C-1", InspectorA.UserName, Lead);
        inspection = await store.Get<InspectionStore>().ChangeStatusAsync(inspection.Id, InspectionStatus.Fieldwork, inspection.Version, Lead);
        var noReason = await Assert.ThrowsAsync<ChangeRefusedException>(() =>
            store.Get<InspectionStore>().ChangeStatusAsync(inspection.Id, InspectionStatus.Planned, inspection.Version, Lead));
        Assert.Contains("needs a reason", noReason.Message);
        inspection = await store.Get<InspectionStore>().ChangeStatusAsync(inspection.Id, InspectionStatus.Planned, inspection.Version, Lead, "dates moved");
        Assert.Equal(InspectionStatus.Planned, inspection.Status);

        var stale = await Assert.ThrowsAsync<EditConflictException>(() =>
            store.Get<InspectionStore>().ChangeStatusAsync(inspection.Id, InspectionStatus.Fieldwork, inspection.Version - 1, Lead));
        Assert.Contains($"changed by {Lead.UserName}", stale.Message);
        var history = (await store.Get<AuditLog>().ForInspectionAsync(inspection.Id)).Where(e => e.Action == "change-status").ToList();
        Assert.Equal(2, history.Count);
        Assert.Contains("dates moved", history[1].After);
    }

    [Fact]
    public async Task Ratification_needs_complete_ratings_then_locks_case_data_until_the_panel_reopens_it()
    {
        var (store, id, dataset) = await ImportAtAsync(TestDatasets.Full(), InspectionStatus.RatingsPanel);
        var caseId = dataset.Cases[0].CaseId;
        var incomplete = await store.Get<DomainOneStore>().RatifyAsync(id, "1.1", null, 1, Lead);

        var refused = await Assert.ThrowsAsync<ChangeRefusedException>(() =>
            store.Get<InspectionStore>().ChangeStatusAsync(id, InspectionStatus.Drafting, 1, Lead));
        Assert.Contains(refused.Reasons, r => r.StartsWith("Standard 1.1 ", StringComparison.Ordinal) && r.Contains("has no rating yet", StringComparison.Ordinal));

        await store.Get<DomainOneStore>().RatifyAsync(id, "1.1", Rating.Good, incomplete, Lead);
        var drafting = await store.Get<InspectionStore>().ChangeStatusAsync(id, InspectionStatus.Drafting, 1, Lead);
        Assert.True(drafting.CaseDataLocked);
        var opened = await store.Get<CaseAssessmentStore>().LoadAsync(id, caseId);
        var locked = await Assert.ThrowsAsync<ChangeRefusedException>(() => store.Get<CaseAssessmentStore>().SaveAsync(opened with { Status = Data.Cases.CaseAssessmentStatus.InProgress }, InspectorA));
        Assert.Contains("is locked", locked.Message);
        await Assert.ThrowsAsync<ChangeRefusedException>(() => store.Get<DomainOneStore>().RatifyAsync(id, "1.1", Rating.Outstanding, 2, Lead));

        var reopened = await store.Get<InspectionStore>().ChangeStatusAsync(id, InspectionStatus.RatingsPanel, drafting.Version, Lead, "the panel revisits 2.3");
        Assert.False(reopened.CaseDataLocked);
        await store.Get<CaseReopeningStore>().ReopenAsync(id, caseId, "the panel revisits 2.3", Lead);
        await store.Get<CaseAssessmentStore>().SaveAsync(await store.Get<CaseAssessmentStore>().LoadAsync(id, caseId), InspectorA);
    }

    [Fact]
    public async Task A_published_inspection_never_moves_and_its_case_data_is_locked_from_import()
    {
        var store = await NewStoreAsync();
        var id = await store.Get<DatasetStore>().ImportAsync(TestDatasets.Northumbria(), Lead);
        var inspection = await store.Get<InspectionStore>().GetAsync(id);
        Assert.True(inspection.CaseDataLocked);
        var refused = await Assert.ThrowsAsync<ChangeRefusedException>(() =>
            store.Get<InspectionStore>().ChangeStatusAsync(id, InspectionStatus.Drafting, inspection.Version, Lead, "typo"));
        Assert.Contains("published", refused.Message);
    }

    [Fact]
    public async Task The_previous_inspection_must_be_of_the_same_provider_and_details_edits_are_versioned()
    {
        var store = await NewStoreAsync();
        var first = await store.Get<DatasetStore>().ImportAsync(TestDatasets.Full(), Lead);
        var second = await store.Get<DatasetStore>().ImportAsync(TestDatasets.Full(seed: 8), Lead);
        var other = await store.Get<DatasetStore>().ImportAsync(TestDatasets.Northumbria(), Lead);
        var current = await store.Get<InspectionStore>().GetAsync(second);

        var wrong = await Assert.ThrowsAsync<ChangeRefusedException>(() => store.Get<InspectionStore>().SetPreviousInspectionAsync(second, other, current.Version, Lead));
        Assert.Contains("same provider", wrong.Message);
        current = await store.Get<InspectionStore>().SetPreviousInspectionAsync(second, first, current.Version, Lead);
        Assert.Equal(first, current.PreviousInspectionId);

        var details = new InspectionDetails { Reference = "SY-2019b", FieldworkStart = new DateOnly(2019, 10, 1), NotInspected = ["4.2"], Fieldwork = new FieldworkFacts { Meetings = 9 } };
        current = await store.Get<InspectionStore>().UpdateDetailsAsync(second, details, current.Version, Lead);
        await Assert.ThrowsAsync<EditConflictException>(() => store.Get<InspectionStore>().UpdateDetailsAsync(second, details, current.Version - 1, InspectorA));
        var manifest = (await store.Get<DatasetStore>().LoadAsync(second)).Manifest;
        Assert.Equal("SY-2019b", manifest.Reference);
        Assert.Equal(9, manifest.Fieldwork.Meetings);
        Assert.Equal(["4.2"], manifest.NotInspected);
        Assert.Equal(2, (await store.Get<InspectionStore>().FindByReferenceAsync("SY-2019")).Count + 1);
    }
}
