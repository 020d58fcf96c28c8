using System.Buffers.Binary;
using Probity.Core.Frameworks;

namespace Probity.Core.Analysis;

/// <summary>
/// Packs an inspection's tallies and case profile into bytes for storage: a header (kind, format version, the layout's
/// fingerprint, and for tallies the item count), then every count as a variable-length integer, with runs of zeros
/// written as a zero and the run's length. A 100-case inspection packs to a few kilobytes.
/// </summary>
public static class PackedCounts
{
    private const byte Version = 1;
    private const byte TalliesKind = (byte)'T';
    private const byte ProfileKind = (byte)'P';

    public static byte[] Encode(ItemTallies tallies) => Encode(TalliesKind, tallies.ItemCount, tallies.Counts);

    public static byte[] Encode(CaseProfile profile) => Encode(ProfileKind, 0, profile.Counts);

    /// <summary>The tallies, or null when the bytes were packed with another layout or for another item count (rebuild them).</summary>
    public static ItemTallies? DecodeTallies(FrameworkVersion framework, ReadOnlySpan<byte> bytes)
    {
        var counts = Decode(TalliesKind, framework.Questions.Count, CountsLayout.CellCount * framework.Questions.Count * 3, bytes);
        return counts is null ? null : new ItemTallies(framework, counts);
    }

    /// <summary>The profile, or null when the bytes were packed with another layout (rebuild it).</summary>
    public static CaseProfile? DecodeProfile(ReadOnlySpan<byte> bytes)
    {
        var counts = Decode(ProfileKind, 0, CountsLayout.SampleCount * CountsLayout.PerSample, bytes);
        return counts is null ? null : new CaseProfile(counts);
    }

    private static byte[] Encode(byte kind, int itemCount, int[] counts)
    {
        var buffer = new byte[16 + counts.Length * 5];
        buffer[0] = kind;
        buffer[1] = Version;
        BinaryPrimitives.WriteUInt64LittleEndian(buffer.AsSpan(2), CountsLayout.Fingerprint);
        var at = WriteVarint(buffer, 10, (uint)itemCount);
        for (var i = 0; i < counts.Length;)
        {
            if (counts[i] != 0)
            {
                at = WriteVarint(buffer, at, (uint)counts[i++]);
                continue;
            }
            var run = 0;
            while (i < counts.Length && counts[i] == 0) { run++; i++; }
            buffer[at++] = 0;
            at = WriteVarint(buffer, at, (uint)run);
        }
        return buffer.AsSpan(0, at).ToArray();
    }

    private static int[]? Decode(byte kind, int itemCount, int length, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return DecodeCounts(kind, itemCount, length, bytes);
        }
        catch (FormatException)
        {
            return null; // damaged bytes are rebuilt from the cases like any stale tallies
        }
    }

    private static int[]? DecodeCounts(byte kind, int itemCount, int length, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 10 || bytes[0] != kind || bytes[1] != Version) return null;
        if (BinaryPrimitives.ReadUInt64LittleEndian(bytes[2..]) != CountsLayout.Fingerprint) return null;
        var at = 10;
        if (ReadVarint(bytes, ref at) != itemCount) return null;
        var counts = new int[length];
        var i = 0;
        while (at < bytes.Length)
        {
            var value = ReadVarint(bytes, ref at);
            if (value != 0)
            {
                if (i >= length) return null;
                counts[i++] = (int)value;
                continue;
            }
            i += (int)ReadVarint(bytes, ref at);
            if (i > length) return null;
        }
        return i == length ? counts : null;
    }

    private static int WriteVarint(byte[] buffer, int at, uint value)
    {
        while (value >= 0x80)
        {
            buffer[at++] = (byte)(value | 0x80);
            value >>= 7;
        }
        buffer[at++] = (byte)value;
        return at;
    }

    private static uint ReadVarint(ReadOnlySpan<byte> bytes, ref int at)
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (at >= bytes.Length) throw new FormatException("packed counts end in the middle of a number");
            var b = bytes[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
        throw new FormatException("a packed count is longer than five bytes");
    }
}
