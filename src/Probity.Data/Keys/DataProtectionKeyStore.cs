namespace Probity.Data.Keys;

/// <summary>
/// The web app's data-protection keys (as the XML the key manager writes), shared by every instance on this database.
/// Keys are only ever added: the key manager retires one by adding a revocation, never by changing or deleting a row.
/// </summary>
public sealed class DataProtectionKeyStore
{
    private readonly Database _database;
    private readonly TimeProvider _clock;

    internal DataProtectionKeyStore(Database database, TimeProvider clock)
    {
        _database = database;
        _clock = clock;
    }

    /// <summary>Every key's XML, oldest first.</summary>
    public Task<List<string>> ListAsync(CancellationToken ct) =>
        _database.ReadAsync(session => session.QueryAsync("select xml from data_protection_keys order by created_at, name", r => r.GetString(0), ct), ct);

    /// <summary>Adds a key; a second key of the same name (two instances racing) leaves the first.</summary>
    public Task AddAsync(string name, string xml, CancellationToken ct) =>
        _database.WriteAsync(session => session.ExecuteAsync(
            "insert into data_protection_keys (name, xml, created_at) values (@name, @xml, @at) on conflict (name) do nothing", ct,
            ("name", name), ("xml", xml), ("at", _clock.GetUtcNow())), ct);
}
