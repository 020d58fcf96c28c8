using System.Text.RegularExpressions;

namespace Probity.Web.Tests.Documentation;

/// <summary>
/// The links and headings of the guides as a Git host renders them: <c>[text](target)</c> and <c>![alt](target)</c>
/// outside code, and each heading's anchor made the way GitHub makes it (lower case, punctuation dropped, spaces to
/// hyphens, a repeated heading numbered <c>-1</c>, <c>-2</c>…).
/// </summary>
public static partial class MarkdownLinks
{
    public sealed record Link(string File, int Line, string Text, string Target, bool IsImage);

    /// <summary>README.md and every Markdown file under docs/, as paths relative to the repository root.</summary>
    public static IReadOnlyList<string> GuideFiles(string root) =>
        [Path.Combine(root, "README.md"), .. Directory.GetFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Order()];

    public static IEnumerable<Link> LinksOf(string file)
    {
        var number = 0;
        foreach (var line in TextOutsideCode(file))
        {
            number++;
            if (line is null) continue;
            foreach (Match m in LinkPattern().Matches(StripInlineCode(line)))
                yield return new Link(file, number, m.Groups["text"].Value, m.Groups["target"].Value, m.Groups["image"].Success);
        }
    }

    public static IReadOnlySet<string> AnchorsOf(string file)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in TextOutsideCode(file))
        {
            if (line is null || HeadingPattern().Match(line) is not { Success: true } heading) continue;
            var slug = Slug(heading.Groups["title"].Value);
            var candidate = slug;
            for (var n = 1; !anchors.Add(candidate); n++) candidate = $"{slug}-{n}";
        }
        return anchors;
    }

    public static string Slug(string title)
    {
        var text = StripInlineCode(title).Replace("`", "", StringComparison.Ordinal).Trim().ToLowerInvariant();
        text = LinkPattern().Replace(text, m => m.Groups["text"].Value);
        var kept = text.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_');
        return string.Concat(kept).Replace(' ', '-');
    }

    /// <summary>Each line of the file, or null for a line inside a fenced code block (links there are not links).</summary>
    private static IEnumerable<string?> TextOutsideCode(string file)
    {
        var fenced = false;
        foreach (var line in File.ReadLines(file))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) { fenced = !fenced; yield return null; continue; }
            yield return fenced || line.StartsWith("    ", StringComparison.Ordinal) && !line.TrimStart().StartsWith('-') && !line.TrimStart().StartsWith('|') ? null : line;
        }
    }

    // Inline code keeps its text for headings' anchors but holds no links: `[x](y)` in backticks is an example.
    private static string StripInlineCode(string line) => InlineCode().Replace(line, m => m.Value.Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal));

    [GeneratedRegex(@"(?<image>!)?\[(?<text>[^\]]*)\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"^#{1,6}\s+(?<title>.+?)\s*#*\s*$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex InlineCode();
}
