using Probity.Core.Datasets;
using Probity.Explore.Engine;

namespace Probity.Data.Tests.Infrastructure;

/// <summary>What the explore engine's tests compare: the engine's data built straight from datasets, and a few questions' cells as text.</summary>
internal static class ExploreAnswers
{
    /// <summary>The questions asked of every build: a need × delivered pair by two splits, an interview measure, a prompt by RoSH.</summary>
    public static readonly (string Measure, string? Filter, string? By)[] Questions =
    [
        ("delivered-accommodation", "need-accommodation=yes", "year,sex"),
        ("workload-manageable", null, "provider-type"),
        ("2.1.3", "framework=hmip-crc-2019", "rosh"),
    ];

    /// <summary>The engine's data as it should be: built from <paramref name="datasets"/> filed under <paramref name="ids"/>.</summary>
    public static ExploreData Expected(IEnumerable<InspectionDataset> datasets, IReadOnlyList<long> ids)
    {
        var builder = new ExploreDataBuilder();
        var n = 0;
        foreach (var d in datasets) builder.Add(d, ids[n++]);
        return builder.Build();
    }

    /// <summary>Every cell of <see cref="Questions"/> and <paramref name="more"/>: codes, yes/no/na and inspections.</summary>
    public static List<string> Of(ExploreData data, params (string Measure, string? Filter, string? By)[] more) =>
    [
        .. Questions.Concat(more).SelectMany(q => data.Answer(data.Ask(q.Measure, q.Filter, q.By)).Cells
            .Select(c => $"{q.Measure}:{string.Join(",", c.Codes)}:{c.Yes}/{c.No}/{c.NotApplicable}/{c.Inspections}")),
    ];
}
