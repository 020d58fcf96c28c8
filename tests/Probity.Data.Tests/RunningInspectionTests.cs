using Probity.Core.Datasets;
using Probity.Core.Ratings;
using Probity.Data.Audit;
using Probity.Data.Cases;
using Probity.Data.Datasets;
using Probity.Data.Inspections;
using Probity.Data.Providers;
using Probity.Data.Samples;
using Probity.Data.Teams;
using Probity.Data.Tests.Infrastructure;
using Probity.Data.Users;

namespace Probity.Data.Tests;

public abstract partial class StoreSuite
{
    private static readonly DrawnSample TwoStrata = new("case-supervision", 7, new Dictionary<string, string> { ["confidence"] = "80" }, ["case_id", "sex", "office"],
    [
        new DrawnCase("P-1", "female", DrawnRole.Sample, null, ["P-1", "female", "Leeds"]),
        new DrawnCase("P-2", "female", DrawnRole.Sample, null, ["P-2", "female", "York"]),
        new DrawnCase("P-3", "male", DrawnRole.Sample, null, ["P-3", "male", "Leeds"]),
        new DrawnCase("R-1", "female", DrawnRole.Reserve, 1, ["R-1", "female", "Hull"]),
        new DrawnCase("R-3", "male", DrawnRole.Reserve, 2, ["R-3", "male", "Hull"]),
        new DrawnCase("R-2", "female", DrawnRole.Reserve, 3, ["R-2", "female", "Hull"]),
    ]);

    private async Task<(StoreServices Store, InspectionSummary Inspection)> NewTeamInspectionAsync()
    {
        var store = await NewStoreAsync();
        var users = store.Get<UserStore>();
        await users.CreateAsync(new NewUser(Lead.UserName, "Lisa Parker", [UserRole.LeadInspector]), Lead);
        await users.CreateAsync(new NewUser(InspectorA.UserName, "Amir Shah", [UserRole.Inspector]), Lead);
        await users.CreateAsync(new NewUser(InspectorB.UserName, "Beth Cole", [UserRole.Inspector]), Lead);
        await users.CreateAsync(new NewUser("panel.member", "Pat Noon", [UserRole.RatingsPanelMember]), Lead);
        await users.CreateAsync(new NewUser("the.admin", "Ada Min", [UserRole.Admin]), Lead);
        var provider = await store.Get<ProviderStore>().CreateAsync(new ProviderInfo("Example CRC", ProviderType.CRC), ["Old Example CRC"], Lead);
        var inspection = await store.Get<InspectionStore>().CreateAsync(new NewInspection("hmip-crc-2019", provider.Id)
        {
            Reference = "EX-19", ProgrammeYear = "2019/20",
            Team = [new(Lead.UserName, TeamRole.Lead), new(InspectorA.UserName, TeamRole.Inspector), new("panel.member", TeamRole.PanelMember)],
        }, Lead);
        return (store, inspection);
    }

