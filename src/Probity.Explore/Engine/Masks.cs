using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Probity.Explore.Engine;

/// <summary>
/// 64 one-byte codes at a time turned into a 64-bit mask (bit i set where code i equals a value): two 32-byte vector
/// compares and their most significant bits. Columns are padded to whole blocks of 64, so every load is in bounds.
/// </summary>
internal static class Masks
{
    public const int Block = 64;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Equal(byte[] column, int offset, Vector256<byte> value)
    {
        ref var start = ref MemoryMarshal.GetArrayDataReference(column);
        var low = Vector256.LoadUnsafe(ref start, (nuint)offset);
        var high = Vector256.LoadUnsafe(ref start, (nuint)offset + 32);
        return Vector256.ExtractMostSignificantBits(Vector256.Equals(low, value))
            | ((ulong)Vector256.ExtractMostSignificantBits(Vector256.Equals(high, value)) << 32);
    }

    /// <summary>Bits of the codes whose <paramref name="matches"/> entry is true, comparing with the fewer of the two sides.</summary>
    public static void Matching(byte[] column, bool[] matches, ulong[] into, ulong[] universe)
    {
        var passing = Enumerable.Range(0, matches.Length).Where(c => matches[c]).ToArray();
        var failing = Enumerable.Range(0, matches.Length).Where(c => !matches[c]).ToArray();
        var invert = failing.Length < passing.Length;
        var values = (invert ? failing : passing).Select(c => Vector256.Create((byte)c)).ToArray();
        Parallel.For(0, Chunks(into.Length), chunk =>
        {
            var (from, to) = Chunk(chunk, into.Length);
            for (var w = from; w < to; w++)
            {
                ulong bits = 0;
                foreach (var v in values) bits |= Equal(column, w * Block, v);
                into[w] = (invert ? ~bits : bits) & universe[w];
            }
        });
    }

    public static ulong[] And(ulong[] a, ulong[] b)
    {
        for (var i = 0; i < a.Length; i++) a[i] &= b[i];
        return a;
    }

    public static ulong[] Or(ulong[] a, ulong[] b)
    {
        for (var i = 0; i < a.Length; i++) a[i] |= b[i];
        return a;
    }

    public static ulong[] Not(ulong[] a, ulong[] universe)
    {
        for (var i = 0; i < a.Length; i++) a[i] = ~a[i] & universe[i];
        return a;
    }

    public static int Count(ulong bits) => BitOperations.PopCount(bits);

    // Work is split into chunks of 4,096 words (262,144 cases) so that small programmes stay on one thread.
    private const int ChunkWords = 4096;

    public static int Chunks(int words) => (words + ChunkWords - 1) / ChunkWords;

    public static (int From, int To) Chunk(int chunk, int words) => (chunk * ChunkWords, Math.Min(words, (chunk + 1) * ChunkWords));
}
