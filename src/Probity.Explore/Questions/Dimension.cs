using Probity.Core.Datasets;

namespace Probity.Explore.Questions;

/// <summary>Whether an attribute belongs to the inspection (all its cases share it) or to each case.</summary>
public enum AttributeLevel { Inspection, Case }

/// <summary>
/// Something a question filters or splits by: a dictionary of values, each coded by its position + 1 (0 = not recorded).
/// Case attributes are the coded columns of cases.csv and the caseload band; inspection attributes come from the stored
/// inspections (year, provider type, framework, provider, region, the inspection itself, fieldwork dates).
/// </summary>
public sealed class Dimension
{
    internal Dimension(string key, string title, AttributeLevel level, int slot, IReadOnlyList<string> values, IReadOnlyList<string>? labels = null)
    {
        Key = key;
        Title = title;
        Level = level;
        Slot = slot;
        Values = values;
        Labels = labels ?? values;
        // A programme's thousand inspections are coded once per load; a look-up keeps that from being a thousand searches.
        _codes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = values.Count - 1; i >= 0; i--) _codes[values[i]] = i + 1;
    }

    private readonly Dictionary<string, int> _codes;

    public string Key { get; }
    public string Title { get; }
    public AttributeLevel Level { get; }

    /// <summary>Where the engine keeps the codes: the case column's position, or the inspection attribute's.</summary>
    internal int Slot { get; }

    public IReadOnlyList<string> Values { get; }
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Programme years and fieldwork dates can be compared with &lt; and &gt; as well.</summary>
    public bool IsOrdered { get; internal init; }

    /// <summary>Fieldwork dates: a filter only (too many values to split by).</summary>
    public bool IsDate { get; internal init; }

    public int CodeCount => Values.Count + 1;

    public string Label(int code) => code == 0 ? "not recorded" : Labels[code - 1];

    /// <summary>The code of a value written in a question (any case), or 0.</summary>
    public int CodeOf(string value) => _codes.GetValueOrDefault(value);

    public override string ToString() => Key;

    /// <summary>An attribute key as written in a question: any case, hyphen or underscore.</summary>
    public static string Normalise(string key) => key.Trim().ToLowerInvariant().Replace('_', '-');

    internal static string KeyOf(CaseColumn column) => Normalise(column.Name);
}
