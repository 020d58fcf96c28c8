namespace Probity.Web.Pages.Inspections.Publication;

/// <summary>
/// The checks a report must pass (or have overridden) before it is published: each finding a sentence naming the block
/// and the words. The report checks join here; until then <see cref="NoPublicationChecks"/> finds nothing.
/// </summary>
public interface IPublicationChecks
{
    Task<IReadOnlyList<string>> BlockingAsync(long inspectionId, CancellationToken ct);
}

/// <summary>No findings: the stand-in until the report checks are joined to publication.</summary>
public sealed class NoPublicationChecks : IPublicationChecks
{
    public Task<IReadOnlyList<string>> BlockingAsync(long inspectionId, CancellationToken ct) => Task.FromResult<IReadOnlyList<string>>([]);
}
