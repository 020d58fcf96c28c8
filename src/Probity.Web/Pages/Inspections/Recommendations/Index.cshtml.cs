using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Data;
using Probity.Data.Recommendations;
using Probity.Reports.Model;
using Probity.Reports.Writing;
using Probity.Web.Pages.Inspections.Writing;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Recommendations;

/// <summary>
/// The recommendations: progress on each of the previous inspection's, with the sentence the executive summary prints
/// from their counts, and the new ones in the order the report prints them, each with who must act and its finding.
/// </summary>
public sealed class IndexModel(OpenInspection inspection, RecommendationStore recommendations, ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public override string Title => "Recommendations";
    public override string? BackLink => links.Inspection(inspection.Id);

    public IReadOnlyList<PreviousItem> Previous { get; private set; } = [];
    public IReadOnlyList<StoredRecommendation> New { get; private set; } = [];

    /// <summary>"We found that …": generated from the progress counts, as the report prints it; null until one is judged.</summary>
    public string? ProgressSentence { get; private set; }

    public string? ReadOnlyBecause => WritingRules.WhyNotRecommend(Me, inspection.Summary.Status);

    /// <summary>What was just done, for the banner.</summary>
    public string? Done { get; private set; }

    public async Task OnGetAsync(string? done)
    {
        Done = done switch
        {
            "saved" => "Recommendation saved",
            "removed" => "Recommendation removed; those after it have moved up",
            "moved" => "Recommendation moved",
            "progress" => "Progress saved",
            _ => null,
        };
        await LoadAsync();
    }

    /// <summary>Moves recommendation <paramref name="number"/> one place up (-1) or down (+1).</summary>
    public async Task<IActionResult> OnPostMoveAsync(int number, int by, int version)
    {
        if (ReadOnlyBecause is { } why) return Refuse(why);
        try
        {
            await recommendations.MoveNewAsync(inspection.Id, number, by, version, Me.Actor, Aborted);
            return Redirect(links.Recommendations(inspection.Id, "moved"));
        }
        catch (StoreException e) when (e is EditConflictException or ChangeRefusedException or RecordNotFoundException)
        {
            if (e is RecordNotFoundException) Errors.Add(null, $"Not moved: {e.Message} (someone may have removed it)");
            else Errors.AddRefusal(e, "Not moved");
            await LoadAsync();
            return Page();
        }
    }

    public string FindingTitle(string? key) =>
        key is null ? "Not recorded" : NarrativeLayout.Find(inspection.Framework, key)?.Title ?? key;

    public string AddresseeOf(Recommendation r) => r.Addressee ?? inspection.Summary.ProviderName;

    private async Task LoadAsync()
    {
        var stored = await recommendations.GetAsync(inspection.Id, Aborted);
        New = stored.New;
        Previous = await PreviousItems.LoadAsync(recommendations, inspection, stored, Aborted);
        ProgressSentence = RecommendationSentences.Findings([.. stored.Previous.Select(p => p.Recommendation)]);
    }
}
