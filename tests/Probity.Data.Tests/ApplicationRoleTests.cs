using Npgsql;
using Probity.Data.Audit;
using Probity.Data.Datasets;
using Probity.Data.Migrations;
using Probity.Data.Narrative;
using Probity.Data.Tests.Infrastructure;

namespace Probity.Data.Tests;

/// <summary>PostgreSQL's two roles: the owner migrates; the application's role works but can never rewrite the audit log.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ApplicationRoleTests(PostgresServer postgres)
{
    private const string Role = "probity_app_test";

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<(DatabaseLocation Owner, DatabaseLocation App, long Inspection)> MigratedAsync()
    {
        var owner = await postgres.Server.CreateDatabaseAsync();
        long id;
        await using (var services = await StoreServices.OpenAsync(owner))
        {
            id = await services.Get<DatasetStore>().ImportAsync(TestDatasets.Full(), new Actor("lead.inspector"));
            Assert.True(await services.Get<DatabaseSchema>().GrantApplicationRoleAsync(Role));
        }
        var app = DatabaseLocation.Postgres(new NpgsqlConnectionStringBuilder(owner.ConnectionString) { Username = Role }.ConnectionString);
        return (owner, app, id);
    }

    [Theory]
    [InlineData("delete from audit_log")]
    [InlineData("update audit_log set user_name = 'someone.else'")]
    [InlineData("truncate audit_log")]
    [InlineData("alter table audit_log disable trigger all")]
    [InlineData("drop table audit_log")]
    [InlineData("delete from audit_chain")]
    [InlineData("alter table audit_chain disable trigger all")]
    [InlineData("create table probity_extra (id int)")]
    public async Task The_application_role_cannot_rewrite_the_audit_log_or_change_the_schema(string sql)
    {
        var (_, app, _) = await MigratedAsync();

        var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(app.ConnectionString, sql));

        // Refused for want of the right (or ownership), not by a trigger the owner could switch off.
        Assert.True(refused.SqlState is PostgresErrorCodes.InsufficientPrivilege, $"{refused.SqlState}: {refused.MessageText}");
    }

    [Fact]
    public async Task The_application_role_does_its_work_and_the_chain_it_writes_verifies()
    {
        var (_, app, id) = await MigratedAsync();
        await using var services = StoreServices.Build(app);
        Assert.Empty(await services.Get<DatabaseSchema>().PrepareAsync());

        await services.Get<NarrativeStore>().SaveAsync(id, "role-test", "Written as the application.", null, new Actor("inspector.a"));

        var check = await services.Get<AuditLog>().VerifyAsync();
        Assert.True(check.Intact, check.FirstBreak?.ToString());
        Assert.Equal("\"Written as the application.\"", (await services.Get<AuditLog>().ForRecordAsync(id, "narrative", "role-test")).Single().After);
    }

    [Fact]
    public async Task Granting_again_is_harmless()
    {
        var (owner, app, _) = await MigratedAsync();
        await using (var services = StoreServices.Build(owner)) Assert.True(await services.Get<DatabaseSchema>().GrantApplicationRoleAsync(Role));
        await ExecuteAsync(app.ConnectionString, "select count(*) from audit_log");
    }
}
