using Probity.Core.Frameworks;

namespace Probity.Reports.Checks;

/// <summary>When a block's text was last saved (or imported).</summary>
public sealed record BlockWritten(string Section, DateTimeOffset At);

/// <summary>When a standard's rating was last changed (a panel decision recorded or withdrawn, a domain-one rating ratified).</summary>
public sealed record RatingChanged(string Standard, DateTimeOffset At);

/// <summary>A block written before a standard it mentions was rated again: its words about that standard may be out of date.</summary>
public sealed record BlockToReview(string Section, string Block, string Standard, DateTimeOffset WrittenAt, DateTimeOffset RatingChangedAt);

/// <summary>
/// "To review": a rating changed after a block was written marks every block that mentions that standard, until the block
/// is saved again. A block mentions a standard when its place in the report is under that standard or its domain, or
/// when its text names the standard by number or topic.
/// </summary>
public static class BlocksToReview
{
    public static IReadOnlyList<BlockToReview> Find(FrameworkVersion framework, IReadOnlyDictionary<string, string> narrative,
        IReadOnlyList<BlockWritten> written, IReadOnlyList<RatingChanged> changes)
    {
        var latest = changes.GroupBy(c => c.Standard).ToDictionary(g => g.Key, g => g.Max(c => c.At));
        var found = new List<BlockToReview>();
        foreach (var block in written.Where(w => narrative.ContainsKey(w.Section)))
        {
            foreach (var standard in framework.Standards)
            {
                if (!latest.TryGetValue(standard.Id, out var changed) || changed <= block.At) continue;
                if (!Mentions(framework, block.Section, narrative[block.Section], standard)) continue;
                found.Add(new BlockToReview(block.Section, BlockNames.Of(framework, block.Section), standard.Id, block.At, changed));
            }
        }
        return found;
    }

    private static bool Mentions(FrameworkVersion framework, string section, string text, Standard standard)
    {
        var parts = section.Split(':');
        var id = parts.Length > 1 ? parts[1] : "";
        var placed = parts[0] switch
        {
            "standard" or "executive-summary" or "chapter" when id == standard.Id => true,
            "key-question" => standard.KeyQuestions.Any(k => k.Id == id),
            "executive-summary" or "chapter" => framework.Domains.Any(d => d.Key == id && d.Standards.Contains(standard)),
            _ => false,
        };
        return placed || RatingWordChecks.Names(text, standard);
    }
}
