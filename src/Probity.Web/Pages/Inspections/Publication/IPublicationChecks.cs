namespace Probity.Web.Pages.Inspections.Publication;

/// <summary>
/// The checks a report must pass (or have overridden) before it is published: each finding a sentence naming the block
/// and the words. <see cref="ReportCheckBlocks"/> joins the report checks here.
/// </summary>
public interface IPublicationChecks
{
    Task<IReadOnlyList<string>> BlockingAsync(long inspectionId, CancellationToken ct);
}
