using Probity.Core.Datasets;
using Probity.Explore.Engine;
using Probity.Synthetic;

namespace Probity.Explore.Tests;

/// <summary>An update keeps the inspections that did not change (copied column by column) and files again the ones that did.</summary>
public class UpdateTests
{
    private static readonly (string, string?, string?)[] Questions =
    [
        ("2.1.3", "framework=hmip-crc-2019 and sex=female", "rosh,ro-grade"),
        ("delivered-accommodation", "need-accommodation=yes", "year,caseload-band"),
        ("workload-manageable", null, "inspection"),
        ("2.2.1", "framework=hmip-pdu-2021 and not iom=yes", "inspection"),
        ("need-accommodation", "sample=case-supervision", "framework"),
    ];

    [Fact]
    public void Keeping_the_unchanged_inspections_and_filing_the_changed_ones_again_answers_as_a_build_from_scratch()
    {
        // Odd case counts, so that every inspection but none of a block ends in padding.
        var datasets = SyntheticNational.Generate(new SyntheticNational.Options { Inspections = 14, CasesPerInspection = 45, Seed = 21 }).ToList();
        var before = Build(datasets.Take(12), 1);
        var changed = new HashSet<long> { 3, 8 };

        var update = new ExploreDataBuilder().Keep(before, id => !changed.Contains(id));
        foreach (var id in changed) update.Add(datasets[(int)id - 1], id);
        for (var n = 12; n < datasets.Count; n++) update.Add(datasets[n], n + 1);
        var updated = update.Build();

        var scratch = Build(datasets, 1);
        Assert.Equal((scratch.CaseCount, scratch.InspectionCount), (updated.CaseCount, updated.InspectionCount));
        foreach (var (measure, where, by) in Questions)
        {
            var expected = Labelled(scratch.Answer(scratch.Ask(measure, where, by)));
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Labelled(updated.Answer(updated.Ask(measure, where, by))));
        }
    }

    [Fact]
    public void An_inspection_withdrawn_since_is_not_kept()
    {
        var datasets = SyntheticNational.Generate(new SyntheticNational.Options { Inspections = 6, CasesPerInspection = 30, Seed = 4 }).ToList();
        var updated = new ExploreDataBuilder().Keep(Build(datasets, 1), id => id != 2).Build();
        Assert.Equal((5, datasets.Where((_, n) => n != 1).Sum(d => d.Cases.Count)), (updated.InspectionCount, updated.CaseCount));
        var expected = new ExploreDataBuilder();
        for (var n = 0; n < datasets.Count; n++)
            if (n != 1) expected.Add(datasets[n], n + 1);
        var scratch = expected.Build();
        // Questions that name no framework version: six inspections need not hold every version.
        foreach (var (measure, where, by) in Questions.Where(q => q.Item2?.Contains("framework", StringComparison.Ordinal) != true))
            Assert.Equal(Labelled(scratch.Answer(scratch.Ask(measure, where, by))), Labelled(updated.Answer(updated.Ask(measure, where, by))));
    }

    private static ExploreData Build(IEnumerable<InspectionDataset> datasets, int firstId)
    {
        var builder = new ExploreDataBuilder();
        var id = firstId;
        foreach (var d in datasets) builder.Add(d, id++);
        return builder.Build();
    }

    // By the values' labels, not their codes: the inspections are laid out in another order after an update.
    private static List<string> Labelled(ExploreResult result) =>
    [
        .. result.Cells.Concat(result.Totals)
            .Select(c => $"{string.Join(",", Enumerable.Range(0, result.Question.Splits.Count).Select(k => result.Label(c, k)))}:{c.Yes}/{c.No}/{c.NotApplicable}/{c.Inspections}/{c.Suppressed}")
            .Order(StringComparer.Ordinal),
    ];
}
