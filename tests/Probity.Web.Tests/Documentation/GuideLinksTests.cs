using Probity.Core.Tests;
using Probity.Tests.Shared;

namespace Probity.Web.Tests.Documentation;

/// <summary>
/// The README and the guides in docs/ are read on a Git host: every relative link must reach a file of the repository,
/// every anchor a heading of its page, and the README stay a short front door.
/// </summary>
public sealed class GuideLinksTests
{
    private static readonly string Root = RepositoryPaths.Root;

    [Fact]
    public void Every_relative_link_and_anchor_in_the_readme_and_the_guides_resolves()
    {
        var broken = new List<string>();
        var links = MarkdownLinks.GuideFiles(Root).SelectMany(MarkdownLinks.LinksOf).ToList();
        Assert.True(links.Count > 50, $"only {links.Count} links found: the reader is not reading the guides");
        foreach (var link in links.Where(l => !IsExternal(l.Target)))
        {
            var (path, anchor) = Split(link.Target);
            var target = path.Length == 0 ? link.File : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(link.File)!, Uri.UnescapeDataString(path)));
            var where = $"{Path.GetRelativePath(Root, link.File)}:{link.Line}: ({link.Target})";
            if (!target.StartsWith(Root, StringComparison.Ordinal)) broken.Add($"{where} leaves the repository");
            else if (!File.Exists(target) && !Directory.Exists(target)) broken.Add($"{where} names no file");
            else if (anchor is not null && target.EndsWith(".md", StringComparison.Ordinal) && !MarkdownLinks.AnchorsOf(target).Contains(anchor))
                broken.Add($"{where} names no heading of {Path.GetRelativePath(Root, target)}");
        }
        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Fact]
    public void A_broken_link_and_a_wrong_anchor_are_found()
    {
        using var folder = new TempFolder();
        var page = Path.Combine(folder.Path, "page.md");
        File.WriteAllText(page, "# Drawing case samples\n## The \"All CRCs\" comparator\n[a](#drawing-case-samples) [b](#the-all-crcs-comparator) [c](#no-such)\n```\n[d](nowhere.md)\n```\n");
        var anchors = MarkdownLinks.AnchorsOf(page);
        Assert.Equal(["drawing-case-samples", "the-all-crcs-comparator"], anchors.Order());
        Assert.Equal(["#drawing-case-samples", "#the-all-crcs-comparator", "#no-such"], MarkdownLinks.LinksOf(page).Select(l => l.Target));
        Assert.Equal("other-inspection-formats-pdu-inspections-quality--impact-regional-reviews",
            MarkdownLinks.Slug("Other inspection formats: PDU inspections, Quality & Impact, regional reviews"));
    }

    [Fact]
    public void The_readme_is_a_short_front_door_that_reaches_every_guide()
    {
        var readme = File.ReadAllLines(Path.Combine(Root, "README.md"));
        Assert.True(readme.Length < 120, $"README.md has {readme.Length} lines; what it needs beyond the front door belongs in docs/");
        var linked = MarkdownLinks.LinksOf(Path.Combine(Root, "README.md")).Select(l => Split(l.Target).Path).ToHashSet();
        var guides = Directory.GetFiles(Path.Combine(Root, "docs", "guides"), "*.md").Select(f => $"docs/guides/{Path.GetFileName(f)}").ToList();
        Assert.True(guides.Count >= 6, "a guide per role: lead inspector, inspector, ratings panel, provider, analyst, administrator");
        Assert.All(guides, g => Assert.Contains(g, linked));
    }

    private static bool IsExternal(string target) => target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal);

    private static (string Path, string? Anchor) Split(string target) =>
        target.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? (target[..hash], target[(hash + 1)..]) : (target, null);
}
