using Probity.Core.Frameworks;
using Probity.Reports.Writing;

namespace Probity.Web.Pages.Inspections.FactualAccuracy;

/// <summary>
/// The text blocks a section of the report prints, for the lead answering a comment on that section: the written ones
/// (a comment is about words the report prints), or the section's first block when none is written yet. None for a
/// section made only of figures (the ratings, the inspection data), which no text edit changes.
/// </summary>
public static class SectionBlocks
{
    public static IReadOnlyList<NarrativeSlot> Of(FrameworkVersion framework, string section, IReadOnlySet<string> written)
    {
        var blocks = NarrativeLayout.For(framework).SelectMany(g => g.Blocks).Where(b => PreviewSection.AnchorOf(framework, b.Key) == section).ToList();
        var withText = blocks.Where(b => written.Contains(b.Key)).ToList();
        return withText.Count > 0 ? withText : [.. blocks.Take(1)];
    }
}
