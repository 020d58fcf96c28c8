using Probity.Data.Audit;
using Probity.Data.Checks;
using Probity.Data.Datasets;
using Probity.Data.Tests.Infrastructure;

namespace Probity.Data.Tests;

public abstract partial class StoreSuite
{
    private const string FindingKey = "Significant|executive-summary:4.1|significant";

    [Fact]
    public async Task A_check_override_is_kept_with_its_reason_versioned_audited_and_can_be_withdrawn()
    {
        var store = await NewStoreAsync();
        var id = await store.Get<DatasetStore>().ImportAsync(TestDatasets.Full(), Lead);
        var overrides = store.Get<CheckOverrideStore>();

        var version = await overrides.OverrideAsync(id, FindingKey, "Executive summary: Unpaid work", "significant", "  The CRC's own figure.  ", null, Lead);
        var stored = Assert.Single(await overrides.ListAsync(id));
        Assert.Equal((FindingKey, "The CRC's own figure.", Lead.UserName, 1), (stored.FindingKey, stored.Reason, stored.By, stored.Version));

        // A second lead who read it before the first saved is refused, and the first reason stands.
        await Assert.ThrowsAsync<EditConflictException>(() =>
            overrides.OverrideAsync(id, FindingKey, "Executive summary: Unpaid work", "significant", "Another reason.", null, InspectorB));
        await overrides.OverrideAsync(id, FindingKey, "Executive summary: Unpaid work", "significant", "Quoted from the CRC.", version, Lead);
        Assert.Equal("Quoted from the CRC.", Assert.Single(await overrides.ListAsync(id)).Reason);

        await Assert.ThrowsAsync<ChangeRefusedException>(() => overrides.OverrideAsync(id, "Placeholder|background|XX", "Background", "XX", " ", null, Lead));
        await overrides.WithdrawAsync(id, FindingKey, 2, Lead);
        Assert.Empty(await overrides.ListAsync(id));

        var entries = (await store.Get<AuditLog>().ForInspectionAsync(id)).Where(e => e.Entity == "check-override").ToList();
        Assert.Equal(["override", "override", "withdraw"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(FindingKey, e.EntityKey));
        Assert.Contains("Quoted from the CRC.", entries[2].Before);
    }
}
