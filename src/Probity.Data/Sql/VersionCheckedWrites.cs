using Probity.Data.Audit;

namespace Probity.Data.Sql;

/// <summary>
/// Optimistic concurrency for records two inspectors may edit at once: every such row has a <c>version</c>, a save names
/// the version it was read at, and only a save from the current version succeeds (and bumps it). The loser is told who
/// saved first and when, from the audit log; nothing of theirs is written.
/// </summary>
internal static class VersionCheckedWrites
{
    public static async Task<int> UpdateAsync(DbSession session, string table, string set, string keyWhere, int expectedVersion, RecordRef record,
        CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var all = parameters.Append(("expected_version", (object?)expectedVersion)).ToArray();
        var changed = await session.ExecuteAsync($"update {table} set {set}, version = version + 1 where {keyWhere} and version = @expected_version", ct, all);
        if (changed == 1) return expectedVersion + 1;
        var current = await session.ScalarAsync<int?>($"select version from {table} where {keyWhere}", ct, parameters);
        if (current is null) throw new RecordNotFoundException($"{record.Description} does not exist");
        throw await ConflictAsync(session, record, ct);
    }

    /// <summary>Saves a record that may not exist yet: a null expected version means "this is new", and is refused if it is not.</summary>
    public static async Task<int> UpsertAsync(DbSession session, string table, string keyWhere, (string Name, object? Value)[] key, int? expectedVersion,
        RecordRef record, string setClause, (string Name, object? Value)[] values, CancellationToken ct)
    {
        var all = key.Concat(values).ToArray();
        if (expectedVersion is { } version) return await UpdateAsync(session, table, setClause, keyWhere, version, record, ct, all);
        if (await session.ScalarAsync<int?>($"select version from {table} where {keyWhere}", ct, key) is not null)
            throw await ConflictAsync(session, record, ct);
        var names = all.Select(p => p.Name).ToList();
        // Parameters are named after their columns, so the insert needs no second list.
        await session.ExecuteAsync($"insert into {table} ({string.Join(", ", names)}) values ({string.Join(", ", names.Select(n => "@" + n))})", ct, all);
        return 1;
    }

    /// <summary>Deletes a versioned row, only at <paramref name="expectedVersion"/> when one is named (in the same statement, so nothing slips between).</summary>
    public static async Task DeleteAsync(DbSession session, string table, string keyWhere, int? expectedVersion, RecordRef record, CancellationToken ct,
        params (string Name, object? Value)[] key)
    {
        var deleted = expectedVersion is { } version
            ? await session.ExecuteAsync($"delete from {table} where {keyWhere} and version = @expected_version", ct, [.. key, ("expected_version", version)])
            : await session.ExecuteAsync($"delete from {table} where {keyWhere}", ct, key);
        if (deleted == 0) throw await ConflictAsync(session, record, ct);
    }

    public static async Task<EditConflictException> ConflictAsync(DbSession session, RecordRef record, CancellationToken ct)
    {
        var last = (await AuditRows.LatestForAsync(session, record.InspectionId, record.Entity, record.Key, 1, ct)).FirstOrDefault();
        var by = last is null ? "someone else" : $"{last.UserName} at {last.At:yyyy-MM-dd HH:mm:ss} UTC";
        return new EditConflictException(
            $"{record.Description} was changed by {by} after you opened it, so your changes were not saved and theirs are kept. " +
            "Reload it to see their changes, then make yours again.");
    }
}

/// <summary>A record as the audit log names it, with the words used in messages about it.</summary>
internal sealed record RecordRef(long? InspectionId, string Entity, string? Key, string Description);
