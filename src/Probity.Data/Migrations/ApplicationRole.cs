using System.Text.RegularExpressions;
using Probity.Data.Sql;

namespace Probity.Data.Migrations;

/// <summary>
/// PostgreSQL's two roles. The owner role (the connection <c>./probity db migrate</c> uses) owns every table and runs the
/// migrations; the application role the hosts connect as owns nothing, so it can never alter, disable the triggers of,
/// truncate or drop a table. It may read and write the working tables, only read and append to the audit log and its
/// chain, and read, add and erase the log's free text. Granted afresh at every migrate, so new tables are covered.
/// </summary>
internal static partial class ApplicationRole
{
    public const string DefaultName = "probity_app";

    /// <summary>Tables the application may only read and append to.</summary>
    private static readonly string[] AppendOnly = ["audit_log", "audit_chain"];

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex RoleName();

    public static async Task GrantAsync(DbSession session, string role, CancellationToken ct)
    {
        if (!RoleName().IsMatch(role))
            throw new ChangeRefusedException($"\"{role}\" cannot be the application role's name: use lower-case letters, digits and _");
        await session.BeginAsync(ct);
        // The role is created (able to log in, no password: the administrator gives it one) only when it does not exist yet.
        await RunAsync(session, $"do $$ begin if not exists (select 1 from pg_roles where rolname = '{role}') then create role {role} login; end if; end $$", ct);
        var schema = "\"" + (await session.ScalarAsync<string>("select current_schema()", ct))!.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var tables = await session.QueryAsync(
            "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name",
            r => r.GetString(0), ct);
        var sql = new System.Text.StringBuilder()
            .Append($"revoke all on all tables in schema {schema} from {role}; ")
            .Append($"revoke all on all sequences in schema {schema} from {role}; ")
            .Append($"revoke create on schema {schema} from public, {role}; ")
            .Append($"grant usage on schema {schema} to {role}; ")
            .Append($"grant usage, select on all sequences in schema {schema} to {role}; ");
        foreach (var table in tables)
        {
            var rights = table == "schema_version" ? "select"
                : AppendOnly.Contains(table) ? "select, insert"
                : table == "audit_texts" ? "select, insert, delete"
                : "select, insert, update, delete";
            sql.Append($"grant {rights} on {schema}.\"{table}\" to {role}; ");
        }
        await RunAsync(session, sql.ToString(), ct);
        await session.CommitAsync(ct);
    }

    // Commands of their own: each text is run once, so none is kept with the connection's prepared commands.
    private static async Task RunAsync(DbSession session, string sql, CancellationToken ct)
    {
        await using var command = session.Command(sql);
        await command.ExecuteNonQueryAsync(ct);
    }
}
