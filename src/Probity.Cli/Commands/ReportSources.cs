using Probity.Core.Datasets;
using Probity.Core.Reviews;
using Probity.Exchange;

namespace Probity.Cli.Commands;

/// <summary>What <c>report</c> was given: an inspection (a dataset folder or a stored inspection) or a regional review.</summary>
public sealed record ReportSource(DatasetParseResult? Dataset, ReviewFolderResult? Review);

/// <summary>
/// Tells a review from an inspection: a folder by the file it holds (<see cref="Folders"/>), anything else through
/// <see cref="StoredSources"/> (a stored review's id "review:N" or reference, or an inspection's id or reference).
/// </summary>
public static class ReportSources
{
    public static ReportSource Load(string source)
    {
        if (!InspectionSources.LooksLikeAPath(source)) return StoredSources.Load(source);
        return Folders.KindOf(source) == FolderKind.Review
            ? new ReportSource(null, ReviewFolder.Read(source, InputLimits.Current))
            : new ReportSource(DatasetFolder.Read(source, InputLimits.Current), null);
    }
}
