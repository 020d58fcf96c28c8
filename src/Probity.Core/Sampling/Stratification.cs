using Probity.Core.Datasets;

namespace Probity.Core.Sampling;

/// <summary>
/// How a sample type cross-classifies its eligible population (spec §6.3): case supervision by sex × disposal ×
/// recorded RoSH, unpaid work by sex × recorded RoSH; Through the Gate has no published stratification, so one stratum.
/// </summary>
public sealed class Stratification
{
    private const int CodeBase = 16; // every vocabulary has fewer than 16 values, so codes pack into one int

    private static readonly Stratification CaseSupervision = new([PopulationColumns.Sex, PopulationColumns.Disposal, PopulationColumns.RecordedRosh]);
    private static readonly Stratification UnpaidWork = new([PopulationColumns.Sex, PopulationColumns.RecordedRosh]);
    private static readonly Stratification None = new([]);

    private Stratification(IReadOnlyList<CaseColumn> columns) => Columns = columns;

    public static Stratification For(SampleType type) => type switch
    {
        SampleType.CaseSupervision => CaseSupervision,
        SampleType.UnpaidWork => UnpaidWork,
        _ => None,
    };

    public IReadOnlyList<CaseColumn> Columns { get; }

    public bool IsStratified => Columns.Count > 0;

    /// <summary>"sex × disposal × recorded_rosh", or why there is a single stratum.</summary>
    public string Description => IsStratified
        ? string.Join(" × ", Columns.Select(c => c.Name))
        : "none (no published stratification: simple random selection from all eligible cases)";

    /// <summary>
    /// The stratum's key: the codes packed first column most significant, so ordering keys orders strata by the
    /// vocabularies' own order (male before female, community before post-release, low to very high). 0 never occurs
    /// for a complete case; -1 means a stratifying value is not recorded.
    /// </summary>
    public int KeyOf(PopulationCase populationCase)
    {
        var key = 0;
        foreach (var column in Columns)
        {
            var code = Code(column, populationCase);
            if (code == 0) return -1;
            key = key * CodeBase + code;
        }
        return key;
    }

    /// <summary>The stratum's tokens in column order (["male", "community", "medium"]); none for a single stratum.</summary>
    public IReadOnlyList<string> Values(int key)
    {
        var tokens = new string[Columns.Count];
        for (var i = Columns.Count - 1; i >= 0; i--)
        {
            tokens[i] = Columns[i].Token((byte)(key % CodeBase))!;
            key /= CodeBase;
        }
        return tokens;
    }

    /// <summary>The stratifying columns a case lacks.</summary>
    public IEnumerable<string> Missing(PopulationCase populationCase) => Columns.Where(column => Code(column, populationCase) == 0).Select(column => column.Name);

    private static byte Code(CaseColumn column, PopulationCase populationCase)
    {
        if (column == PopulationColumns.Sex) return populationCase.Sex;
        if (column == PopulationColumns.Disposal) return populationCase.Disposal;
        if (column == PopulationColumns.RecordedRosh) return populationCase.RecordedRosh;
        throw new InvalidOperationException($"{column.Name} is not a stratifying column");
    }
}
