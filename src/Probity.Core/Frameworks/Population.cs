using Probity.Core.Datasets;

namespace Probity.Core.Frameworks;

/// <summary>
/// The cases an item is asked of (spec §2): a sample, optionally narrowed by case attributes — e.g. the harm sub-sample
/// is case supervision where the inspector judged RoSH not low.
/// </summary>
public sealed class Population
{
    internal Population(string id, string name, string sample, IReadOnlyList<AttributeFilter> filters)
    {
        Id = id;
        Name = name;
        Sample = sample;
        Filters = filters;
    }

    public string Id { get; }
    public string Name { get; }
    public string Sample { get; }
    public string? Description { get; internal init; }
    public IReadOnlyList<AttributeFilter> Filters { get; }

    public bool IsSubSample => Filters.Count > 0;

    public bool Contains(CaseRecord record)
    {
        if (record.Sample != Sample) return false;
        foreach (var f in Filters)
            if (!f.Matches(record)) return false;
        return true;
    }

    /// <summary>Why a case is outside, for error messages: "rosh=low".</summary>
    public string ExplainExclusion(CaseRecord record)
    {
        if (record.Sample != Sample) return $"sample={record.Sample}";
        var failed = Filters.FirstOrDefault(f => !f.Matches(record));
        return failed is null ? "" : $"{failed.Column.Name}={record.Get(failed.Column) ?? "not recorded"}";
    }

    public override string ToString() => Id;
}

/// <summary>A case attribute that must take one of the listed values.</summary>
public sealed class AttributeFilter(CaseColumn column, IReadOnlyList<string> values)
{
    private readonly HashSet<byte> _codes = values.Select(v => column.Code(v)).ToHashSet();

    public CaseColumn Column { get; } = column;
    public IReadOnlyList<string> Values { get; } = values;

    public bool Matches(CaseRecord record) => _codes.Contains(record.Code(Column));
}

/// <summary>
/// A prompt's applicability condition (spec §2.4). Stated conditions that are case attributes (post-custody) filter
/// the population; the others are the inspector's call, so a case inside the key question's population may answer na.
/// </summary>
public sealed class ApplicabilityCondition
{
    internal ApplicabilityCondition(string id, string appliesWhere, string basis, IReadOnlyList<AttributeFilter> filters)
    {
        Id = id;
        AppliesWhere = appliesWhere;
        Basis = basis;
        Filters = filters;
    }

    public string Id { get; }
    public string AppliesWhere { get; }

    /// <summary>"stated" in the prompt wording or "implied" by our reading of it (J12).</summary>
    public string Basis { get; }

    public IReadOnlyList<AttributeFilter> Filters { get; }

    /// <summary>False where na is not expected (V2: "Expected in all cases.").</summary>
    public bool NotApplicableExpected { get; internal init; } = true;

    public bool Admits(CaseRecord record) => Filters.All(f => f.Matches(record));

    public override string ToString() => Id;
}
