using Probity.Core.Datasets;
using Probity.Core.Frameworks;

namespace Probity.Core.Analysis;

/// <summary>
/// Everything the national analysis needs from one inspection's cases, in a few kilobytes: its item tallies by split and
/// its case profile. Built in one pass over the cases (at import, or from stored rows), stored packed by
/// <see cref="PackedCounts"/>, and summed across inspections — so no analysis ever reads a case or an answer again.
/// </summary>
public sealed class InspectionCounts(ItemTallies? tallies, CaseProfile? profile)
{
    public InspectionCounts(FrameworkVersion framework) : this(new ItemTallies(framework), new CaseProfile()) { }

    /// <summary>The item tallies; storage loads them only for the analyses that read them.</summary>
    public ItemTallies Tallies => tallies ?? throw new InvalidOperationException("the item tallies were not loaded for this analysis");

    /// <summary>The case profile; storage loads it only for the analyses that read it.</summary>
    public CaseProfile Profile => profile ?? throw new InvalidOperationException("the case profile was not loaded for this analysis");

    public void Add(CaseRecord record, ReadOnlySpan<byte> answers)
    {
        Tallies.Add(record, answers);
        Profile.Add(record);
    }

    public static InspectionCounts Of(InspectionDataset dataset)
    {
        var caseCounts = new InspectionCounts(dataset.Framework);
        for (var c = 0; c < dataset.Cases.Count; c++) caseCounts.Add(dataset.Cases[c], dataset.Answers.Row(c));
        return caseCounts;
    }
}
