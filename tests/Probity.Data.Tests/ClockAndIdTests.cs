using Probity.Core.Datasets;
using Probity.Data.Audit;
using Probity.Data.Datasets;
using Probity.Data.DomainOne;
using Probity.Data.Inspections;
using Probity.Data.Samples;
using Probity.Data.Tests.Infrastructure;
using Probity.Data.Users;

namespace Probity.Data.Tests;

public abstract partial class StoreSuite
{
    [Fact]
    public async Task Every_time_the_store_records_comes_from_the_injected_clock()
    {
        var clock = new FixedClock(new DateTimeOffset(2021, 3, 4, 10, 15, 30, TimeSpan.Zero));
        var store = await NewStoreAsync(clock);
        var id = await store.Get<DatasetStore>().ImportAsync(TestDatasets.Northumbria(), Lead);
        await store.Get<UserStore>().CreateAsync(new NewUser("locked.out", "Locked Out", [UserRole.Inspector]), Lead);
        var locked = await store.Get<UserStore>().RecordFailedSignInAsync("locked.out", 1, TimeSpan.FromMinutes(15));
        var sampleId = await store.Get<DrawnSampleStore>().SaveAsync(id, new DrawnSample("case-supervision", 7, new Dictionary<string, string>(), ["case id"],
            [new DrawnCase("NB19-CS-001", "all", DrawnRole.Sample, null, ["NB19-CS-001"])]), Lead);

        var entries = await store.Get<AuditLog>().ForInspectionAsync(id);
        Assert.Equal(["import", "save"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(clock.Now, e.At));
        Assert.Equal(clock.Now, (await store.Get<AuditLog>().ForRecordAsync(null, "user", "locked.out")).Last().At);
        Assert.Equal(clock.Now + TimeSpan.FromMinutes(15), locked.LockedUntil);
        Assert.Equal(clock.Now, (await store.Get<DrawnSampleStore>().LoadAsync(sampleId)).DrawnAt);
        var created = (await RawQueryAsync(store.Location, $"select created_at from inspections where id = {id}"))[0][0];
        Assert.Equal(clock.Now, created switch
        {
            DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
            _ => DateTimeOffset.Parse((string)created!, System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    [Fact]
    public async Task Two_meetings_added_at_once_each_get_their_own_id_and_the_audit_log_names_it()
    {
        var (store, id, _) = await ImportAtAsync(TestDatasets.Full(), InspectionStatus.Fieldwork);
        var domainOne = store.Get<DomainOneStore>();
        var before = (await domainOne.GetAsync(id)).Meetings.Select(m => m.Id).ToHashSet();
        var added = new List<long>();
        for (var round = 0; round < 5; round++)
        {
            var meetings = new[] { new Meeting(MeetingKind.Stakeholders, $"Police {round}"), new Meeting(MeetingKind.OperationalPartners, $"Council {round}") };
            added.AddRange(await Task.WhenAll(meetings.Select(m => domainOne.AddMeetingAsync(id, m, Lead))));
        }

        Assert.Equal(10, added.Distinct().Count());
        var stored = (await domainOne.GetAsync(id)).Meetings.Where(m => !before.Contains(m.Id)).ToDictionary(m => m.Id, m => m.Meeting.Description);
        Assert.Equal(added.Order(), stored.Keys.Order());
        var audit = (await store.Get<AuditLog>().ForInspectionAsync(id)).Where(e => e is { Entity: "meeting", Action: "add" }).ToList();
        Assert.Equal(10, audit.Count);
        foreach (var entry in audit)
            Assert.Contains($"\"{stored[long.Parse(entry.EntityKey!, System.Globalization.CultureInfo.InvariantCulture)]}\"", entry.After);
    }
}
