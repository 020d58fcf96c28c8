using System.Collections;

namespace Probity.Explore.Engine;

/// <summary>
/// Columns of one byte per case. Laid out by the builder they are all there; read from a snapshot each is unpacked the first
/// time a question reads it, so that a restart pays only for the columns its questions use (a programme holds a hundred
/// item columns per framework version, a question reads one).
/// </summary>
internal sealed class ColumnSet : IReadOnlyList<byte[]>
{
    private readonly byte[]?[] _columns;
    private readonly Func<int, byte[]>? _unpack;

    public ColumnSet(byte[][] columns) => _columns = columns;

    public ColumnSet(int count, Func<int, byte[]> unpack)
    {
        _columns = new byte[]?[count];
        _unpack = unpack;
    }

    public int Count => _columns.Length;

    // Two questions may ask for the same column at once: both unpack it, one copy is kept.
    public byte[] this[int index] => Volatile.Read(ref _columns[index]) ?? Unpack(index);

    private byte[] Unpack(int index)
    {
        var column = _unpack!(index);
        return Interlocked.CompareExchange(ref _columns[index], column, null) ?? column;
    }

    public IEnumerator<byte[]> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
