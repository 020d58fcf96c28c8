using Probity.Core.Datasets;
using Probity.Core.Reviews;
using Probity.Exchange;
using Probity.Reports.Model;

namespace Probity.Cli.Sources;

/// <summary>
/// What <c>report</c> was given: an inspection (a dataset folder or a stored inspection) or a regional review. A stored
/// inspection also brings the cases withdrawn from its sample, which its report's methodology lists (a folder holds none).
/// </summary>
public sealed record ReportSource(DatasetParseResult? Dataset, ReviewFolderResult? Review)
{
    public IReadOnlyList<WithdrawnSampleCase> Withdrawn { get; init; } = [];

    /// <summary>A folder, told a review from a dataset by the file it holds, and read.</summary>
    public static ReportSource FromFolder(string path) => SourceFolder.KindOf(path) == FolderKind.Review
        ? new ReportSource(null, ReviewFolder.Read(path, InputLimits.Current))
        : new ReportSource(DatasetFolder.Read(path, InputLimits.Current), null);
}
