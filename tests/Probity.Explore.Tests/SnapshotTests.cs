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

    [Fact]
    public void A_snapshot_loaded_from_its_file_reads_its_columns_when_asked_and_answers_as_the_data_it_was_written_from()
    {
        var data = Programme(seed: 5);
        var path = Path.Combine(Path.GetTempPath(), $"probity-explore-{Guid.NewGuid():N}.snapshot");
        try
        {
            using (var file = File.Create(path)) ExploreSnapshot.Write(file, data, Stamp);
            var (loaded, stamp) = ExploreSnapshot.Load(path)!.Value;
            Assert.Equal(Stamp.AsOf, stamp.AsOf);
            // The file may be replaced while the data is in use (another instance moves a newer one into place, as the store
            // writes it): the data keeps reading its own.
            File.WriteAllText($"{path}.new", "replaced");
            File.Move($"{path}.new", path, overwrite: true);
            foreach (var (measure, where, by) in Questions)
                Assert.Equal(Rows(data.Answer(data.Ask(measure, where, by))), Rows(loaded.Answer(loaded.Ask(measure, where, by))));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_snapshot_of_the_earlier_layout_or_cut_short_is_not_read_so_the_store_rebuilds_it()
    {
        using var file = new MemoryStream();
        ExploreSnapshot.Write(file, Programme(seed: 6), Stamp);
        var bytes = file.ToArray();
        var earlier = (byte[])bytes.Clone();
        BitConverter.TryWriteBytes(earlier.AsSpan(4), ExploreSnapshot.Version - 1);
        Assert.Null(ExploreSnapshot.Read(new MemoryStream(earlier)));
        Assert.Null(ExploreSnapshot.Read(new MemoryStream(bytes[..^1])));
        Assert.Null(ExploreSnapshot.Read(new MemoryStream(bytes[..40])));
        // A damaged description (its as-of time and the count of generations overwritten) is refused, not thrown.
        var damaged = (byte[])bytes.Clone();
        damaged.AsSpan(16, 32).Fill(0xFF);
        Assert.Null(ExploreSnapshot.Read(new MemoryStream(damaged)));
        var path = Path.Combine(Path.GetTempPath(), $"probity-explore-{Guid.NewGuid():N}.snapshot");
        try
        {
            File.WriteAllBytes(path, bytes[..^1]);
            Assert.Null(ExploreSnapshot.Load(path));
            File.WriteAllBytes(path, earlier);
            Assert.Null(ExploreSnapshot.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(4, 15)]
    [InlineData(8, 255)]
    public void Codes_packed_in_bit_planes_unpack_to_the_same_codes_whatever_the_length(int bits, int max)
    {
        var random = new Random(bits);
        foreach (var length in new[] { 0, 1, 31, 64, 127, 128, 129, 1000, 4096 + 65 })
        {
            var values = Enumerable.Range(0, length).Select(_ => (byte)random.Next(max + 1)).ToArray();
            var packed = new byte[BitPlanes.PackedLength(length, bits)];
            BitPlanes.Pack(values, bits, packed);
            var back = Enumerable.Repeat((byte)0xEE, length).ToArray();
            BitPlanes.Unpack(packed, bits, back);
            Assert.Equal(values, back);
            Assert.True(packed.Length <= (length * bits + 7) / 8 + 32, $"{length} values at {bits} bits took {packed.Length} bytes");
        }
    }

    private static readonly SnapshotStamp Stamp = new(new DateTimeOffset(2026, 12, 3, 6, 0, 0, TimeSpan.Zero), new Dictionary<long, long> { [1] = 2 });

    private static readonly (string, string?, string?)[] Questions =
    [
        ("2.1.3", "framework=hmip-crc-2019 and sex=female", "rosh,ro-grade"),
        ("delivered-accommodation", "need-accommodation=yes", "year"),
        ("workload-manageable", "fieldwork>=2019-01-01", "provider"),
        ("2.2.1", "framework=hmip-pdu-2021 and caseload-band in (under-50, 75-plus)", "inspection"),
    ];

    private static ExploreData Programme(int seed)
    {
        var builder = new ExploreDataBuilder();
        var n = 0;
        foreach (var dataset in SyntheticNational.Generate(new SyntheticNational.Options { Inspections = 20, CasesPerInspection = 37, Seed = seed })) builder.Add(dataset, ++n);
        return builder.Build();
    }

    private static List<string> Rows(ExploreResult result) =>
        [.. result.Cells.Concat(result.Totals).Select(c => $"{string.Join(",", c.Codes)}:{c.Yes}/{c.No}/{c.NotApplicable}/{c.Inspections}/{c.Suppressed}")];
}
