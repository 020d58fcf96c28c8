namespace Probity.Reports.Model;

/// <summary>A numbered note, printed at the end of the part of the report that cites it.</summary>
public sealed record Footnote(int Number, string Text);

/// <summary>
/// Numbers footnotes in document order, as the published reports do (one sequence through the whole report). The builder
/// opens a scope per section; within a scope the same text keeps one number, so a table cites its methodological-change
/// note once however many rows carry it.
/// </summary>
internal sealed class FootnoteNumbering
{
    private int _next = 1;

    public FootnoteScope Scope() => new(this);

    internal int Take() => _next++;
}

internal sealed class FootnoteScope(FootnoteNumbering numbering)
{
    private readonly List<Footnote> _notes = [];

    public IReadOnlyList<Footnote> Notes => _notes;

    public int Cite(string text)
    {
        var existing = _notes.Find(n => n.Text == text);
        if (existing is not null) return existing.Number;
        var note = new Footnote(numbering.Take(), text);
        _notes.Add(note);
        return note.Number;
    }

    public int? CiteIfAny(string? text) => string.IsNullOrWhiteSpace(text) ? null : Cite(text);
}
