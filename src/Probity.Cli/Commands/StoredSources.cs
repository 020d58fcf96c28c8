using Probity.Cli.Storage;
using Probity.Exchange;

namespace Probity.Cli.Commands;

/// <summary><c>report</c> of something in the database: a stored review ("review:N" or its reference) or inspection (id or reference).</summary>
public static class StoredSources
{
    public static ReportSource Load(string reference) => StoreAccess.Run(async ct =>
    {
        var store = await StoreAccess.OpenAsync(ct);
        var record = await StoreAccess.ResolveAsync(store, reference, ct, orFolder: true);
        if (!record.IsReview) return new ReportSource(await InspectionSources.LoadAsync(store, record.Id, ct), null);
        var stored = await store.Reviews.LoadAsync(record.Id, ct);
        return new ReportSource(null, new ReviewFolderResult(stored.Review, stored.Linked, []));
    });
}
