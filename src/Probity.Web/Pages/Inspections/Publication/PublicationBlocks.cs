using Probity.Core.Datasets;
using Probity.Data.FactualAccuracy;
using Probity.Data.Inspections;

namespace Probity.Web.Pages.Inspections.Publication;

/// <summary>
/// Everything that stops publication now: the stage, the report checks, and provider comments not yet decided. The checks
/// are listed from drafting on, beside the stage, so a lead who asks early mends the text then, not at the last step.
/// </summary>
public sealed class PublicationBlocks(InspectionStore inspections, FactualAccuracyStore factualAccuracy, IPublicationChecks checks)
{
    public async Task<IReadOnlyList<string>> FindAsync(long inspectionId, CancellationToken ct)
    {
        var blocks = new List<string>(await inspections.BlocksAsync(inspectionId, InspectionStatus.Published, ct: ct));
        if ((await inspections.GetAsync(inspectionId, ct)).Status is < InspectionStatus.Drafting or InspectionStatus.Published) return blocks;
        var undecided = (await factualAccuracy.GetAsync(inspectionId, ct)).Undecided;
        if (undecided > 0)
            blocks.Add($"{undecided} comment{(undecided == 1 ? "" : "s")} from the provider {(undecided == 1 ? "is" : "are")} not decided yet: accept or decline each one.");
        blocks.AddRange(await checks.BlockingAsync(inspectionId, ct));
        return blocks;
    }
}
