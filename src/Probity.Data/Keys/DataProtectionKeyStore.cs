namespace Probity.Data.Keys;

/// <summary>
/// The web app's data-protection keys (as the XML the key manager writes), shared by every instance on this database.
/// Keys are only ever added: the key manager retires one by adding a revocation, never by changing or deleting a row.
/// The key manager asks synchronously (its repository interface is), so <see cref="List"/> and <see cref="Add"/> answer
/// synchronously on a connection of their own; it asks when its key ring is loaded or refreshed, not per request.
/// </summary>
public sealed class DataProtectionKeyStore
{
    private const string SelectAll = "select xml from data_protection_keys order by created_at, name";

    private readonly Database _database;
    private readonly TimeProvider _clock;

    internal DataProtectionKeyStore(Database database, TimeProvider clock)
    {
        _database = database;
        _clock = clock;
    }

    /// <summary>Every key's XML, oldest first.</summary>
    public Task<List<string>> ListAsync(CancellationToken ct) =>
        _database.ReadAsync(session => session.QueryAsync(SelectAll, r => r.GetString(0), ct), ct);

    /// <summary>As <see cref="ListAsync"/>, synchronously: read afresh each time, so a key another instance added is seen.</summary>
    public List<string> List() =>
        _database.RunNow(SelectAll, command =>
        {
            using var reader = command.ExecuteReader();
            var keys = new List<string>();
            while (reader.Read()) keys.Add(reader.GetString(0));
            return keys;
        });

    /// <summary>Adds a key, synchronously; a second key of the same name (two instances racing) leaves the first.</summary>
    public void Add(string name, string xml) =>
        _database.RunNow("insert into data_protection_keys (name, xml, created_at) values (@name, @xml, @at) on conflict (name) do nothing",
            command => command.ExecuteNonQuery(), ("name", name), ("xml", xml), ("at", _clock.GetUtcNow()));
}
