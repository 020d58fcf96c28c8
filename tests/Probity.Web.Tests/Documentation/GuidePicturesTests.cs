using System.Text.RegularExpressions;
using Probity.Core.Tests;

namespace Probity.Web.Tests.Documentation;

/// <summary>
/// The guides' pictures are taken by the browser stories (<c>GuidePictures.TakeAsync(page, "name")</c>, or of the report's
/// PDF <c>GuidePictures.TakeOfReportPdfAsync(page, "name", …)</c>) and kept in
/// docs/images, so a page that changes is photographed again by <c>scripts/screenshots</c>. Checked by name, not by pixels:
/// a guide may show only a picture a story takes, every picture a story takes is shown by a guide, and every picture has
/// alt text that says what the page shows.
/// </summary>
public sealed partial class GuidePicturesTests
{
    private static readonly string Root = RepositoryPaths.Root;

    [Fact]
    public void Every_picture_a_guide_shows_is_taken_by_a_story_and_every_picture_taken_is_shown()
    {
        var taken = PicturesTakenByStories();
        Assert.True(taken.Count >= 10, $"the stories take {taken.Count} pictures; the guides need the pages they walk through");
        var shown = MarkdownLinks.GuideFiles(Root).SelectMany(MarkdownLinks.LinksOf).Where(l => l.IsImage).ToList();

        var problems = new List<string>();
        foreach (var image in shown)
        {
            var where = $"{Path.GetRelativePath(Root, image.File)}:{image.Line}";
            var name = Path.GetFileNameWithoutExtension(image.Target);
            if (!image.Target.EndsWith($"images/{name}.png", StringComparison.Ordinal)) problems.Add($"{where}: {image.Target} is not a picture in docs/images");
            else if (!taken.Contains(name)) problems.Add($"{where}: no story takes the picture \"{name}\"");
            if (image.Text.Trim().Length < 15) problems.Add($"{where}: the picture \"{name}\" needs alt text that says what the page shows");
        }
        var shownNames = shown.Select(i => Path.GetFileNameWithoutExtension(i.Target)).ToHashSet();
        problems.AddRange(taken.Where(n => !shownNames.Contains(n)).Select(n => $"the stories take the picture \"{n}\" but no guide shows it"));
        problems.AddRange(taken.Where(n => !File.Exists(Path.Combine(Root, "docs", "images", $"{n}.png")))
            .Select(n => $"docs/images/{n}.png is missing: run scripts/screenshots and commit the pictures"));
        var stale = Directory.GetFiles(Path.Combine(Root, "docs", "images"), "*.png").Select(Path.GetFileNameWithoutExtension).Where(n => !taken.Contains(n!));
        problems.AddRange(stale.Select(n => $"docs/images/{n}.png is taken by no story: remove it"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_pictures_are_read_from_the_stories_calls()
    {
        var names = NamesIn("await GuidePictures.TakeAsync(lead, \"task-list\");\nawait GuidePictures.TakeAsync(page, \"case-form-narrow\", width: 375);\n// GuidePictures.TakeAsync(x, \"Not A Name\")\n" +
            "await GuidePictures.TakeOfReportPdfAsync(lead, \"report-draft-pdf\", $\"{report}/pdf\", 1, \"Draft\");\nGuidePictures.TakeOtherAsync(page, \"not-a-picture\")");
        Assert.Equal(["case-form-narrow", "report-draft-pdf", "task-list"], names.Order());
    }

    private static HashSet<string> PicturesTakenByStories() =>
        Directory.GetFiles(Path.Combine(Root, "tests", "Probity.Web.BrowserTests"), "*.cs").SelectMany(f => NamesIn(File.ReadAllText(f))).ToHashSet();

    private static IEnumerable<string> NamesIn(string source) => TakeCall().Matches(source).Select(m => m.Groups["name"].Value);

    [GeneratedRegex(@"GuidePictures\.Take(?:OfReportPdf)?Async\(\s*\w+\s*,\s*""(?<name>[a-z0-9]+(?:-[a-z0-9]+)*)""")]
    private static partial Regex TakeCall();
}
