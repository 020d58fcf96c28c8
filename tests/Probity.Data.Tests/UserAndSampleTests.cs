using Probity.Core.Datasets;
using Probity.Data.Samples;
using Probity.Data.Tests.Infrastructure;
using Probity.Data.Users;
using Probity.Data.Audit;
using Probity.Data.Datasets;
using Probity.Data.Providers;

namespace Probity.Data.Tests;

public abstract partial class StoreSuite
{
    [Fact]
    public async Task Users_have_roles_a_provider_contact_has_a_provider_and_repeated_failures_lock_an_account()
    {
        var now = new DateTimeOffset(2024, 5, 1, 9, 0, 0, TimeSpan.Zero);
        var store = await NewStoreAsync(new FixedClock(now));
        var provider = await store.Get<ProviderStore>().CreateAsync(new ProviderInfo("Example CRC", ProviderType.CRC), Lead);
        var contact = await store.Get<UserStore>().CreateAsync(new NewUser("contact", "Provider Contact", [UserRole.ProviderContact]) { ProviderId = provider.Id, PasswordHash = "hash-1" }, Lead);
        Assert.Equal(provider.Id, contact.ProviderId);
        var noProvider = await Assert.ThrowsAsync<ChangeRefusedException>(() => store.Get<UserStore>().CreateAsync(new NewUser("c2", "Another", [UserRole.ProviderContact]), Lead));
        Assert.Contains("must belong to a provider", noProvider.Message);
        await Assert.ThrowsAsync<ChangeRefusedException>(() => store.Get<UserStore>().CreateAsync(new NewUser("contact", "Duplicate", [UserRole.Analyst]), Lead));

        var panel = await store.Get<UserStore>().CreateAsync(new NewUser("panel", "Panel Member", [UserRole.RatingsPanelMember, UserRole.Inspector]), Lead);
        var updated = await store.Get<UserStore>().UpdateAsync("panel", "Panel Chair", [UserRole.RatingsPanelMember, UserRole.LeadInspector], null, panel.Version, Lead);
        Assert.Equal(new HashSet<UserRole> { UserRole.RatingsPanelMember, UserRole.LeadInspector }, updated.Roles);
        await Assert.ThrowsAsync<EditConflictException>(() => store.Get<UserStore>().UpdateAsync("panel", "Stale", [UserRole.Analyst], null, panel.Version, InspectorA));

        for (var i = 0; i < 2; i++) await store.Get<UserStore>().RecordFailedSignInAsync("contact", 3, TimeSpan.FromMinutes(15));
        Assert.Null((await store.Get<UserStore>().FindAsync("contact"))!.LockedUntil);
        var locked = await store.Get<UserStore>().RecordFailedSignInAsync("contact", 3, TimeSpan.FromMinutes(15));
        Assert.Equal(3, locked.FailedSignIns);
        Assert.Equal(now.AddMinutes(15), locked.LockedUntil);
        await store.Get<UserStore>().RecordSignInAsync("contact");
        Assert.Equal(0, (await store.Get<UserStore>().FindAsync("contact"))!.FailedSignIns);
        Assert.Null(await store.Get<UserStore>().FindAsync("nobody"));
        Assert.Equal(["contact", "panel"], (await store.Get<UserStore>().ListAsync()).Select(u => u.UserName));
        Assert.DoesNotContain(await store.Get<AuditLog>().ForRecordAsync(null, "user", "contact"), e => (e.After ?? "").Contains("hash-1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_drawn_sample_is_stored_with_its_seed_parameters_and_every_case()
    {
        var store = await NewStoreAsync();
        var id = await store.Get<DatasetStore>().ImportAsync(TestDatasets.Full(), Lead);
        var sample = new DrawnSample("case-supervision", 20190916, new Dictionary<string, string> { ["confidence"] = "80", ["margin"] = "5" },
            ["case_id", "sex", "disposal", "rosh"],
            [
                new DrawnCase("P-001", "female|community|medium", DrawnRole.Sample, null, ["P-001", "female", "community", "medium"]),
                new DrawnCase("P-002", "male|post-release|high", DrawnRole.Sample, null, ["P-002", "male", "post-release", "high"]),
                new DrawnCase("P-003", "male|post-release|high", DrawnRole.Reserve, 1, ["P-003", "male", "post-release", null]),
            ]);
        var sampleId = await store.Get<DrawnSampleStore>().SaveAsync(id, sample, Lead);
        var loaded = await store.Get<DrawnSampleStore>().LoadAsync(sampleId);
        Assert.Equal(sample.Seed, loaded.Seed);
        Assert.Equal(sample.Parameters, loaded.Parameters);
        Assert.Equal(sample.Columns, loaded.Columns);
        Assert.Equal(sample.Cases.Select(c => (c.CaseId, c.Stratum, c.Role, c.ReserveOrder, string.Join(",", c.Values))),
            loaded.Cases.Select(c => (c.CaseId, c.Stratum, c.Role, c.ReserveOrder, string.Join(",", c.Values))));
        Assert.Equal(Lead.UserName, loaded.DrawnBy);
        Assert.Equal(sampleId, Assert.Single(await store.Get<DrawnSampleStore>().ListAsync(id)).Id);

        var bad = sample with { Sample = "everyone", Cases = [.. sample.Cases, sample.Cases[0]] };
        var refused = await Assert.ThrowsAsync<ChangeRefusedException>(() => store.Get<DrawnSampleStore>().SaveAsync(id, bad, Lead));
        Assert.Equal(2, refused.Reasons.Count);
    }
}
