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
    private readonly ProbityStore _store;

    internal ProviderStore(ProbityStore store) => _store = store;

    public Task<IReadOnlyList<Provider>> ListAsync(CancellationToken ct = default) =>
        _store.ReadAsync<IReadOnlyList<Provider>>(async s => await s.QueryAsync($"{Select} order by p.name, p.type", Map, ct), ct);

    public Task<Provider> GetAsync(long id, CancellationToken ct = default) =>
        _store.ReadAsync(async s => await s.QuerySingleAsync($"{Select} where p.id = @id", Map, ct, ("id", id))
            ?? throw new RecordNotFoundException($"there is no provider with id {id}"), ct);

    /// <summary>Adds a provider; a PDU names its region, which is created too if new. Names are unique per type.</summary>
    public Task<Provider> CreateAsync(ProviderInfo provider, Actor actor, CancellationToken ct = default) =>
        _store.WriteAsync(async s =>
        {
            if (await FindAsync(s, provider.Name, provider.Type, ct) is not null)
                throw new ChangeRefusedException($"a {provider.Type} called \"{provider.Name}\" already exists");
            var id = await ResolveAsync(s, provider, actor, ct);
            return (await s.QuerySingleAsync($"{Select} where p.id = @id", Map, ct, ("id", id)))!;
        }, ct);

    /// <summary>
    /// The provider an imported manifest names: found by name and type, or created. A short name or region the manifest
    /// gives that differs from the stored one updates the provider (audited); one it leaves out changes nothing.
    /// </summary>
    internal static async Task<long> ResolveAsync(DbSession s, ProviderInfo p, Actor actor, CancellationToken ct)
    {
        long? regionId = p.Region is null ? null : await FindOrCreateAsync(s, new ProviderInfo(p.Region, ProviderType.Region), null, actor, ct);
        return await FindOrCreateAsync(s, p, regionId, actor, ct);
    }

    private static async Task<long> FindOrCreateAsync(DbSession s, ProviderInfo p, long? regionId, Actor actor, CancellationToken ct)
    {
        var existing = await FindAsync(s, p.Name, p.Type, ct);
        if (existing is null)
        {
            var id = await s.ScalarAsync<long>("insert into providers (name, short_name, type, region_id) values (@name, @short, @type, @region) returning id",
                ct, ("name", p.Name), ("short", p.ShortName), ("type", p.Type.ToString()), ("region", regionId));
            await AuditLog.AppendAsync(s, actor, null, "provider", Key(id), "create", null, new { p.Name, p.ShortName, Type = p.Type.ToString(), RegionId = regionId }, ct);
            return id;
        }
        var shortName = p.ShortName ?? existing.ShortName;
        var region = regionId ?? existing.RegionId;
        if (shortName != existing.ShortName || region != existing.RegionId)
        {
            await s.ExecuteAsync("update providers set short_name = @short, region_id = @region, version = version + 1 where id = @id", ct,
                ("short", shortName), ("region", region), ("id", existing.Id));
            await AuditLog.AppendAsync(s, actor, null, "provider", Key(existing.Id), "update",
                new { existing.ShortName, existing.RegionId }, new { ShortName = shortName, RegionId = region }, ct);
        }
        return existing.Id;
    }

    private static Task<Provider?> FindAsync(DbSession s, string name, ProviderType type, CancellationToken ct) =>
        s.QuerySingleAsync($"{Select} where p.name = @name and p.type = @type", Map, ct, ("name", name), ("type", type.ToString()));

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static Provider Map(System.Data.Common.DbDataReader r) => new(
        r.Id("id"), r.Required("name"), r.Text("short_name"), Tokens.ParseProviderType(r.Required("type")), r.Long("region_id"), r.Text("region_name"), r.Int("version")!.Value);
}
