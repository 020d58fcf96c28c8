using System.Globalization;
using System.Net;
using System.Text;
using Probity.Core.Analysis;

namespace Probity.Reports.Analysis;

/// <summary>
/// Draws a <see cref="BarChart"/> as inline SVG: role="img" with a title and a description for screen readers, every
/// value written at its bar (not only in colour), and GOV.UK colours. Pure text; the page puts the table beside it.
/// </summary>
public static class SvgChart
{
    /// <summary>GOV.UK Frontend colours: blue, orange, green, purple, turquoise, red, brown, dark grey.</summary>
    public static readonly IReadOnlyList<string> Palette = ["#1d70b8", "#f47738", "#00703c", "#4c2c92", "#28a197", "#d4351c", "#b58840", "#505a5f"];

    private const int Width = 760, LabelWidth = 300, PlotWidth = 400, BarHeight = 18, Gap = 10, LegendRow = 22;

    public static string Render(BarChart chart)
    {
        var inv = CultureInfo.InvariantCulture;
        var id = Id(chart.Key);
        var barsPerCategory = chart.Stacked ? 1 : Math.Max(1, chart.Series.Count);
        var categoryHeight = barsPerCategory * BarHeight + Gap;
        var legendHeight = LegendRow * ((chart.Series.Count + 2) / 3) + 8;
        var height = legendHeight + chart.Categories.Count * categoryHeight + 10;
        var max = Maximum(chart);

        var svg = new StringBuilder();
        svg.Append(inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"probity-chart\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" font-family=\"Arial, sans-serif\" font-size=\"13\">");
        svg.Append(inv, $"<title id=\"{id}-title\">{E(chart.Title)}</title><desc id=\"{id}-desc\">{E(chart.Description)}</desc>");
        for (var s = 0; s < chart.Series.Count; s++)
        {
            double x = 10 + (s % 3) * 235, y = 8 + (s / 3) * LegendRow;
            svg.Append(inv, $"<rect x=\"{x}\" y=\"{y}\" width=\"14\" height=\"14\" fill=\"{Colour(chart, s)}\"/>");
            svg.Append(inv, $"<text x=\"{x + 20}\" y=\"{y + 12}\">{E(chart.Series[s].Name)}</text>");
        }
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var top = legendHeight + c * categoryHeight;
            svg.Append(inv, $"<text x=\"{LabelWidth - 8}\" y=\"{top + barsPerCategory * BarHeight / 2.0 + 4}\" text-anchor=\"end\">{E(Shorten(chart.Categories[c]))}</text>");
            double left = LabelWidth;
            for (var s = 0; s < chart.Series.Count; s++)
            {
                if (chart.Series[s].Values[c] is not { } value) continue;
                var width = max <= 0 ? 0 : value / max * PlotWidth;
                var y = chart.Stacked ? top : top + s * BarHeight;
                var x = chart.Stacked ? left : LabelWidth;
                svg.Append(inv, $"<rect x=\"{x:0.#}\" y=\"{y}\" width=\"{width:0.#}\" height=\"{BarHeight - 2}\" fill=\"{Colour(chart, s)}\"><title>{E(chart.Categories[c])}, {E(chart.Series[s].Name)}: {E(Format(value, chart.Unit))}</title></rect>");
                if (!chart.Stacked)
                    svg.Append(inv, $"<text x=\"{x + width + 4:0.#}\" y=\"{y + BarHeight - 5}\">{E(Format(value, chart.Unit))}</text>");
                else if (value > 0 && width >= 22)
                    svg.Append(inv, $"<text x=\"{x + width / 2:0.#}\" y=\"{y + BarHeight - 5}\" text-anchor=\"middle\" fill=\"#ffffff\">{E(Format(value, chart.Unit))}</text>");
                left += width;
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static double Maximum(BarChart chart)
    {
        if (chart.Unit == "%" && !chart.Stacked) return 100;
        double max = 0;
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            double sum = 0;
            foreach (var s in chart.Series)
            {
                var v = s.Values[c] ?? 0;
                sum = chart.Stacked ? sum + v : Math.Max(sum, v);
            }
            max = Math.Max(max, sum);
        }
        return max;
    }

    private static string Colour(BarChart chart, int series) => chart.Series[series].Colour ?? Palette[series % Palette.Count];

    private static string Format(double value, string unit) =>
        value.ToString(value == Math.Floor(value) ? "0" : "0.#", CultureInfo.InvariantCulture) + unit;

    private static string Shorten(string text) => text.Length <= 46 ? text : text[..45] + "…";

    private static string Id(string key) => "chart-" + new string(key.Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '-').ToArray());

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
