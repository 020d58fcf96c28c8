using Probity.Core.Ratings;

namespace Probity.Core.Datasets;

/// <summary>
/// All answers of an inspection as one byte per (case, item): a 100,000-case inspection with ~90 items is ~9 MB, counted
/// in a single pass. Evidence notes are sparse and kept beside it.
/// </summary>
public sealed class AnswerGrid
{
    private readonly byte[] _cells;
    private readonly Dictionary<long, string> _notes = new();

    public AnswerGrid(int caseCount, int itemCount)
    {
        CaseCount = caseCount;
        ItemCount = itemCount;
        _cells = new byte[(long)caseCount * itemCount];
    }

    public int CaseCount { get; }
    public int ItemCount { get; }

    public Judgement this[int caseIndex, int itemIndex]
    {
        get => (Judgement)_cells[(long)caseIndex * ItemCount + itemIndex];
        set => _cells[(long)caseIndex * ItemCount + itemIndex] = (byte)value;
    }

    /// <summary>The answers of one case, one byte per item.</summary>
    public ReadOnlySpan<byte> Row(int caseIndex) => _cells.AsSpan(caseIndex * ItemCount, ItemCount);

    public string? Note(int caseIndex, int itemIndex) => _notes.GetValueOrDefault((long)caseIndex * ItemCount + itemIndex);

    public void SetNote(int caseIndex, int itemIndex, string? note)
    {
        var key = (long)caseIndex * ItemCount + itemIndex;
        if (string.IsNullOrEmpty(note)) _notes.Remove(key);
        else _notes[key] = note;
    }

    public int NoteCount => _notes.Count;

    public AnswerGrid Clone()
    {
        var copy = new AnswerGrid(CaseCount, ItemCount);
        _cells.CopyTo(copy._cells, 0);
        foreach (var (k, v) in _notes) copy._notes[k] = v;
        return copy;
    }
}
