using Probity.Core.Analysis;
using Probity.Core.Datasets;

namespace Probity.Explore.Questions;

/// <summary>
/// Every attribute a question may name, with the values the stored inspections hold for the inspection attributes. The
/// engine builds one from its data; tests build one from a few values.
/// </summary>
public sealed class AttributeCatalog
{
    /// <summary>Engine slots of the inspection attributes.</summary>
    internal const int YearSlot = 0, ProviderTypeSlot = 1, FrameworkSlot = 2, ProviderSlot = 3, RegionSlot = 4, InspectionSlot = 5, FieldworkSlot = 6;

    /// <summary>The case column slot of the caseload band (after every column of cases.csv).</summary>
    internal static int CaseloadBandSlot => CaseColumns.All.Count;

    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["grade"] = "ro-grade", ["caseload"] = "caseload-band", ["type"] = "provider-type", ["programme-year"] = "year",
        ["fieldwork-start"] = "fieldwork", ["da"] = "domestic-abuse", ["safeguarding"] = "child-safeguarding",
    };

    private readonly Dictionary<string, Dimension> _byKey;

    public AttributeCatalog(IReadOnlyList<string> years, IReadOnlyList<string> frameworks, IReadOnlyList<string> providers,
        IReadOnlyList<string> regions, IReadOnlyList<string> inspections)
    {
        Frameworks = frameworks;
        var all = new List<Dimension>
        {
            new("year", "Programme year", AttributeLevel.Inspection, YearSlot, years) { IsOrdered = true },
            new("provider-type", "Provider type", AttributeLevel.Inspection, ProviderTypeSlot, Enum.GetNames<ProviderType>()),
            new("framework", "Framework version", AttributeLevel.Inspection, FrameworkSlot, frameworks),
            new("provider", "Provider", AttributeLevel.Inspection, ProviderSlot, providers),
            new("region", "Region", AttributeLevel.Inspection, RegionSlot, regions),
            new("inspection", "Inspection", AttributeLevel.Inspection, InspectionSlot, inspections),
            new("fieldwork", "Fieldwork start", AttributeLevel.Inspection, FieldworkSlot, []) { IsOrdered = true, IsDate = true },
        };
        all.AddRange(CaseColumns.All.Select(c => new Dimension(Dimension.KeyOf(c), c.Description, AttributeLevel.Case, c.Ordinal, c.Values)));
        all.Add(new Dimension(CaseSplits.CaseloadBand.Key, CaseSplits.CaseloadBand.Title, AttributeLevel.Case, CaseloadBandSlot,
            CaseloadBands.Tokens, CaseloadBands.Labels));
        All = all;
        _byKey = all.ToDictionary(a => a.Key);
    }

    public IReadOnlyList<Dimension> All { get; }

    /// <summary>The framework versions of the stored inspections, in the order of the framework attribute's codes.</summary>
    public IReadOnlyList<string> Frameworks { get; }

    public Dimension Framework => _byKey["framework"];

    public Dimension? Find(string key)
    {
        var k = Dimension.Normalise(key);
        return _byKey.GetValueOrDefault(Aliases.GetValueOrDefault(k, k));
    }

    public Dimension Require(string key) => Find(key) ?? throw new QuestionException(
        $"\"{key}\" is not something a question can filter or split by; the attributes are {string.Join(", ", All.Select(a => a.Key))}");
}
