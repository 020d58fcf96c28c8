using Probity.Core.Datasets;
using Probity.Core.Rules;
using Probity.Exchange;

namespace Probity.Reports.Benchmarks;

/// <summary>The example inspection, read and rated once per benchmark process (reading is not what these benchmarks time).</summary>
public static class NorthumbriaExample
{
    public static (InspectionDataset Dataset, InspectionRating Rating) Load()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Probity.slnx"))) dir = dir.Parent;
        var folder = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("run the benchmarks from inside the repository"), "examples", "northumbria-2019");
        var result = DatasetFolder.Read(folder);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Problems));
        return (result.Dataset!, result.Rating!);
    }
}
