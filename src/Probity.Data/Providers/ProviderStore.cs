using System.Globalization;
using Probity.Core.Datasets;
using Probity.Data.Audit;
using Probity.Data.Datasets;
using Probity.Data.Sql;

namespace Probity.Data.Providers;

/// <summary>An inspected organisation: a CRC, the NPS, a PDU or a region (the parent a PDU belongs to).</summary>
public sealed record Provider(long Id, string Name, string? ShortName, ProviderType Type, long? RegionId, string? RegionName, int Version)
{
    /// <summary>Names it was inspected under before (a CRC renamed, PDUs merged), oldest first.</summary>
    public IReadOnlyList<string> PreviousNames { get; init; } = [];
}

public sealed class ProviderStore
{
    private const string Select = "select p.*, g.name as region_name from providers p left join providers g on g.id = p.region_id";
    private readonly Database _database;
    private readonly AuditLog _audit;

    internal ProviderStore(Database database, AuditLog audit)
    {
        _database = database;
        _audit = audit;
    }

    public Task<IReadOnlyList<Provider>> ListAsync(CancellationToken ct = default) =>
        _database.ReadAsync<IReadOnlyList<Provider>>(async session =>
        {
            var providers = await session.QueryAsync($"{Select} order by p.name, p.type", Map, ct);
            var names = (await session.QueryAsync("select provider_id, name from provider_previous_names order by name", r => (Id: r.Id("provider_id"), Name: r.Required("name")), ct))
                .ToLookup(n => n.Id, n => n.Name);
            return [.. providers.Select(p => p with { PreviousNames = [.. names[p.Id]] })];
        }, ct);

    public Task<Provider> GetAsync(long id, CancellationToken ct = default) => _database.ReadAsync(session => GetAsync(session, id, ct), ct);

    /// <summary>Adds a provider; a PDU names its region, which is created too if new. Names are unique per type.</summary>
    public Task<Provider> CreateAsync(ProviderInfo provider, Actor actor, CancellationToken ct = default) =>
        CreateAsync(provider, [], actor, ct);

    /// <summary>As <see cref="CreateAsync(ProviderInfo, Actor, CancellationToken)"/>, with the names it had before.</summary>
    public Task<Provider> CreateAsync(ProviderInfo provider, IReadOnlyList<string> previousNames, Actor actor, CancellationToken ct = default) =>
        _database.WriteAsync(async session =>
        {
            RequireName(provider);
            if (await FindAsync(session, provider.Name, provider.Type, ct) is not null)
                throw new ChangeRefusedException($"A {provider.Type} called \"{provider.Name}\" already exists.");
            var id = await ResolveAsync(session, provider, actor, ct);
            await ReplacePreviousNamesAsync(session, id, provider.Name, previousNames, ct);
            if (previousNames.Count > 0) await _audit.AppendAsync(session, actor, null, "provider", Key(id), "previous-names", null, previousNames, ct);
            return await GetAsync(session, id, ct);
        }, ct);

    /// <summary>
    /// Changes a provider's name, short name, type, region and previous names (an admin's edit); a new name keeps the old
    /// one among the previous names. Refused when someone else saved it since <paramref name="expectedVersion"/>.
    /// </summary>
    public Task<Provider> UpdateAsync(long id, ProviderInfo provider, IReadOnlyList<string> previousNames, int expectedVersion, Actor actor, CancellationToken ct = default) =>
        _database.WriteAsync(async session =>
        {
            RequireName(provider);
            var before = await GetAsync(session, id, ct);
            if (await FindAsync(session, provider.Name, provider.Type, ct) is { } same && same.Id != id)
                throw new ChangeRefusedException($"A {provider.Type} called \"{provider.Name}\" already exists.");
            long? regionId = provider.Region is null ? null : await FindOrCreateAsync(session, new ProviderInfo(provider.Region, ProviderType.Region), null, actor, ct);
            await VersionCheckedWrites.UpdateAsync(session, "providers", "name = @name, short_name = @short, type = @type, region_id = @region", "id = @id",
                expectedVersion, new RecordRef(null, "provider", Key(id), $"provider {before.Name}"), ct,
                ("id", id), ("name", provider.Name), ("short", provider.ShortName), ("type", provider.Type.ToString()), ("region", regionId));
            var names = before.Name != provider.Name ? [.. previousNames, before.Name] : previousNames;
            await ReplacePreviousNamesAsync(session, id, provider.Name, names, ct);
            var after = await GetAsync(session, id, ct);
            await _audit.AppendAsync(session, actor, null, "provider", Key(id), "update", before, after, ct);
            return after;
        }, ct);

