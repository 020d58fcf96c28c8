using Probity.Web.Reports;

namespace Probity.Web.Pages.Inspections.Writing;

/// <summary>
/// The text blocks to read again because a rating they mention changed after they were written (the checks before
/// publication mark them). The writing list shows them as "To review".
/// </summary>
public interface IBlocksToReview
{
    Task<IReadOnlySet<string>> ListAsync(long inspectionId, CancellationToken ct);
}

/// <summary>The blocks the checks before publication mark "to review" (<see cref="InspectionCheckResults.ToReview"/>), by their keys.</summary>
internal sealed class CheckedBlocksToReview(InspectionChecks checks) : IBlocksToReview
{
    public async Task<IReadOnlySet<string>> ListAsync(long inspectionId, CancellationToken ct) =>
        (await checks.LoadAsync(inspectionId, ct)).ToReview.Select(r => r.Section).ToHashSet(StringComparer.Ordinal);
}
