using System.Globalization;
using FluentValidation;
using Probity.Core.Datasets;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>
/// A key data table's cells as typed, one per row and column (<c>cell-{row}-{column}</c>), over the table's fixed row
/// labels. A cell is a figure as supplied ("2.84", "3,534", "90.45%"), the printed text "No data" or "Not known" (spec
/// §7.2), or empty while the figure is still to come.
/// </summary>
public sealed class KeyDataForm(KeyDataTable table)
{
    public KeyDataTable Table { get; } = table;
    public Dictionary<string, string> Values { get; } = [];

    public static string CellId(int row, int column) => $"cell-{row}-{column}";

    public string? this[int row, int column] => Values.GetValueOrDefault(CellId(row, column));

    public static KeyDataForm From(KeyDataTable table)
    {
        var form = new KeyDataForm(table);
        for (var r = 0; r < table.Rows.Count; r++)
            for (var c = 0; c < table.Columns.Count; c++)
                form.Values[CellId(r, c)] = Text(table.Rows[r], c);
        return form;
    }

    public static KeyDataForm From(KeyDataTable table, NamedFields posted)
    {
        var form = new KeyDataForm(table);
        for (var r = 0; r < table.Rows.Count; r++)
            for (var c = 0; c < table.Columns.Count; c++)
                form.Values[CellId(r, c)] = posted[CellId(r, c)] ?? "";
        return form;
    }

    /// <summary>A cell as the report prints it: the printed text, else the figure as supplied (no re-rounding).</summary>
    public static string Text(KeyDataRow row, int column) =>
        row.ValueText.ElementAtOrDefault(column) ?? row.Values.ElementAtOrDefault(column)?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>Each cell that is neither a figure nor a printed text, with what to do about it, in the table's order.</summary>
    public IEnumerable<(string CellId, string Message)> Problems()
    {
        for (var r = 0; r < Table.Rows.Count; r++)
            for (var c = 0; c < Table.Columns.Count; c++)
                if (this[r, c]?.Length > FieldLength.Short || !TryParse(this[r, c], out _, out _))
                    yield return (CellId(r, c), $"{Table.Rows[r].Label}, {Table.Columns[c].ToLowerInvariant()}: enter a figure, like 4.49, or {string.Join(" or ", ProviderKeyData.PrintedTexts)}");
    }

    /// <summary>The table with the typed cells; only once the validator has passed the form.</summary>
    public KeyDataTable Read()
    {
        var rows = new List<KeyDataRow>();
        for (var r = 0; r < Table.Rows.Count; r++)
        {
            var values = new decimal?[Table.Columns.Count];
            var texts = new string?[Table.Columns.Count];
            for (var c = 0; c < Table.Columns.Count; c++) _ = TryParse(this[r, c], out values[c], out texts[c]);
            rows.Add(Table.Rows[r] with { Values = values, ValueText = texts });
        }
        return Table with { Rows = rows };
    }

    private static bool TryParse(string? typed, out decimal? value, out string? text)
    {
        (value, text) = (null, null);
        var t = typed?.Trim() ?? "";
        if (t.Length == 0) return true;
        text = ProviderKeyData.PrintedTexts.FirstOrDefault(p => p.Equals(t, StringComparison.OrdinalIgnoreCase));
        if (text is not null) return true;
        // Figures as the provider supplies them: thousands separators and a percent sign are how they are printed anyway.
        var figure = t.TrimEnd('%').Trim().Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(figure, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)) return false;
        value = d;
        return true;
    }
}

public sealed class KeyDataFormValidator : AbstractValidator<KeyDataForm>
{
    public KeyDataFormValidator()
    {
        RuleFor(f => f).Custom((form, context) =>
        {
            foreach (var (cell, message) in form.Problems()) context.AddFailure(cell, message);
        });
        this.EveryOtherTextWithin();
    }
}
