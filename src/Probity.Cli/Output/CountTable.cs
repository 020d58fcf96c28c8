using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Rules;

namespace Probity.Cli.Output;

/// <summary>
/// <c>rate</c> for a framework with no ratings (Quality &amp; Impact 2017): every counted key question and prompt as
/// yes / no / na, split by the framework's views (the CRC's cases, the NPS's) and for the area as a whole. Counts, not
/// percentages: the inspectorate printed absolute numbers because the samples were small.
/// </summary>
public static class CountTable
{
    private const int TextWidth = 64;
    private const int ColumnWidth = 18;

    public static void Write(InspectionDataset dataset, InspectionRating rating, TextWriter output)
    {
        var framework = rating.Framework;
        var columns = rating.Views.Select(v => (Title: v.View.Title, v.Items)).Append((Title: "All cases", Items: rating.Items)).ToList();
        output.WriteLine($"{dataset.Manifest.Provider.Name} — {framework.Id}");
        var byView = rating.Views.Select(v => $"{dataset.Cases.Count(v.View.Population!.Contains)} {v.View.Title}");
        output.WriteLine($"{dataset.Cases.Count} cases" + (rating.Views.Count > 0 ? $" ({string.Join(", ", byView)})" : ""));
        output.WriteLine($"{framework.Id} has no ratings: the findings are the counts of case judgements below.");
        foreach (var view in framework.Views.Where(v => v.Population is null))
            output.WriteLine($"{view.Title}: reported in narrative, with no case data of its own.");

        foreach (var domain in framework.Domains)
        {
            output.WriteLine();
            output.WriteLine(domain.RatingsPageHeading);
            output.WriteLine("      " + new string(' ', 10) + string.Concat(columns.Select(c => Centre(c.Title, ColumnWidth))));
            output.WriteLine("      " + "item".PadRight(10) + string.Concat(columns.Select(_ => $"{"yes",6}{"no",6}{"na",6}")));
            foreach (var standard in domain.Standards)
            {
                output.WriteLine($"  {standard.Id} {standard.Name}");
                foreach (var kq in standard.KeyQuestions)
                {
                    if (!kq.IsAnsweredPerCase)
                    {
                        output.WriteLine($"      {kq.Id,-10}{kq.TableText ?? "no case data"}");
                        continue;
                    }
                    Row(output, kq.Id, kq.Title, columns);
                    foreach (var prompt in kq.Prompts) Row(output, prompt.Id, prompt.Text, columns);
                }
            }
        }
        output.WriteLine();
        output.WriteLine("yes / no / na: the cases answering each; na = not applicable to the case; – = not asked of this view's cases.");
    }

    private static void Row(TextWriter output, string id, string text, List<(string Title, IReadOnlyDictionary<string, Tally> Items)> columns)
    {
        var cells = string.Concat(columns.Select(c =>
        {
            var t = c.Items.GetValueOrDefault(id);
            // Nobody in this view was asked (an NPS-only question in the CRC's column): a dash, not three zeros.
            return t.Population == 0 ? $"{"–",12}{"",6}" : $"{t.Yes,6}{t.No,6}{t.NotApplicable,6}";
        }));
        output.WriteLine($"      {id,-10}{cells}  {Shorten(text)}");
    }

    private static string Shorten(string text) => text.Length <= TextWidth ? text : text[..(TextWidth - 1)].TrimEnd() + "…";

    private static string Centre(string title, int width)
    {
        var t = title.Length > width - 1 ? title[..(width - 1)] : title;
        var left = (width - t.Length) / 2;
        return new string(' ', left) + t + new string(' ', width - t.Length - left);
    }
}
