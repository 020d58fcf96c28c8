using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Probity.Explore.Engine;

/// <summary>
/// An answer as a table of text (the CLI prints it; CSV and JSON are its files). A suppressed cell shows "fewer than 5" in
/// place of every figure that could give it away; the inspections behind it are still shown.
/// </summary>
public static class ExploreOutput
{
    public const string Suppressed = "fewer than 5";

    public static IReadOnlyList<string> Headings(ExploreResult result) =>
        [.. result.Question.Splits.Select(s => s.Title), "Yes", "No", "Not applicable", "Base (yes + no)", "% yes", "95% interval, lower", "95% interval, upper", "Cases", "Inspections"];

    public static IEnumerable<IReadOnlyList<string>> Rows(ExploreResult result) =>
        result.Cells.Concat(result.Totals).Select(c => Row(result, c));

    private static IReadOnlyList<string> Row(ExploreResult result, ExploreCell c)
    {
        var labels = Enumerable.Range(0, result.Question.Splits.Count).Select(k => result.Label(c, k));
        string[] figures = c.Suppressed
            ? [Suppressed, Suppressed, Suppressed, Suppressed, Suppressed, Suppressed, Suppressed, Suppressed]
            :
            [
                Number(c.Yes), Number(c.No), Number(c.NotApplicable), Number(c.Base),
                c.Percentage is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) : "",
                c.Interval is { } i ? i.Lower.ToString("0.0", CultureInfo.InvariantCulture) : "",
                c.Interval is { } j ? j.Upper.ToString("0.0", CultureInfo.InvariantCulture) : "",
                Number(c.Cases),
            ];
        return [.. labels, .. figures, Number(c.Inspections)];
    }

    public static string Csv(ExploreResult result)
    {
        var text = new StringBuilder();
        foreach (var row in Rows(result).Prepend(Headings(result)))
            text.Append(string.Join(",", row.Select(v => v.Contains(',', StringComparison.Ordinal) || v.Contains('"', StringComparison.Ordinal) ? $"\"{v.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : v))).Append('\n');
        return text.ToString();
    }

    public static string Json(ExploreResult result, DateTimeOffset asOf)
    {
        var q = result.Question;
        var document = new Dictionary<string, object?>
        {
            ["measure"] = q.Measure.Key,
            ["title"] = q.Measure.Title,
            ["where"] = q.Where,
            ["by"] = q.Splits.Select(s => s.Key).ToList(),
            ["asOf"] = asOf.ToString("O", CultureInfo.InvariantCulture),
            ["suppressionBase"] = ExploreCell.SuppressionBase,
            ["cells"] = result.Cells.Concat(result.Totals).Select(c => new Dictionary<string, object?>
            {
                ["split"] = Enumerable.Range(0, q.Splits.Count).Select(k => result.Label(c, k)).ToList(),
                ["total"] = c.IsTotal,
                ["suppressed"] = c.Suppressed,
                ["yes"] = c.Suppressed ? null : c.Yes,
                ["no"] = c.Suppressed ? null : c.No,
                ["notApplicable"] = c.Suppressed ? null : c.NotApplicable,
                ["percentage"] = c.Suppressed ? null : c.Percentage,
                ["lower"] = c.Suppressed ? null : c.Interval?.Lower,
                ["upper"] = c.Suppressed ? null : c.Interval?.Upper,
                ["cases"] = c.Suppressed ? null : c.Cases,
                ["inspections"] = c.Inspections,
            }).ToList(),
        };
        return JsonSerializer.Serialize(document, Options) + "\n";
    }

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    private static string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
