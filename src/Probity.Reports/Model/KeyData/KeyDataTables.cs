using Probity.Core.Datasets;

namespace Probity.Reports.Model.KeyData;

/// <summary>A key data table ready to print, and the sentence that follows it in the report (if any).</summary>
public sealed record KeyDataSource(KeyDataTable Table, string? FollowingSentence);

/// <summary>
/// The key data tables of an inspection (spec §7.2): those the provider supplied, as written in inspection.json, and
/// those computed from the inspection's own evidence — case characteristics from cases.csv, staff figures from
/// interviews.csv — with their comparison column taken from the previous inspection's or the national figures.
/// </summary>
public static class KeyDataTables
{
    private enum Against { Previous, National }

    private sealed record DerivedRow(string Label, string Metric, string? Unit);

    private sealed record DerivedTable(string Id, string Standard, string? PlacedUnder, string Title, string Source, Against Against,
        string ComparisonColumn, string CurrentColumn, IReadOnlyList<DerivedRow> Rows);

    private const string NotKnown = "Not known";

    // §7.2, exact labels. The "unknown" child-safeguarding share becomes the last row's footnote.
    private static readonly DerivedTable[] Derived =
    [
        new("kd-1.1-key-data", "1.1", null, "Key data", "HMI Probation inspection data.", Against.Previous, "12 months previously", "Current",
        [
            new("Proportion of staff interviewed who agreed that the organisation prioritised quality", "ro.orgPrioritisesQuality", "percent"),
        ]),
        new("kd-1.2-caseload", "1.2", null, "Caseload data", "Data from inspection interviews with responsible officers.", Against.Previous,
            "Previous year", "Current year",
        [
            new("Average caseload for PO (FTE)", EvidenceMeasures.PoAverageCaseload, null),
            new("Average caseload for a probation services officer (PSO) (FTE)", EvidenceMeasures.PsoAverageCaseload, null),
            new("Proportion of POs (or equivalent) in this CRC describing caseload as unmanageable", EvidenceMeasures.PoCaseloadUnmanageable, "percent"),
            new("Proportion of PSOs (or equivalent) in this CRC describing caseload as unmanageable", EvidenceMeasures.PsoCaseloadUnmanageable, "percent"),
        ]),
        new("kd-1.3-case-characteristics", "1.3", "1.3.1", "Characteristics of inspected domain 2 cases", "All data from HMI Probation inspection.",
            Against.National, "All CRCs in year one", "This CRC in current inspection",
        [
            new("Proportion of caseload who are female", "cs.female", "percent"),
            new("Proportion of inspected cases who are black and minority ethnic", "cs.bame", "percent"),
            new("Proportion of inspected cases with a disability", "cs.disability", "percent"),
            new("Proportion of inspected cases where inspectors identified substance misuse problems", "cs.substanceMisuse", "percent"),
            new("Proportion of inspected cases where inspectors identified domestic abuse issues", "cs.domesticAbuse", "percent"),
            new("Proportion of inspected cases where inspectors identified child safeguarding issues", "cs.childSafeguarding", "percent"),
        ]),
    ];

    /// <summary>The order the 2019 report prints them in where several sit in one place.</summary>
    private static readonly string[] PrintOrder =
        ["kd-1.1-key-data", "kd-1.2-staffing", "kd-1.2-caseload", "kd-1.3-case-characteristics", "kd-1.3-services", "kd-4.1-unpaid-work"];

    /// <summary>Every key data table to print; <paramref name="warnings"/> gets any supplied figure that the evidence contradicts.</summary>
    public static IReadOnlyList<KeyDataSource> Collect(InspectionDataset dataset, IReadOnlyDictionary<string, EvidenceMeasure> measures, List<string> warnings)
    {
        var manifest = dataset.Manifest;
        var result = new List<KeyDataSource>();
        foreach (var supplied in manifest.KeyData)
        {
            var derived = Derived.FirstOrDefault(d => d.Id == supplied.Id);
            result.Add(derived is null
                ? new(supplied, null)
                : new(WithEvidence(supplied, derived, measures, warnings), Following(derived, manifest)));
        }
        foreach (var derived in Derived.Where(d => result.All(r => r.Table.Id != d.Id)))
        {
            if (derived.Rows.All(r => !measures.ContainsKey(r.Metric))) continue;
            result.Add(new(FromEvidence(ForProvider(derived, dataset), measures, manifest), Following(derived, manifest)));
        }
        return result.OrderBy(r => Array.IndexOf(PrintOrder, r.Table.Id) is var i && i >= 0 ? i : PrintOrder.Length).ToList();
    }