    private static async Task<Provider> GetAsync(DbSession session, long id, CancellationToken ct)
    {
        var provider = await session.QuerySingleAsync($"{Select} where p.id = @id", Map, ct, ("id", id))
            ?? throw new RecordNotFoundException($"there is no provider with id {id}");
        return provider with
        {
            PreviousNames = await session.QueryAsync("select name from provider_previous_names where provider_id = @id order by name", r => r.Required("name"), ct, ("id", id)),
        };
    }

    private static async Task ReplacePreviousNamesAsync(DbSession session, long id, string currentName, IEnumerable<string> names, CancellationToken ct)
    {
        await session.ExecuteAsync("delete from provider_previous_names where provider_id = @id", ct, ("id", id));
        foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0 && n != currentName).Distinct())
            await session.ExecuteAsync("insert into provider_previous_names (provider_id, name) values (@id, @name)", ct, ("id", id), ("name", name));
    }

    private static void RequireName(ProviderInfo provider)
    {
        if (string.IsNullOrWhiteSpace(provider.Name)) throw new ChangeRefusedException("Give the provider's name.");
    }

    /// <summary>
    /// The provider an imported manifest names: found by name and type, or created. A short name or region the manifest
    /// gives that differs from the stored one updates the provider (audited); one it leaves out changes nothing.
    /// </summary>
    internal async Task<long> ResolveAsync(DbSession session, ProviderInfo provider, Actor actor, CancellationToken ct)
    {
        long? regionId = provider.Region is null ? null : await FindOrCreateAsync(session, new ProviderInfo(provider.Region, ProviderType.Region), null, actor, ct);
        return await FindOrCreateAsync(session, provider, regionId, actor, ct);
    }

    private async Task<long> FindOrCreateAsync(DbSession session, ProviderInfo provider, long? regionId, Actor actor, CancellationToken ct)
    {
        var existing = await FindAsync(session, provider.Name, provider.Type, ct);
        if (existing is null)
        {
            var id = await session.ScalarAsync<long>("insert into providers (name, short_name, type, region_id) values (@name, @short, @type, @region) returning id",
                ct, ("name", provider.Name), ("short", provider.ShortName), ("type", provider.Type.ToString()), ("region", regionId));
            await _audit.AppendAsync(session, actor, null, "provider", Key(id), "create", null,
                new { provider.Name, provider.ShortName, Type = provider.Type.ToString(), RegionId = regionId }, ct);
            return id;
        }
        var shortName = provider.ShortName ?? existing.ShortName;
        var region = regionId ?? existing.RegionId;
        if (shortName != existing.ShortName || region != existing.RegionId)
        {
            await session.ExecuteAsync("update providers set short_name = @short, region_id = @region, version = version + 1 where id = @id", ct,
                ("short", shortName), ("region", region), ("id", existing.Id));
            await _audit.AppendAsync(session, actor, null, "provider", Key(existing.Id), "update",
                new { existing.ShortName, existing.RegionId }, new { ShortName = shortName, RegionId = region }, ct);
        }
        return existing.Id;
    }

    private static Task<Provider?> FindAsync(DbSession session, string name, ProviderType type, CancellationToken ct) =>
        session.QuerySingleAsync($"{Select} where p.name = @name and p.type = @type", Map, ct, ("name", name), ("type", type.ToString()));

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static Provider Map(System.Data.Common.DbDataReader row) => new(
        row.Id("id"), row.Required("name"), row.Text("short_name"), StoredTokens.ParseProviderType(row.Required("type")), row.Long("region_id"), row.Text("region_name"),
        row.Int("version")!.Value);
}
