using Probity.Explore.Engine;
using Probity.Synthetic;

namespace Probity.Explore.Tests;

public class SnapshotTests
{
    [Fact]
    public void A_snapshot_read_back_answers_every_question_as_the_data_it_was_written_from()
    {
        var builder = new ExploreDataBuilder();
        var n = 0;
        foreach (var dataset in SyntheticNational.Generate(new SyntheticNational.Options { Inspections = 20, CasesPerInspection = 37, Seed = 11 })) builder.Add(dataset, ++n);
        var data = builder.Build();
        var stamp = new SnapshotStamp(new DateTimeOffset(2026, 12, 2, 20, 0, 0, TimeSpan.Zero), new Dictionary<long, long> { [1] = 3, [2] = 1 });
        using var file = new MemoryStream();
        ExploreSnapshot.Write(file, data, stamp);
        file.Position = 0;
        var (read, readStamp) = ExploreSnapshot.Read(file)!.Value;
        Assert.Equal(stamp.AsOf, readStamp.AsOf);
        Assert.Equal(stamp.Generations, readStamp.Generations);
        Assert.Equal((data.CaseCount, data.InspectionCount), (read.CaseCount, read.InspectionCount));
        foreach (var (measure, where, by) in new (string, string?, string?)[]
        {
            ("2.1.3", "framework=hmip-crc-2019 and sex=female", "rosh,ro-grade"),
            ("delivered-accommodation", "need-accommodation=yes", "year"),
            ("workload-manageable", "fieldwork>=2019-01-01", "provider"),
            ("2.2.1", "framework=hmip-pdu-2021 and caseload-band in (under-50, 75-plus)", "inspection"),
        })
        {
            var before = data.Answer(data.Ask(measure, where, by));
            var after = read.Answer(read.Ask(measure, where, by));
            Assert.NotEmpty(before.Cells);
            Assert.Equal(Rows(before), Rows(after));
        }
    }

    [Fact]
    public void A_file_of_another_kind_is_not_read() =>
        Assert.Null(ExploreSnapshot.Read(new MemoryStream("not a snapshot at all"u8.ToArray())));

    private static List<string> Rows(ExploreResult result) =>
        [.. result.Cells.Concat(result.Totals).Select(c => $"{string.Join(",", c.Codes)}:{c.Yes}/{c.No}/{c.NotApplicable}/{c.Inspections}/{c.Suppressed}")];
}
