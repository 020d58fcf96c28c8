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
/// The engine's data as a compact file: a header, then what describes the data (the stamp, the framework versions, the
/// inspections and their interviews), then every column packed to the fewest bits its codes need (answers two bits each)
/// in <see cref="BitPlanes"/>, one after another. Loading a file reads the header and the description only; each column is
/// read and unpacked (vector shifts, no per-value parsing) when a question first needs it, so a restart does not wait for
/// the hundred columns its first questions never read. A file of another version is not read (the store rebuilds it).
/// </summary>
public static class ExploreSnapshot
{
    private const uint Magic = 0x58425250; // "PRBX"

    /// <summary>2: a header with the description's length, columns in bit planes (1: columns packed value after value).</summary>
    internal const int Version = 2;

    private const int HeaderLength = 16;
    private const int AnswerBits = 2;

    public static void Write(Stream stream, ExploreData data, SnapshotStamp stamp)
    {
        var bits = data.CaseColumns.Select(c => BitPlanes.BitsFor(c.Length == 0 ? (byte)0 : c.Max())).ToArray();
        var description = Describe(data, stamp, bits);
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Version);
        w.Write(CaseColumns.All.Count);
        w.Write(description.Length);
        w.Write(description);
        foreach (var s in data.Segments)
            foreach (var item in s.Items) WriteColumn(w, item, AnswerBits);
        for (var c = 0; c < bits.Length; c++) WriteColumn(w, data.CaseColumns[c], bits[c]);
    }

    private static byte[] Describe(ExploreData data, SnapshotStamp stamp, int[] bits)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
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
                w.Write(s.Items.Count);
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
            w.Write(data.Universe.Length * Masks.Block);
            w.Write(bits.Length);
            foreach (var b in bits) w.Write((byte)b);
        }
        return buffer.ToArray();
    }

    private static void WriteColumn(BinaryWriter w, byte[] values, int bits)
    {
        var packed = new byte[BitPlanes.PackedLength(values.Length, bits)];
        BitPlanes.Pack(values, bits, packed);
        w.Write(packed);
    }

    /// <summary>
    /// The snapshot file at <paramref name="path"/>, its columns read from the file when first used (the file is kept open
    /// for that, and may meanwhile be replaced: the data keeps reading the file it was loaded from). Null when the file was
    /// written by another version, for other case columns or frameworks, or is cut short (rebuild it).
    /// </summary>
    public static (ExploreData Data, SnapshotStamp Stamp)? Load(string path)
    {
        var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        var loaded = false;
        try
        {
            var header = new byte[HeaderLength];
            if (RandomAccess.Read(file, header, 0) < HeaderLength || Header(header) is not { } length) return null;
            var description = new byte[length];
            if (RandomAccess.Read(file, description, HeaderLength) < length || Layout.Read(description) is not { } layout) return null;
            var start = HeaderLength + length;
            if (RandomAccess.GetLength(file) != start + layout.ColumnBytes) return null;
            loaded = true;
            return layout.Assemble((offset, count) =>
            {
                var packed = GC.AllocateUninitializedArray<byte>(count);
                for (var done = 0; done < count;)
                {
                    var read = RandomAccess.Read(file, packed.AsSpan(done), start + offset + done);
                    done += read > 0 ? read : throw new EndOfStreamException("the explore snapshot file was cut short while in use");
                }
                return packed;
            });
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or ArgumentOutOfRangeException)
        {
            return null;
        }
        finally
        {
            // Kept open by the data's columns once loaded; closed with them when the data is no longer used.
            if (!loaded) file.Dispose();
        }
    }

    /// <summary>The data read whole from a stream (every column in one read), or null as <see cref="Load"/>; a description that
    /// makes no sense (a damaged file) is refused the same way.</summary>
    public static (ExploreData Data, SnapshotStamp Stamp)? Read(Stream stream)
    {
        try
        {
            var header = new byte[HeaderLength];
            stream.ReadExactly(header);
            if (Header(header) is not { } length) return null;
            var description = new byte[length];
            stream.ReadExactly(description);
            if (Layout.Read(description) is not { } layout) return null;
            var columns = GC.AllocateUninitializedArray<byte>(checked((int)layout.ColumnBytes));
            stream.ReadExactly(columns);
            return layout.Assemble((offset, count) => columns.AsMemory((int)offset, count));
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The description's length, if the header is this version's for these case columns.</summary>
    private static int? Header(ReadOnlySpan<byte> header) =>
        BinaryPrimitives.ReadUInt32LittleEndian(header) == Magic
        && BinaryPrimitives.ReadInt32LittleEndian(header[4..]) == Version
        && BinaryPrimitives.ReadInt32LittleEndian(header[8..]) == CaseColumns.All.Count
        && BinaryPrimitives.ReadInt32LittleEndian(header[12..]) is var length and >= 0 ? length : null;

    /// <summary>What the description says: the stamp, the segments and inspections, and where each column lies after it.</summary>
    private sealed class Layout
    {
        private (FrameworkVersion Framework, int Start, int Length, Packed Items)[] _segments = [];
        private ExploreData.Placed[] _placed = [];
        private Packed _caseColumns = null!;
        private int _cases;
        private SnapshotStamp _stamp = null!;

        public long ColumnBytes { get; private set; }

        public static Layout? Read(byte[] description)
        {
            using var r = new BinaryReader(new MemoryStream(description), Encoding.UTF8);
            var layout = new Layout();
            var asOf = new DateTimeOffset(r.ReadInt64(), TimeSpan.Zero);
            var generations = new Dictionary<long, long>();
            for (var n = r.ReadInt32(); n > 0; n--) generations[r.ReadInt64()] = r.ReadInt64();
            layout._stamp = new SnapshotStamp(asOf, generations);
            var at = 0L;
            layout._segments = new (FrameworkVersion, int, int, Packed)[r.ReadInt32()];
            for (var k = 0; k < layout._segments.Length; k++)
            {
                var framework = FrameworkCatalog.Find(r.ReadString());
                int start = r.ReadInt32(), length = r.ReadInt32(), items = r.ReadInt32();
                if (framework is null || items != framework.Questions.Count) return null;
                layout._segments[k] = (framework, start, length, Packed.Place(ref at, [.. Enumerable.Repeat(AnswerBits, items)], length));
            }
            layout._placed = new ExploreData.Placed[r.ReadInt32()];
            for (var n = 0; n < layout._placed.Length; n++)
            {
                var id = r.ReadInt64();
                string reference = r.ReadString(), provider = r.ReadString(), region = r.ReadString(), type = r.ReadString(), framework = r.ReadString();
                int day = r.ReadInt32(), year = r.ReadInt32(), start = r.ReadInt32(), count = r.ReadInt32(), segment = r.ReadInt32(), interviews = r.ReadInt32();
                var answers = r.ReadBytes(r.ReadInt32());
                if (FrameworkCatalog.Find(framework) is not { } version || !Enum.TryParse<ProviderType>(type, out var providerType)) return null;
                var inspection = new ExploreInspection(id, reference, provider, region.Length == 0 ? null : region, providerType,
                    version, day < 0 ? null : DateOnly.FromDayNumber(day), year < 0 ? null : new ProgrammeYear(year));
                layout._placed[n] = new ExploreData.Placed(inspection, start, count, segment, interviews, answers);
            }
            layout._cases = r.ReadInt32();
            var bits = r.ReadBytes(r.ReadInt32());
            if (bits.Any(b => b is not (0 or 1 or 2 or 4 or 8))) return null;
            layout._caseColumns = Packed.Place(ref at, [.. bits.Select(b => (int)b)], layout._cases);
            layout.ColumnBytes = at;
            return layout;
        }

        /// <summary>The data, its columns fetched from <paramref name="source"/> (offset after the description, length).</summary>
        public (ExploreData, SnapshotStamp) Assemble(Func<long, int, ReadOnlyMemory<byte>> source)
        {
            var segments = _segments.Select(s => new ExploreData.Segment(s.Framework, s.Start, s.Length, s.Items.Columns(source))).ToArray();
            return (ExploreData.Assemble(segments, _placed, _caseColumns.Columns(source), _cases), _stamp);
        }
    }

    /// <summary>Where a run of columns of one length lies after the description, and at how many bits each.</summary>
    private sealed record Packed(long[] Offsets, int[] Bits, int Values)
    {
        public static Packed Place(ref long at, int[] bits, int values)
        {
            var offsets = new long[bits.Length];
            for (var c = 0; c < bits.Length; c++)
            {
                offsets[c] = at;
                at += BitPlanes.PackedLength(values, bits[c]);
            }
            return new Packed(offsets, bits, values);
        }

        public ColumnSet Columns(Func<long, int, ReadOnlyMemory<byte>> source) => new(Bits.Length, c =>
        {
            var column = GC.AllocateUninitializedArray<byte>(Values);
            BitPlanes.Unpack(source(Offsets[c], BitPlanes.PackedLength(Values, Bits[c])).Span, Bits[c], column);
            return column;
        });
    }
}
