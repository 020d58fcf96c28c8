using Probity.Web.Reports;

namespace Probity.Web.Pages.Inspections.Publication;

/// <summary>The checks before publication, joined to it: every finding neither mended nor overridden blocks publication, named as the drafting notes name it.</summary>
public sealed class ReportCheckBlocks(InspectionChecks checks) : IPublicationChecks
{
    public async Task<IReadOnlyList<string>> BlockingAsync(long inspectionId, CancellationToken ct) =>
        [.. (await checks.LoadAsync(inspectionId, ct)).Unresolved.Select(f => $"A check is not resolved: {f}. Mend the words or override the check with a reason.")];
}
