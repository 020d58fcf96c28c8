using Probity.Data.Audit;
using Probity.Data.Datasets;
using Probity.Data.Narrative;
using Probity.Data.Tests.Infrastructure;

namespace Probity.Data.Tests;

public abstract partial class StoreSuite
{
    [Fact]
    public async Task The_audit_chain_verifies_after_ordinary_work()
    {
        var store = await NewStoreAsync();
        var id = await store.Get<DatasetStore>().ImportAsync(TestDatasets.Full(), Lead);
        var imported = (await store.Get<AuditLog>().VerifyAsync()).Rows;
        var version = await store.Get<NarrativeStore>().SaveAsync(id, "executive-summary", "First draft.", 1, InspectorA);
        await store.Get<NarrativeStore>().SaveAsync(id, "executive-summary", "Second draft.", version, InspectorB);

        var check = await store.Get<AuditLog>().VerifyAsync();

        Assert.True(check.Intact, check.FirstBreak?.ToString());
        Assert.Equal(imported + 2, check.Rows);
        Assert.Equal(64, check.HeadHash.Length);
    }

    [Fact]
    public async Task A_row_changed_by_the_databases_owner_is_named_as_the_first_broken_row()
    {
        var store = await NewStoreAsync();
        var id = await store.Get<DatasetStore>().ImportAsync(TestDatasets.Full(), Lead);
        var narrative = store.Get<NarrativeStore>();
        var version = await narrative.SaveAsync(id, "executive-summary", "One.", 1, InspectorA);
        version = await narrative.SaveAsync(id, "executive-summary", "Two.", version, InspectorA);
        await narrative.SaveAsync(id, "executive-summary", "Three.", version, InspectorA);
        var rows = await store.Get<AuditLog>().ForInspectionAsync(id);
        var target = rows[2].Id;

        // The owner can do anything: switch the trigger off, rewrite who made the second save, switch it back on.
        await RawExecuteAsync(store.Location, store.Location.Kind == DatabaseKind.Sqlite
            ? $"drop trigger audit_log_no_update; update audit_log set user_name = 'someone.else' where id = {target}"
            : $"alter table audit_log disable trigger audit_log_no_update; update audit_log set user_name = 'someone.else' where id = {target}; " +
              "alter table audit_log enable trigger audit_log_no_update");

        var check = await store.Get<AuditLog>().VerifyAsync();

        Assert.False(check.Intact);
        Assert.Equal(target, check.FirstBreak!.AuditId);
        Assert.Contains($"audit row {target}", check.FirstBreak.ToString());
        Assert.Contains("content has changed", check.FirstBreak.Reason);
    }

    [Fact]
    public async Task A_row_slipped_in_around_the_application_is_found()
    {
        var store = await NewStoreAsync();
        await store.Get<DatasetStore>().ImportAsync(TestDatasets.Full(), Lead);
        await RawExecuteAsync(store.Location,
            "insert into audit_log (at, user_name, entity, action) values ('2024-01-01 00:00:00+00:00', 'intruder', 'user', 'create')");

        var check = await store.Get<AuditLog>().VerifyAsync();

        Assert.Contains("not in the chain", check.FirstBreak!.Reason);
    }

    [Fact]
    public async Task Free_text_is_kept_apart_from_the_row_and_read_back_with_it()
    {
        var store = await NewStoreAsync();
        var id = await store.Get<DatasetStore>().ImportAsync(TestDatasets.Full(), Lead);
        await store.Get<NarrativeStore>().SaveAsync(id, "executive-summary", "A sentence naming nobody.", 1, InspectorA);

        var stored = await RawQueryAsync(store.Location, "select after_value from audit_log where entity = 'narrative'");
        var texts = await RawQueryAsync(store.Location, "select text from audit_texts where entity = 'narrative' and entity_key = 'executive-summary'");

        Assert.DoesNotContain("naming nobody", Convert.ToString(stored.Single()[0], System.Globalization.CultureInfo.InvariantCulture));
        // The text it replaced (from the import) is kept by reference too, as the entry's "before".
        Assert.Contains(texts, t => (string?)t[0] == "A sentence naming nobody.");
        Assert.Equal("\"A sentence naming nobody.\"", (await store.Get<AuditLog>().ForInspectionAsync(id))[^1].After);
    }

