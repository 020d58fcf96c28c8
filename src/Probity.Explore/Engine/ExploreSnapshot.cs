using System.Buffers.Binary;
using System.Text;
using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;

namespace Probity.Explore.Engine;

/// <summary>
/// What a snapshot was built from: when, and each inspection's generation (the number the database moves on whenever the
/// inspection's cases change), so that one query can tell whether the snapshot is still current and which inspections moved.
/// </summary>
public sealed record SnapshotStamp(DateTimeOffset AsOf, IReadOnlyDictionary<long, long> Generations);

/// <summary>
/// The engine's data as a compact file: answers packed four to a byte (they are 0–3), each case attribute column packed to
/// the fewest bits its codes need, the inspections and their interviews as they are. Read back column by column in parallel.
/// </summary>
public static class ExploreSnapshot
{
    private const uint Magic = 0x58425250; // "PRBX"
    private const int Version = 1;

    public static void Write(Stream stream, ExploreData data, SnapshotStamp stamp)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Version);
        w.Write(CaseColumns.All.Count);
        w.Write(stamp.AsOf.UtcTicks);
        w.Write(stamp.Generations.Count);
        foreach (var (id, generation) in stamp.Generations)
        {
            w.Write(id);
            w.Write(generation);
        }
        w.Write(data.Segments.Length);
        foreach (var s in data.Segments)
        {
            w.Write(s.Framework.Id);
            w.Write(s.Start);
            w.Write(s.Length);
            w.Write(s.Items.Length);
            foreach (var item in s.Items) w.Write(Pack(item, 2));
        }
        w.Write(data.Inspections.Length);
        foreach (var e in data.Inspections)
        {
            var i = e.Inspection;
            w.Write(i.Id);
            w.Write(i.Reference);
            w.Write(i.Provider);
            w.Write(i.Region ?? "");
            w.Write(i.ProviderType.ToString());
            w.Write(i.Framework.Id);
            w.Write(i.FieldworkStart?.DayNumber ?? -1);
            w.Write(i.Year?.StartYear ?? -1);
            w.Write(e.Start);
            w.Write(e.Count);
            w.Write(e.Segment);
            w.Write(e.Interviews);
            w.Write(e.InterviewAnswers.Length);
            w.Write(e.InterviewAnswers);
        }
        w.Write(data.CaseColumns.Length);
        w.Write(data.CaseColumns.Length == 0 ? 0 : data.CaseColumns[0].Length);
        foreach (var column in data.CaseColumns)
        {
            var bits = BitsFor(column.Length == 0 ? (byte)0 : column.Max());
            w.Write((byte)bits);
            w.Write(Pack(column, bits));
        }
    }

    /// <summary>The data and its stamp, or null when the file was written by another version or for other case columns (rebuild it).</summary>
    public static (ExploreData Data, SnapshotStamp Stamp)? Read(Stream stream)
    {
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (stream.Length < 12 || r.ReadUInt32() != Magic || r.ReadInt32() != Version || r.ReadInt32() != CaseColumns.All.Count) return null;
        var asOf = new DateTimeOffset(r.ReadInt64(), TimeSpan.Zero);
        var generations = new Dictionary<long, long>();
        for (var n = r.ReadInt32(); n > 0; n--) generations[r.ReadInt64()] = r.ReadInt64();
        var segments = new ExploreData.Segment[r.ReadInt32()];
        var packed = new List<(byte[] Packed, int Bits, byte[] Into)>();
        for (var k = 0; k < segments.Length; k++)
        {
            var framework = FrameworkCatalog.Find(r.ReadString());
            if (framework is null) return null;
            int start = r.ReadInt32(), length = r.ReadInt32();
            var items = new byte[r.ReadInt32()][];
            if (items.Length != framework.Questions.Count) return null;
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = new byte[length];
                packed.Add((r.ReadBytes(PackedLength(length, 2)), 2, items[i]));
            }
            segments[k] = new ExploreData.Segment(framework, start, length, items);
        }
        var placed = new ExploreData.Placed[r.ReadInt32()];
        for (var n = 0; n < placed.Length; n++)
        {
            var id = r.ReadInt64();
            string reference = r.ReadString(), provider = r.ReadString(), region = r.ReadString(), type = r.ReadString(), framework = r.ReadString();
            int day = r.ReadInt32(), year = r.ReadInt32(), start = r.ReadInt32(), count = r.ReadInt32(), segment = r.ReadInt32(), interviews = r.ReadInt32();
            var answers = r.ReadBytes(r.ReadInt32());
            var inspection = new ExploreInspection(id, reference, provider, region.Length == 0 ? null : region, Enum.Parse<ProviderType>(type),
                FrameworkCatalog.Get(framework), day < 0 ? null : DateOnly.FromDayNumber(day), year < 0 ? null : new ProgrammeYear(year));
            placed[n] = new ExploreData.Placed(inspection, start, count, segment, interviews, answers);
        }
        var caseColumns = new byte[r.ReadInt32()][];
        var cases = r.ReadInt32();
        for (var c = 0; c < caseColumns.Length; c++)
        {
            int bits = r.ReadByte();
            caseColumns[c] = new byte[cases];
            packed.Add((r.ReadBytes(PackedLength(cases, bits)), bits, caseColumns[c]));
        }
        Parallel.ForEach(packed, p => Unpack(p.Packed, p.Bits, p.Into));
        return (ExploreData.Assemble(segments, placed, caseColumns), new SnapshotStamp(asOf, generations));
    }

    private static int BitsFor(byte max) => max switch { 0 => 0, 1 => 1, <= 3 => 2, <= 15 => 4, _ => 8 };

    private static int PackedLength(int values, int bits) => (values * bits + 7) / 8;

    private static byte[] Pack(byte[] values, int bits)
    {
        var packed = new byte[PackedLength(values.Length, bits)];
        if (bits == 0) return packed;
        var perByte = 8 / bits;
        for (var i = 0; i < values.Length; i++) packed[i / perByte] |= (byte)(values[i] << (i % perByte * bits));
        return packed;
    }

    // Per packed byte, its values one to a byte (little-endian), so that unpacking is one look-up and one store per byte.
    private static readonly Dictionary<int, ulong[]> Spread = new[] { 1, 2, 4 }.ToDictionary(b => b, b =>
    {
        var table = new ulong[256];
        for (var p = 0; p < 256; p++)
            for (var k = 0; k < 8 / b; k++) table[p] |= (ulong)((p >> (k * b)) & ((1 << b) - 1)) << (8 * k);
        return table;
    });

    private static void Unpack(byte[] packed, int bits, byte[] into)
    {
        if (bits == 0) return;
        if (bits == 8)
        {
            packed.CopyTo(into, 0);
            return;
        }
        var perByte = 8 / bits;
        var table = Spread[bits];
        var whole = into.Length / perByte;
        var span = into.AsSpan();
        for (var i = 0; i < whole; i++)
        {
            var values = table[packed[i]];
            var at = span[(i * perByte)..];
            switch (perByte)
            {
                case 8: BinaryPrimitives.WriteUInt64LittleEndian(at, values); break;
                case 4: BinaryPrimitives.WriteUInt32LittleEndian(at, (uint)values); break;
                default: BinaryPrimitives.WriteUInt16LittleEndian(at, (ushort)values); break;
            }
        }
        var mask = (1 << bits) - 1;
        for (var i = whole * perByte; i < into.Length; i++) into[i] = (byte)(packed[i / perByte] >> (i % perByte * bits) & mask);
    }
}
