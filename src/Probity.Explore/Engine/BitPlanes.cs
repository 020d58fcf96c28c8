using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Probity.Explore.Engine;

/// <summary>
/// Small codes packed for the snapshot file so that unpacking is a few vector shifts, with no per-value work. Values go in
/// blocks of 32 × (8 / bits): byte j of a block's 32 holds values j, 32 + j, 64 + j … at bits 0, bits, 2 × bits …; so one
/// 32-byte load, shifted and masked once per plane, writes 32 whole values at a time. Widths are 0, 1, 2, 4 or 8 bits.
/// </summary>
internal static class BitPlanes
{
    private const int Lane = 32;

    public static int BitsFor(byte max) => max switch { 0 => 0, 1 => 1, <= 3 => 2, <= 15 => 4, _ => 8 };

    public static int PackedLength(int values, int bits) => bits switch
    {
        0 => 0,
        8 => values,
        _ => (values + Block(bits) - 1) / Block(bits) * Lane,
    };

    private static int Block(int bits) => Lane * (8 / bits);

    public static void Pack(ReadOnlySpan<byte> values, int bits, Span<byte> into)
    {
        if (bits == 0) return;
        if (bits == 8)
        {
            values.CopyTo(into);
            return;
        }
        into[..PackedLength(values.Length, bits)].Clear();
        var planes = 8 / bits;
        var block = Lane * planes;
        ref var source = ref MemoryMarshal.GetReference(values);
        ref var target = ref MemoryMarshal.GetReference(into);
        var whole = values.Length / block;
        for (var b = 0; b < whole; b++)
        {
            // A value shifted within its plane never reaches the next byte (it is below 2^bits), so 16-bit lanes shift it safely.
            var word = Vector256<ushort>.Zero;
            for (var k = 0; k < planes; k++)
                word |= Vector256.ShiftLeft(Vector256.LoadUnsafe(ref source, (nuint)(b * block + k * Lane)).AsUInt16(), k * bits);
            word.AsByte().StoreUnsafe(ref target, (nuint)(b * Lane));
        }
        for (var i = whole * block; i < values.Length; i++)
        {
            var local = i - whole * block;
            into[whole * Lane + local % Lane] |= (byte)(values[i] << (local / Lane * bits));
        }
    }

    /// <summary>Fills <paramref name="into"/> (every byte of it) from its packed values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Unpack(ReadOnlySpan<byte> packed, int bits, Span<byte> into)
    {
        if (bits == 0)
        {
            into.Clear();
            return;
        }
        if (bits == 8)
        {
            packed[..into.Length].CopyTo(into);
            return;
        }
        var planes = 8 / bits;
        var block = Lane * planes;
        var mask = Vector256.Create((byte)((1 << bits) - 1));
        ref var source = ref MemoryMarshal.GetReference(packed);
        ref var target = ref MemoryMarshal.GetReference(into);
        var whole = into.Length / block;
        for (var b = 0; b < whole; b++)
        {
            var word = Vector256.LoadUnsafe(ref source, (nuint)(b * Lane)).AsUInt16();
            // Shifted as 16-bit lanes: the mask then clears whatever crossed over from the neighbouring byte.
            for (var k = 0; k < planes; k++)
                (Vector256.ShiftRightLogical(word, k * bits).AsByte() & mask).StoreUnsafe(ref target, (nuint)(b * block + k * Lane));
        }
        var low = (1 << bits) - 1;
        for (var i = whole * block; i < into.Length; i++)
        {
            var local = i - whole * block;
            into[i] = (byte)(packed[whole * Lane + local % Lane] >> (local / Lane * bits) & low);
        }
    }
}
