using Probity.Data.Narrative;
using Probity.Reports.Writing;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Writing;

/// <summary>"Write the report": every block of text the inspection's report layout prints, grouped as it prints them, with its state.</summary>
public sealed class IndexModel(OpenInspection inspection, NarrativeStore narrative, IBlocksToReview toReview, ProbityLinks links) : ProbityPage
{
    public const string NotWritten = "Not written";
    public const string Written = "Written";
    public const string ToReview = "To review";

    public OpenInspection Inspection => inspection;
    public override string Title => "Write the report";
    public override string? BackLink => links.Inspection(inspection.Id);

    public IReadOnlyList<NarrativeGroup> Groups { get; private set; } = [];
    public IReadOnlyDictionary<string, NarrativeBlock> Stored { get; private set; } = new Dictionary<string, NarrativeBlock>();
    public IReadOnlySet<string> Marked { get; private set; } = new HashSet<string>();

    /// <summary>Why the signed-in user cannot change the text now (shown above the list), or null.</summary>
    public string? ReadOnlyBecause => WritingRules.WhyNotWrite(Me, inspection.Summary.Status);

    /// <summary>The block just saved, for the banner.</summary>
    public string? Saved { get; private set; }

    public async Task OnGetAsync(string? saved)
    {
        Groups = NarrativeLayout.For(inspection.Framework);
        Stored = (await narrative.ListAsync(inspection.Id, Aborted)).ToDictionary(b => b.Section);
        Marked = await toReview.ListAsync(inspection.Id, Aborted);
        Saved = saved is not null ? NarrativeLayout.Find(inspection.Framework, saved)?.Title : null;
    }

    public string StateOf(string key) => Marked.Contains(key) ? ToReview : Stored.ContainsKey(key) ? Written : NotWritten;

    public int WrittenCount => Groups.SelectMany(g => g.Blocks).Count(b => Stored.ContainsKey(b.Key));
    public int BlockCount => Groups.Sum(g => g.Blocks.Count);
}