    [Fact]
    public async Task Two_instances_writing_at_once_leave_one_chain_that_verifies()
    {
        var store = await NewStoreAsync();
        var id = await store.Get<DatasetStore>().ImportAsync(TestDatasets.Full(), Lead);
        var imported = (await store.Get<AuditLog>().VerifyAsync()).Rows;
        // Two hosts on the same database, each with its own connections, as two web servers would be.
        var other = ServicesFor(store.Location);
        async Task WriteAsync(StoreServices instance, string section)
        {
            int? version = null;
            for (var i = 0; i < 15; i++) version = await instance.Get<NarrativeStore>().SaveAsync(id, section, $"{section} draft {i}", version, Lead);
        }

        await Task.WhenAll(Task.Run(() => WriteAsync(store, "chain-test-one")), Task.Run(() => WriteAsync(other, "chain-test-two")));

        var check = await store.Get<AuditLog>().VerifyAsync();
        Assert.True(check.Intact, check.FirstBreak?.ToString());
        Assert.Equal(imported + 30, check.Rows);
    }

    [Fact]
    public async Task Rows_written_before_the_chain_existed_join_it_when_it_comes()
    {
        var location = await NewDatabaseAsync();
        if (location.Kind == DatabaseKind.Sqlite) Directory.CreateDirectory(Path.GetDirectoryName(CliProcess.SqliteFile(location))!);
        var dialect = Sql.Dialect.For(location.Kind);
        var first = Migrations.Migrator.Scripts(dialect)[0];
        await RawExecuteAsync(location, first.Sql);
        await RawExecuteAsync(location, dialect.CreateSchemaVersionTable);
        await RawExecuteAsync(location, $"insert into schema_version (version, name, applied_at) values (1, '{first.Name}', '2024-01-01 00:00:00+00')");
        await RawExecuteAsync(location, "insert into audit_log (at, user_name, entity, entity_key, action, after_value) values " +
            "('2024-01-02 09:00:00+00', 'old.hand', 'user', 'a', 'create', '{\"roles\": [\"admin\"]}'), " +
            "('2024-01-03 09:00:00+00', 'old.hand', 'user', 'b', 'create', null)");

        var services = ServicesFor(location);
        await services.Get<Migrations.DatabaseSchema>().MigrateAsync();
        await services.Get<NarrativeStore>().SaveAsync(await services.Get<DatasetStore>().ImportAsync(TestDatasets.Full(), Lead), "chain-test", "New.", null, Lead);

        var check = await services.Get<AuditLog>().VerifyAsync();
        Assert.True(check.Intact, check.FirstBreak?.ToString());
        Assert.Equal(2 + (await RawQueryAsync(location, "select count(*) from audit_log where user_name <> 'old.hand'")).Select(r => Convert.ToInt64(r[0], System.Globalization.CultureInfo.InvariantCulture)).Single(), check.Rows);
    }

    [Fact]
    public async Task Audit_verify_on_the_command_line_names_the_first_broken_row()
    {
        var store = await NewStoreAsync();
        await store.Get<DatasetStore>().ImportAsync(TestDatasets.Full(), Lead);
        using (var intact = CliProcess.Start(store.Location, "audit", "verify"))
        {
            Assert.Equal(0, await intact.WaitAsync(TimeSpan.FromMinutes(2)));
            Assert.Contains("the audit log's chain holds", intact.Output);
        }
        var first = (await RawQueryAsync(store.Location, "select min(id) from audit_log")).Single()[0];
        await RawExecuteAsync(store.Location, store.Location.Kind == DatabaseKind.Sqlite
            ? $"drop trigger audit_log_no_update; update audit_log set action = 'nothing' where id = {first}"
            : $"alter table audit_log disable trigger all; update audit_log set action = 'nothing' where id = {first}");

        using var broken = CliProcess.Start(store.Location, "audit", "verify");
        Assert.Equal(1, await broken.WaitAsync(TimeSpan.FromMinutes(2)));
        Assert.Contains($"the chain breaks at audit row {first} (link 1)", broken.Output);
    }
}