    // §7.2's labels name the CRC and its responsible officers; another kind of provider's report names its own kind and
    // the framework's word for the practitioner ("This PDU in current inspection", "probation practitioners").
    private static DerivedTable ForProvider(DerivedTable derived, InspectionDataset dataset)
    {
        var type = Formatting.TypeNoun(dataset.Manifest.Provider.Type);
        if (type == "CRC") return derived;
        var practitioners = Formatting.Plural(dataset.Framework.Terminology.Practitioner);
        string Say(string text) => text.Replace("CRC", type, StringComparison.Ordinal).Replace("responsible officers", practitioners, StringComparison.Ordinal);
        return derived with
        {
            Title = Say(derived.Title),
            Source = Say(derived.Source),
            ComparisonColumn = Say(derived.ComparisonColumn),
            CurrentColumn = Say(derived.CurrentColumn),
            Rows = derived.Rows.Select(r => r with { Label = Say(r.Label) }).ToList(),
        };
    }

    private static KeyDataTable FromEvidence(DerivedTable derived, IReadOnlyDictionary<string, EvidenceMeasure> measures, InspectionManifest manifest)
    {
        ComparatorResults? comparator = derived.Against == Against.Previous ? manifest.PreviousInspection : manifest.NationalComparator;
        var rows = derived.Rows.Select(r =>
        {
            var current = measures.GetValueOrDefault(r.Metric)?.Whole;
            var other = comparator?.Results.GetValueOrDefault(r.Metric) is { } f ? f.Percent ?? Whole(f) : null;
            var values = comparator is null ? new decimal?[] { current } : [other, current];
            var text = comparator is null
                ? new[] { current is null ? NotKnown : null }
                : [other is null ? NotKnown : null, current is null ? NotKnown : null];
            return new KeyDataRow { Label = r.Label, Values = values, ValueText = text, Unit = r.Unit, Footnote = RowFootnote(r, measures) };
        }).ToList();
        // Without a previous inspection (or a national figure) the comparison column would be empty: leave it out.
        IReadOnlyList<string> columns = comparator is null ? [derived.CurrentColumn] : [derived.ComparisonColumn, derived.CurrentColumn];
        return new KeyDataTable
        {
            Id = derived.Id, Standard = derived.Standard, PlacedUnder = derived.PlacedUnder, Title = derived.Title, Columns = columns, Source = derived.Source, Rows = rows,
        };
    }

    // A table supplied in inspection.json whose current figures the evidence can give: the evidence is printed, and a
    // supplied figure that disagrees with it is reported rather than silently kept.
    private static KeyDataTable WithEvidence(KeyDataTable supplied, DerivedTable evidence, IReadOnlyDictionary<string, EvidenceMeasure> measures, List<string> warnings)
    {
        var rows = supplied.Rows.Select(row =>
        {
            var derived = evidence.Rows.FirstOrDefault(r => string.Equals(r.Label.Trim(), row.Label.Trim(), StringComparison.OrdinalIgnoreCase));
            if (derived is null || measures.GetValueOrDefault(derived.Metric)?.Whole is not { } computed || row.Values.Count == 0) return row;
            var last = row.Values.Count - 1;
            if (row.Values[last] is { } typed && typed != computed)
                warnings.Add($"key data {supplied.Id}, \"{row.Label}\": inspection.json says {Formatting.Decimal(typed)}, the evidence gives {computed}; the report prints {computed}");
            var values = row.Values.ToArray();
            values[last] = computed;
            var text = row.ValueText.Count == row.Values.Count ? row.ValueText.ToArray() : new string?[row.Values.Count];
            text[last] = null;
            return row with { Values = values, ValueText = text, Footnote = row.Footnote ?? RowFootnote(derived, measures) };
        }).ToList();
        return supplied with { Rows = rows };
    }

    private static string? RowFootnote(DerivedRow row, IReadOnlyDictionary<string, EvidenceMeasure> measures) =>
        row.Metric == "cs.childSafeguarding" && measures.GetValueOrDefault("cs.childSafeguardingUnknown")?.Whole is { } unknown and > 0
            ? $"In {unknown} per cent of cases, there was no clear record of whether child safeguarding issues were present."
            : null;

    // §7.2: the caseload table is followed by the national comparison sentence, where both national figures are held.
    private static string? Following(DerivedTable derived, InspectionManifest manifest)
    {
        if (derived.Id != "kd-1.2-caseload" || manifest.NationalComparator is not { } national) return null;
        var po = national.Results.GetValueOrDefault(EvidenceMeasures.PoCaseloadUnmanageable);
        var pso = national.Results.GetValueOrDefault(EvidenceMeasures.PsoCaseloadUnmanageable);
        if ((po?.Percent ?? Whole(po)) is not { } p || (pso?.Percent ?? Whole(pso)) is not { } s) return null;
        var who = national.Label is { Length: > 0 } l ? char.ToLowerInvariant(l[0]) + l[1..] : "all providers";
        var period = national.Period is { Length: > 0 } pr ? " " + pr : "";
        return $"For the purposes of comparison, in our inspections of {who}{period}, {p} per cent of probation officers and {s} per cent "
            + "of probation service officers told inspectors that their caseloads were unmanageable.";
    }

    private static int? Whole(ComparisonFigure? figure) =>
        figure is { HasCounts: true } ? Core.Rules.Percentages.RoundHalfUp(figure.Yes!.Value, figure.Answered!.Value) : null;
}
