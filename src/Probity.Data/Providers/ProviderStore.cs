using System.Globalization;
using Probity.Core.Datasets;
using Probity.Data.Audit;
using Probity.Data.Datasets;
using Probity.Data.Sql;

namespace Probity.Data.Providers;

/// <summary>An inspected organisation: a CRC, the NPS, a PDU or a region (the parent a PDU belongs to).</summary>
public sealed record Provider(long Id, string Name, string? ShortName, ProviderType Type, long? RegionId, string? RegionName, int Version);

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
        _database.ReadAsync<IReadOnlyList<Provider>>(async session => await session.QueryAsync($"{Select} order by p.name, p.type", Map, ct), ct);

    public Task<Provider> GetAsync(long id, CancellationToken ct = default) =>
        _database.ReadAsync(async session => await session.QuerySingleAsync($"{Select} where p.id = @id", Map, ct, ("id", id))
            ?? throw new RecordNotFoundException($"there is no provider with id {id}"), ct);

    /// <summary>Adds a provider; a PDU names its region, which is created too if new. Names are unique per type.</summary>
    public Task<Provider> CreateAsync(ProviderInfo provider, Actor actor, CancellationToken ct = default) =>
        _database.WriteAsync(async session =>
        {
            if (await FindAsync(session, provider.Name, provider.Type, ct) is not null)
                throw new ChangeRefusedException($"a {provider.Type} called \"{provider.Name}\" already exists");
            var id = await ResolveAsync(session, provider, actor, ct);
            return (await session.QuerySingleAsync($"{Select} where p.id = @id", Map, ct, ("id", id)))!;
        }, ct);

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
