using Probity.Data.Keys;

namespace Probity.Data.Tests;

public abstract partial class StoreSuite
{
    [Fact]
    public async Task Data_protection_keys_are_added_and_read_synchronously_oldest_first_and_a_second_key_of_one_name_leaves_the_first()
    {
        var clock = new SteppingClock(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
        var store = await NewStoreAsync(clock);
        var keys = store.Get<DataProtectionKeyStore>();
        Assert.Empty(keys.List());

        keys.Add("key-b", "<key id=\"b\" />");
        clock.Now += TimeSpan.FromMinutes(1);
        keys.Add("key-a", "<key id=\"a\" />");
        keys.Add("key-b", "<key id=\"b-again\" />");

        Assert.Equal(["<key id=\"b\" />", "<key id=\"a\" />"], keys.List());
        // The async read (the tests' and tools' way in) sees the same rows.
        Assert.Equal(keys.List(), await keys.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_key_added_through_one_set_of_services_is_read_by_another_on_the_same_database()
    {
        var first = await NewStoreAsync();
        var second = ServicesFor(first.Location);
        Assert.Empty(second.Get<DataProtectionKeyStore>().List());
        first.Get<DataProtectionKeyStore>().Add("shared", "<key id=\"shared\" />");
        Assert.Equal(["<key id=\"shared\" />"], second.Get<DataProtectionKeyStore>().List());
    }
}
