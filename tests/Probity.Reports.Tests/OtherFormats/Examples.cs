using Probity.Core.Datasets;
using Probity.Core.Rules;
using Probity.Exchange;

namespace Probity.Reports.Tests.OtherFormats;

/// <summary>The example folders of the other formats, read and rated once.</summary>
public static class Examples
{
    private static readonly Lazy<DatasetParseResult> RcmResult = new(() => Read("redcar-cleveland-middlesbrough-2022"));
    private static readonly Lazy<DatasetParseResult> CumbriaResult = new(() => Read("cumbria-2017"));
    private static readonly Lazy<ReviewFolderResult> NorthEastResult = new(() =>
    {
        var result = ReviewFolder.Read(Folder("north-east-region-2022"));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result;
    });

    public static (InspectionDataset Dataset, InspectionRating Rating) Rcm => (RcmResult.Value.Dataset!, RcmResult.Value.Rating!);
    public static (InspectionDataset Dataset, InspectionRating Rating) Cumbria => (CumbriaResult.Value.Dataset!, CumbriaResult.Value.Rating!);
    public static ReviewFolderResult NorthEast => NorthEastResult.Value;

    public static string Folder(string example) => Core.Tests.RepositoryPaths.Of("examples", example);

    private static DatasetParseResult Read(string example)
    {
        var result = DatasetFolder.Read(Folder(example));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result;
    }
}