    [Fact]
    public async Task A_draft_is_seen_by_its_team_and_admins_and_a_published_inspection_by_everyone()
    {
        var (store, inspection) = await NewTeamInspectionAsync();
        var teams = store.Get<InspectionTeamStore>();
        Assert.True(await teams.MayViewAsync(inspection.Id, Lead.UserName));
        Assert.True(await teams.MayViewAsync(inspection.Id, InspectorA.UserName));
        Assert.True(await teams.MayViewAsync(inspection.Id, "panel.member"));
        Assert.True(await teams.MayViewAsync(inspection.Id, "the.admin"));
        Assert.False(await teams.MayViewAsync(inspection.Id, InspectorB.UserName));
        Assert.False(await teams.MayViewAsync(inspection.Id + 99, "the.admin"));

        var published = await store.Get<DatasetStore>().ImportAsync(TestDatasets.Northumbria(), Lead);
        Assert.Equal([published], (await teams.ListVisibleAsync(InspectorB.UserName)).Select(i => i.Id));
        Assert.Equal([inspection.Id, published], (await teams.ListVisibleAsync(InspectorA.UserName)).Select(i => i.Id));
        Assert.Equal([inspection.Id], (await teams.ListForMemberAsync(InspectorA.UserName)).Select(i => i.Id));

        var team = await teams.GetAsync(inspection.Id);
        Assert.Contains(new TeamMember(InspectorA.UserName, TeamRole.Inspector) { DisplayName = "Amir Shah" }, team);
        var wrongRole = await Assert.ThrowsAsync<ChangeRefusedException>(() =>
            teams.SetAsync(inspection.Id, [new(Lead.UserName, TeamRole.Lead), new(InspectorB.UserName, TeamRole.PanelMember)], Lead));
        Assert.Equal(["Beth Cole cannot be a ratings panel member: their account does not have that role"], wrongRole.Reasons);
        var noLead = await Assert.ThrowsAsync<ChangeRefusedException>(() => teams.SetAsync(inspection.Id, [new(InspectorB.UserName, TeamRole.Inspector)], Lead));
        Assert.Equal(["the team needs a lead inspector"], noLead.Reasons);

        await teams.SetAsync(inspection.Id, [new(Lead.UserName, TeamRole.Lead), new(InspectorB.UserName, TeamRole.Inspector)], Lead);
        Assert.True(await teams.MayViewAsync(inspection.Id, InspectorB.UserName));
        Assert.False(await teams.MayViewAsync(inspection.Id, InspectorA.UserName));
        Assert.Single(await store.Get<AuditLog>().ForRecordAsync(inspection.Id, "team", inspection.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var manifest = (await store.Get<DatasetStore>().LoadAsync(inspection.Id)).Manifest;
        Assert.Equal("2019/20", manifest.ProgrammeYear);
    }

    [Fact]
    public async Task Providers_keep_their_previous_names_and_a_rename_adds_the_old_one()
    {
        var store = await NewStoreAsync();
        var providers = store.Get<ProviderStore>();
        var created = await providers.CreateAsync(new ProviderInfo("Example CRC", ProviderType.CRC) { Region = "North East" }, ["Example Trust"], Lead);
        Assert.Equal(["Example Trust"], created.PreviousNames);
        var renamed = await providers.UpdateAsync(created.Id, new ProviderInfo("Example Probation CRC", ProviderType.CRC) { Region = "North East" }, created.PreviousNames,
            created.Version, Lead);
        Assert.Equal(["Example CRC", "Example Trust"], renamed.PreviousNames);
        Assert.Equal("North East", renamed.RegionName);
        await Assert.ThrowsAsync<EditConflictException>(() => providers.UpdateAsync(created.Id, new ProviderInfo("Stale", ProviderType.CRC), [], created.Version, InspectorA));
        Assert.Equal(["Example CRC", "Example Trust"], (await providers.ListAsync()).Single(p => p.Id == created.Id).PreviousNames);
        Assert.Contains(await store.Get<AuditLog>().ForRecordAsync(null, "provider", created.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), e => e.Action == "update");
    }

    [Fact]
    public async Task Drawing_a_sample_creates_its_cases_and_the_lead_swaps_adds_and_withdraws_them_with_reasons()
    {
        var (store, inspection) = await NewTeamInspectionAsync();
        var sampled = store.Get<SampledCaseStore>();
        var cases = store.Get<CaseAssessmentStore>();
        await store.Get<DrawnSampleStore>().SaveAsync(inspection.Id, TwoStrata, Lead);
        var list = await cases.ListAsync(inspection.Id);
        Assert.Equal(["P-1", "P-2", "P-3"], list.Select(c => c.CaseId));
        Assert.All(list, c => Assert.Equal("case-supervision", c.Sample));
        Assert.Equal("female", (await cases.LoadAsync(inspection.Id, "P-1")).Case.Get(CaseColumns.Sex));

        Assert.Equal("R-1", await sampled.SwapForReserveAsync(inspection.Id, "P-1", "not available: in custody", Lead));
        Assert.Equal("R-2", await sampled.SwapForReserveAsync(inspection.Id, "P-2", "wrongly included", Lead));
        var offer = await sampled.ReserveOfferAsync(inspection.Id, "R-1");
        Assert.True(offer.StratumRanOut);
        Assert.Equal([new StratumReserve("male", "R-3", 1)], offer.OtherStrata);
        var ranOut = await Assert.ThrowsAsync<ChangeRefusedException>(() => sampled.SwapForReserveAsync(inspection.Id, "R-1", "moved away", Lead));
        Assert.Equal("The stratum female has no reserves left. Take the next reserve of another stratum: male (case R-3).", ranOut.Message);
        Assert.Equal("R-3", await sampled.SwapForReserveAsync(inspection.Id, "R-1", "moved away", Lead, fromStratum: "male"));

        await sampled.AddAsync(inspection.Id, "case-supervision", "H-9", null, "a case the provider flagged as high risk", Lead);
        var noReason = await Assert.ThrowsAsync<ChangeRefusedException>(() => sampled.WithdrawAsync(inspection.Id, "P-3", " ", Lead));
        Assert.Contains("Say why case P-3 is taken out", noReason.Message);
        await sampled.WithdrawAsync(inspection.Id, "P-3", "died before fieldwork", Lead);
        var back = await Assert.ThrowsAsync<ChangeRefusedException>(() => sampled.AddAsync(inspection.Id, "case-supervision", "P-3", null, "changed our minds", Lead));
        Assert.Contains("was withdrawn", back.Message);

        Assert.Equal(["R-2", "R-3", "H-9"], (await cases.ListAsync(inspection.Id)).Select(c => c.CaseId));
        var withdrawn = await sampled.ListWithdrawnAsync(inspection.Id);
        Assert.Equal([("P-1", "R-1"), ("P-2", "R-2"), ("R-1", "R-3"), ("P-3", (string?)null)], withdrawn.Select(w => (w.CaseId, w.ReplacedBy)));
        Assert.Equal("died before fieldwork", withdrawn[3].Reason);
        var audit = await store.Get<AuditLog>().ForInspectionAsync(inspection.Id);
        Assert.Equal(3, audit.Count(e => e.Action == "swap-for-reserve"));
        Assert.Single(audit, e => e.Action == "withdraw");
        Assert.Single(audit, e => e.Action == "add");
    }

    [Fact]
    public async Task Each_gate_refuses_with_its_message_until_the_work_is_done()
    {
        var (store, inspection) = await NewTeamInspectionAsync();
        var inspections = store.Get<InspectionStore>();
        var noSample = await Assert.ThrowsAsync<ChangeRefusedException>(() => inspections.ChangeStatusAsync(inspection.Id, InspectionStatus.Fieldwork, inspection.Version, Lead));
        Assert.Equal(2, noSample.Reasons.Count);
        Assert.StartsWith("No sample has been drawn yet", noSample.Reasons[0], StringComparison.Ordinal);

        await store.Get<DrawnSampleStore>().SaveAsync(inspection.Id, TwoStrata, Lead);
        Assert.Equal(["No case has been given to an inspector yet: assign at least one sampled case before fieldwork starts."],
            await inspections.BlocksAsync(inspection.Id, InspectionStatus.Fieldwork));
        await store.Get<CaseAssessmentStore>().AssignAsync(inspection.Id, "P-1", InspectorA.UserName, Lead);
        inspection = await inspections.ChangeStatusAsync(inspection.Id, InspectionStatus.Fieldwork, inspection.Version, Lead);
        inspection = await inspections.ChangeStatusAsync(inspection.Id, InspectionStatus.QualityAssurance, inspection.Version, Lead);

        var unfinished = await Assert.ThrowsAsync<ChangeRefusedException>(() => inspections.ChangeStatusAsync(inspection.Id, InspectionStatus.RatingsPanel, inspection.Version, Lead));
        Assert.Equal(3, unfinished.Reasons.Count);
        Assert.Equal("Case P-1 is not completed (not started): finish its assessment, or withdraw it from the sample with a reason.", unfinished.Reasons[0]);

        var cases = store.Get<CaseAssessmentStore>();
        foreach (var id in new[] { "P-1", "P-2" })
            await cases.SaveAsync(await cases.LoadAsync(inspection.Id, id) with { Status = CaseAssessmentStatus.Completed }, InspectorA);
        await store.Get<SampledCaseStore>().WithdrawAsync(inspection.Id, "P-3", "transferred out of the area", Lead);
        inspection = await inspections.ChangeStatusAsync(inspection.Id, InspectionStatus.RatingsPanel, inspection.Version, Lead);

        var sampleFrozen = await Assert.ThrowsAsync<ChangeRefusedException>(() => store.Get<SampledCaseStore>().WithdrawAsync(inspection.Id, "P-1", "late doubt", Lead));
        Assert.Contains("the sample of inspection EX-19 can no longer change", sampleFrozen.Message);
        var ratify = await Assert.ThrowsAsync<ChangeRefusedException>(() => inspections.ChangeStatusAsync(inspection.Id, InspectionStatus.Drafting, inspection.Version, Lead));
        Assert.Contains(ratify.Reasons, r => r.StartsWith("Standard 1.1 ", StringComparison.Ordinal) && r.EndsWith("has no rating yet: the panel cannot ratify until every rated standard has one.", StringComparison.Ordinal));
        var back = await inspections.ChangeStatusAsync(inspection.Id, InspectionStatus.QualityAssurance, inspection.Version, Lead, "one more case to check");
        Assert.Equal(InspectionStatus.QualityAssurance, back.Status);
    }

    [Fact]
    public async Task At_the_panel_answers_are_frozen_until_a_lead_reopens_one_case_and_the_panel_sees_what_changed()
    {
        var (store, id, dataset) = await ImportAtAsync(TestDatasets.Full(), InspectionStatus.RatingsPanel);
        var cases = store.Get<CaseAssessmentStore>();
        var reopenings = store.Get<CaseReopeningStore>();
        var caseId = dataset.Cases[0].CaseId;
        var loaded = await cases.LoadAsync(id, caseId);
        var frozen = await Assert.ThrowsAsync<ChangeRefusedException>(() => cases.SaveAsync(loaded with { Status = CaseAssessmentStatus.InProgress }, InspectorA));
        Assert.Equal($"The ratings panel has started, so the answers of case {caseId} are frozen as the panel sees them. " +
            "A lead inspector can reopen the case, with a reason, if it needs changing.", frozen.Message);

        await Assert.ThrowsAsync<ChangeRefusedException>(() => reopenings.ReopenAsync(id, caseId, "", Lead));
        await reopenings.ReopenAsync(id, caseId, "the assessment of risk was recorded against the wrong question", Lead);
        loaded = await cases.LoadAsync(id, caseId);
        Assert.Equal(CaseAssessmentStatus.InProgress, loaded.Status);
        var (question, was) = loaded.Answers.First();
        var changed = was == Judgement.Yes ? Judgement.No : Judgement.Yes;
        var answers = loaded.Answers.ToDictionary(a => a.Key, a => a.Value);
        answers[question] = changed;
        if (changed != Judgement.NotApplicable && was == Judgement.NotApplicable) answers[question] = Judgement.NotApplicable; // stays inside its population
        loaded = await cases.SaveAsync(loaded with { Answers = answers }, InspectorA);

        var open = Assert.Single(await reopenings.ListAsync(id));
        Assert.True(open.IsOpen);
        Assert.Equal("the assessment of risk was recorded against the wrong question", open.Reason);
        Assert.Equal(CaseAssessmentStatus.InProgress, open.StatusNow);
        if (answers[question] != was) Assert.Equal([new AnswerChange(question, was, answers[question])], open.Changes);

        loaded = await cases.SaveAsync(loaded with { Status = CaseAssessmentStatus.Completed }, InspectorA);
        Assert.False(Assert.Single(await reopenings.ListAsync(id)).IsOpen);
        await Assert.ThrowsAsync<ChangeRefusedException>(() => cases.SaveAsync(loaded with { Status = CaseAssessmentStatus.InProgress }, InspectorA));
        Assert.Single(await store.Get<AuditLog>().ForInspectionAsync(id), e => e.Action == "reopen");
    }
}
