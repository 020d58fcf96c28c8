namespace Probity.Core.Datasets;

/// <summary>
/// The key data tables a provider supplies and the lead inspector types in (spec §7.2, 2019): their ids, standards,
/// columns, source footnotes and fixed row labels, exactly as printed, with no values yet. The other §7.2 tables (staff
/// figures, caseload, case characteristics) are computed from the inspection's own interviews and cases by the report.
/// Round-one (2018) reports print no domain-one tables, so the templates belong to the 2019 framework only.
/// </summary>
public static class ProviderKeyData
{
    /// <summary>A table to fill in: a name for the page (the printed title may be absent) and the empty table.</summary>
    public sealed record Template(string Name, KeyDataTable Table);

    /// <summary>What a cell prints instead of a figure (spec §7.2: stored as no value with the text kept).</summary>
    public static readonly IReadOnlyList<string> PrintedTexts = ["No data", "Not known"];

    private const string Percent = "percent";

    private static readonly IReadOnlyList<string> Frameworks = ["hmip-crc-2019"];

    public static readonly IReadOnlyList<Template> All =
    [
        new("Key staffing data", Empty("kd-1.2-staffing", "1.2", null, "Key staffing data", "Data supplied by the CRC.", ["Previous year", "Current year"],
        [
            ("Total staff headcount (FTE)", null),
            ("Vacancy rate (total number of unfilled posts as a percentage of total staff headcount)", Percent),
            ("Vacancy rate for probation officers (PO) or equivalent grade only (total number of unfilled posts as a percentage of total number of required PO posts)", Percent),
            ("Sickness absence rate (all staff)", Percent),
            ("Staff attrition (percentage of all staff leaving in a 12-month period)", Percent),
        ])),
        // Printed under key question 1.3.2's sub-heading, with no title of its own.
        new("Services (completions)", Empty("kd-1.3-services", "1.3", "1.3.2", null, "Data supplied by the CRC.", ["Current inspection"],
        [
            ("Number of successful completions for Building Better Relationships", null),
            ("Number of successful completions for the Thinking Skills Programme", null),
            ("Number of successful completions of rehabilitation activity requirements (RARs)", null),
        ])),
        new("Unpaid work key data", Empty("kd-4.1-unpaid-work", "4.1", null, "Unpaid work key data", "Information supplied by CRC.", ["Current inspection"],
        [
            ("Number of unpaid work stand-downs in previous 12 months", null),
            ("Percentage of successful completions of unpaid work requirements in previous 12 months", Percent),
            ("Percentage of unpaid work hours completed as ETE activity in previous 12 months", Percent),
        ])),
    ];

    /// <summary>The templates of a framework version (none for a framework whose reports print no such tables).</summary>
    public static IReadOnlyList<Template> For(string frameworkId) => Frameworks.Contains(frameworkId) ? All : [];

    public static Template? Find(string frameworkId, string tableId) => For(frameworkId).FirstOrDefault(t => t.Table.Id == tableId);

    private static KeyDataTable Empty(string id, string standard, string? placedUnder, string? title, string source, IReadOnlyList<string> columns,
        IReadOnlyList<(string Label, string? Unit)> rows) => new()
        {
            Id = id, Standard = standard, PlacedUnder = placedUnder, Title = title, Source = source, Columns = columns,
            Rows = rows.Select(r => new KeyDataRow { Label = r.Label, Unit = r.Unit, Values = new decimal?[columns.Count], ValueText = new string?[columns.Count] }).ToList(),
        };
}
