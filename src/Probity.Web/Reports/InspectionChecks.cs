using Probity.Core.Rules;
using Probity.Data.Audit;
using Probity.Data.Checks;
using Probity.Data.Datasets;
using Probity.Reports.Checks;

namespace Probity.Web.Reports;

/// <summary>An inspection's checks before publication as they stand: what is still to resolve, what a lead overrode, and the blocks to review.</summary>
public sealed record InspectionCheckResults(
    IReadOnlyList<CheckFinding> Unresolved,
    IReadOnlyList<OverriddenFinding> Overridden,
    IReadOnlyList<BlockToReview> ToReview,
    IReadOnlyList<StoredCheckOverride> Overrides)
{
    /// <summary>The stored override of a finding, if a lead made one.</summary>
    public StoredCheckOverride? OverrideOf(string findingKey) => Overrides.FirstOrDefault(o => o.FindingKey == findingKey);
}

/// <summary>
/// Runs the checks before publication (Probity.Reports' <see cref="PublicationChecks"/>) on the inspection as stored, with
/// the lead's overrides and the audit log's times for "to review". The overview, the checks page and the draft report
/// use it; publication asks <see cref="UnresolvedCountAsync"/>.
/// </summary>
public sealed class InspectionChecks(DatasetStore datasets, CheckOverrideStore overrides, AuditLog audit)
{
    private static readonly HashSet<string> RatingEntities = ["panel-decision", "domain-one-rating"];

    public async Task<InspectionCheckResults> LoadAsync(long inspectionId, CancellationToken ct)
    {
        var dataset = await datasets.LoadAsync(inspectionId, ct);
        var rating = InspectionRater.Rate(dataset.Framework, RatingInputs.From(dataset));
        var stored = await overrides.ListAsync(inspectionId, ct);
        var (unresolved, overridden) = PublicationChecks.Apply(PublicationChecks.Run(dataset, rating),
            [.. stored.Select(o => new CheckOverride(o.FindingKey, o.Reason, o.By, o.At))]);

        var entries = await audit.ForInspectionAsync(inspectionId, ct);
        // A block never saved here came with the inspection (imported or created): it was written no later than that.
        var start = entries.Count > 0 ? entries[0].At : DateTimeOffset.MinValue;
        var saved = entries.Where(e => e is { Entity: "narrative", EntityKey: not null }).GroupBy(e => e.EntityKey!).ToDictionary(g => g.Key, g => g.Max(e => e.At));
        var written = dataset.Manifest.Narrative.Keys.Select(k => new BlockWritten(k, saved.GetValueOrDefault(k, start))).ToList();
        var changes = entries.Where(e => RatingEntities.Contains(e.Entity) && e.EntityKey is not null)
            .Select(e => new RatingChanged(e.EntityKey!, e.At)).ToList();
        var toReview = BlocksToReview.Find(dataset.Framework, dataset.Manifest.Narrative, written, changes);
        return new InspectionCheckResults(unresolved, overridden, toReview, stored);
    }

    /// <summary>
    /// How many checks still block publication: findings neither mended nor overridden (0: the checks allow it). Blocks
    /// to review are shown beside them but do not block: a re-read that changes nothing needs no save.
    /// </summary>
    public async Task<int> UnresolvedCountAsync(long inspectionId, CancellationToken ct) => (await LoadAsync(inspectionId, ct)).Unresolved.Count;
}
