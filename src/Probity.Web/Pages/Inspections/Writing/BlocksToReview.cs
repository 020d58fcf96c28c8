namespace Probity.Web.Pages.Inspections.Writing;

/// <summary>
/// The text blocks to read again because a rating they mention changed after they were written (the checks before
/// publication mark them). The writing list shows them as "To review".
/// </summary>
public interface IBlocksToReview
{
    Task<IReadOnlySet<string>> ListAsync(long inspectionId, CancellationToken ct);
}

/// <summary>No block marked: what the list shows until the checks mark some.</summary>
internal sealed class NoBlocksToReview : IBlocksToReview
{
    public Task<IReadOnlySet<string>> ListAsync(long inspectionId, CancellationToken ct) => Task.FromResult<IReadOnlySet<string>>(new HashSet<string>());
}
