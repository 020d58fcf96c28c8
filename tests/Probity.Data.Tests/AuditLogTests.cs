using System.Data.Common;
using Probity.Data.Tests.Infrastructure;
using Probity.Data.Audit;
using Probity.Data.Datasets;
using Probity.Data.Narrative;

namespace Probity.Data.Tests;

public abstract partial class StoreSuite
{
    [Fact]
    public async Task The_database_itself_refuses_to_change_or_delete_audit_rows()
    {
        var store = await NewStoreAsync();
        var id = await store.Get<DatasetStore>().ImportAsync(TestDatasets.Northumbria(), Lead);
        var before = await DatabaseFingerprint.TakeAsync(store.Location);

        var update = await Assert.ThrowsAnyAsync<DbException>(() => RawExecuteAsync(store.Location, "update audit_log set user_name = 'someone else'"));
        var delete = await Assert.ThrowsAnyAsync<DbException>(() => RawExecuteAsync(store.Location, "delete from audit_log"));

        Assert.Contains("append-only", update.Message);
        Assert.Contains("append-only", delete.Message);
        if (store.Location.Kind == DatabaseKind.Postgres)
            Assert.Contains("append-only", (await Assert.ThrowsAnyAsync<DbException>(() => RawExecuteAsync(store.Location, "truncate audit_log"))).Message);
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(store.Location));
        var import = Assert.Single(await store.Get<AuditLog>().ForInspectionAsync(id));
        Assert.Equal("import", import.Action);
        Assert.Equal(Lead.UserName, import.UserName);
        Assert.Contains("\"cases\": 133".Replace(" ", ""), import.After!.Replace(" ", ""));
    }

    [Fact]
    public async Task Every_write_adds_exactly_one_audit_entry_naming_who_and_when()
    {
        var store = await NewStoreAsync();
        var id = await store.Get<DatasetStore>().ImportAsync(TestDatasets.Full(), Lead);
        var start = DateTimeOffset.UtcNow.AddSeconds(-5);
        var count = (await store.Get<AuditLog>().ForInspectionAsync(id)).Count;

        var version = await store.Get<NarrativeStore>().SaveAsync(id, "executive-summary", "First draft.", 1, InspectorA);
        await store.Get<NarrativeStore>().SaveAsync(id, "executive-summary", "Second draft.", version, InspectorB);

        var entries = (await store.Get<AuditLog>().ForInspectionAsync(id)).Skip(count).ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal([InspectorA.UserName, InspectorB.UserName], entries.Select(e => e.UserName));
        Assert.All(entries, e => Assert.InRange(e.At, start, DateTimeOffset.UtcNow.AddSeconds(5)));
        Assert.Equal("\"First draft.\"", entries[1].Before);
        Assert.Equal("\"Second draft.\"", entries[1].After);
    }
}
