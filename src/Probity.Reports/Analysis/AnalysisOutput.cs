using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Probity.Core.Analysis;
using Probity.Core.Csv;
using Probity.Core.Json;

namespace Probity.Reports.Analysis;

/// <summary>
/// An analysis as files: one CSV per table (<c>{analysis}-{table}.csv</c>), one JSON document per analysis, an SVG per
/// chart, and one HTML page showing every chart with its table. Pure text; the CLI writes it to disk.
/// </summary>
public static class AnalysisOutput
{
    /// <summary>At most this many rows of a table are printed on the HTML page; the CSV always has them all.</summary>
    public const int HtmlRowLimit = 300;

    public static string CsvFileName(AnalysisResult result, AnalysisTable table) => $"{result.Name}-{table.Key}.csv";
    public static string JsonFileName(AnalysisResult result) => $"{result.Name}.json";
    public static string SvgFileName(AnalysisResult result, BarChart chart) => $"{result.Name}-{Slug(chart.Key)}.svg";

    /// <summary>A key safe as a file name: "2019/20" becomes "2019-20".</summary>
    public static string Slug(string key) => new(key.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' ? c : '-').ToArray());

    public static string Csv(AnalysisTable table)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        var csv = new CsvWriter(text);
        csv.Record(table.Columns.Select(c => c.Key).ToArray());
        foreach (var row in table.Rows) csv.Record(row.Select(Cell).ToArray());
        return text.ToString();
    }

    public static string Json(AnalysisResult result)
    {
        return JsonFile.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("analysis", result.Name);
            w.WriteString("title", result.Title);
            w.WriteString("scope", result.Scope.Describe());
            w.WriteNumber("inspections", result.Inspections);
            Core.Json.JsonWriting.Strings(w, "notes", result.Notes);
            w.WriteStartObject("tables");
            foreach (var table in result.Tables)
            {
                w.WriteStartArray(table.Key);
                foreach (var row in table.Rows)
                {
                    w.WriteStartObject();
                    for (var c = 0; c < table.Columns.Count; c++)
                    {
                        w.WritePropertyName(table.Columns[c].Key);
                        WriteValue(w, row[c]);
                    }
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    /// <summary>A self-contained page: each analysis's notes, each chart followed by the table it is drawn from, then the other tables.</summary>
    public static string Html(IReadOnlyList<AnalysisResult> results, string title)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title><style>")
            .Append("body{font-family:Arial,sans-serif;margin:2em;color:#0b0c0c;max-width:1100px}table{border-collapse:collapse;margin:0 0 2em;font-size:14px}")
            .Append("th,td{border-bottom:1px solid #b1b4b6;padding:4px 8px;text-align:left}td.n{text-align:right}caption{font-weight:bold;text-align:left;padding:6px 0}")
            .Append("figure{margin:1em 0}.note{color:#505a5f}</style></head><body>\n<h1>").Append(E(title)).Append("</h1>\n");
        foreach (var result in results)
        {
            html.Append("<h2 id=\"").Append(E(result.Name)).Append("\">").Append(E(result.Title)).Append("</h2>\n<p class=\"note\">")
                .Append(E($"{result.Inspections} inspection(s): {result.Scope.Describe()}.")).Append("</p>\n<ul>");
            foreach (var note in result.Notes) html.Append("<li>").Append(E(note)).Append("</li>");
            html.Append("</ul>\n");
            var shown = new HashSet<string>();
            foreach (var chart in result.Charts)
            {
                html.Append("<figure>").Append(SvgChart.Render(chart)).Append("<figcaption>").Append(E(chart.Description)).Append("</figcaption></figure>\n");
                if (shown.Add(chart.TableKey)) Table(html, result, result.Table(chart.TableKey));
            }
            foreach (var table in result.Tables.Where(t => !shown.Contains(t.Key))) Table(html, result, table);
        }
        return html.Append("</body></html>\n").ToString();
    }

    private static void Table(StringBuilder html, AnalysisResult result, AnalysisTable table)
    {
        html.Append("<table><caption>").Append(E(table.Title)).Append("</caption><thead><tr>");
        foreach (var c in table.Columns) html.Append("<th scope=\"col\">").Append(E(c.Header)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in table.Rows.Take(HtmlRowLimit))
        {
            html.Append("<tr>");
            foreach (var cell in row) html.Append(cell is string or null or bool ? "<td>" : "<td class=\"n\">").Append(E(Cell(cell) ?? "")).Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>\n");
        if (table.Rows.Count > HtmlRowLimit)
            html.Append("<p class=\"note\">").Append(E($"The first {HtmlRowLimit} of {table.Rows.Count} rows; every row is in {CsvFileName(result, table)}.")).Append("</p>\n");
    }

    /// <summary>A cell as CSV and HTML print it: invariant numbers, yes/no for booleans, empty for no value.</summary>
    public static string? Cell(object? value) => value switch
    {
        null => null,
        bool b => b ? "yes" : "no",
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteNumberValue(d); break;
            default: writer.WriteStringValue(Cell(value)); break;
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
