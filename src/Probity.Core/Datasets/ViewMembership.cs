using Probity.Core.Frameworks;

namespace Probity.Core.Datasets;

/// <summary>
/// In an area inspection every case belongs to one provider's view (the CRC's or the NPS's cases), so the views add up to
/// the area: a case in none of them would be counted for the area but for no provider.
/// </summary>
internal static class ViewMembership
{
    public static void Check(InspectionDataset dataset, IReadOnlyDictionary<string, int> caseLines, List<DatasetProblem> problems)
    {
        var views = dataset.Framework.Views.Where(v => v.Population is not null).ToList();
        if (views.Count == 0) return;
        foreach (var record in dataset.Cases.Where(c => !views.Any(v => v.Population!.Contains(c))))
        {
            var why = string.Join("; ", views.Select(v => $"{v.Title}: {v.Population!.ExplainExclusion(record)}"));
            problems.Add(new(CasesReader.FileName, caseLines.GetValueOrDefault(record.CaseId),
                $"case {record.CaseId} belongs to none of {dataset.Framework.Id}'s views ({why}); say which organisation managed it"));
        }
    }
}
