namespace Probity.Reports.Model;

/// <summary>A run of text followed, optionally, by footnote markers.</summary>
public sealed record FootnotedRun(string Text, IReadOnlyList<int> Notes)
{
    public FootnotedRun(string text, int? note = null) : this(text, note is { } n ? [n] : []) { }
}

/// <summary>A paragraph of fixed or generated text, with footnote markers where the published report puts them.</summary>
public sealed record FootnotedText(IReadOnlyList<FootnotedRun> Runs)
{
    public static FootnotedText Of(string text, int? note = null) => new([new FootnotedRun(text, note)]);

    public string PlainText => string.Concat(Runs.Select(r => r.Text));

    public static implicit operator FootnotedText(string text) => Of(text);
}

/// <summary>
/// Text an inspector wrote: paragraphs separated by blank lines; a paragraph whose lines all start with "- " is a bullet
/// list. Nothing else is interpreted, and the renderer encodes every character.
/// </summary>
public sealed record TextBlock(IReadOnlyList<TextPart> Parts)
{
    public static TextBlock? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = new List<TextPart>();
        foreach (var chunk in text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var lines = chunk.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (lines.Length == 0) continue;
            parts.Add(lines.All(l => l.StartsWith("- ", StringComparison.Ordinal))
                ? new TextPart(null, lines.Select(l => l[2..].Trim()).ToList())
                : new TextPart(string.Join(' ', lines), null));
        }
        return parts.Count == 0 ? null : new TextBlock(parts);
    }

    public string PlainText => string.Join("\n\n", Parts.Select(p => p.Paragraph ?? string.Join("\n", p.Bullets!.Select(b => "- " + b))));
}

/// <summary>Either a paragraph or a bullet list.</summary>
public sealed record TextPart(string? Paragraph, IReadOnlyList<string>? Bullets);

/// <summary>A fixed lead-in ("Strengths:") and the inspector's list or text under it.</summary>
public sealed record LeadAndText(string Lead, TextBlock Text);
