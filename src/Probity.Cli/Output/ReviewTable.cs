using Probity.Core.Ratings;
using Probity.Core.Reviews;

namespace Probity.Cli.Output;

/// <summary>
/// <c>rate</c> for a regional review, which is not rated: each area's key strengths and areas for improvement counted,
/// Annexe one's recommendations by addressee, and Annexe two — each linked PDU's ratings, rated from its dataset.
/// </summary>
public static class ReviewTable
{
    public static void Write(ReviewSummary summary, TextWriter output)
    {
        var review = summary.Review;
        var date = review.LetterDate is { } d ? $" (letter of {d:d MMMM yyyy})" : "";
        output.WriteLine($"{review.Title ?? review.Region + " region"} — regional review{date}");
        output.WriteLine("A regional review is not rated: its findings are key strengths and key areas for improvement, each citing its evidence.");

        output.WriteLine();
        output.WriteLine($"  {"Regional observations",-54}{"strengths",10}{"areas for",11}{"evidence",10}{"with counts",13}");
        output.WriteLine($"  {"",-54}{"",10}{"improvement",11}");
        foreach (var a in summary.Areas)
        {
            if (a.Area.Findings.Count == 0) output.WriteLine($"  {a.Area.Title,-54}{"narrative only",24}");
            else output.WriteLine($"  {a.Area.Title,-54}{a.Strengths,10}{a.AreasForImprovement,11}{a.Citations,10}{a.CountedCitations,13}");
        }

        var levels = Enum.GetValues<AddresseeLevel>().Where(l => summary.Recommendations.Any(r => r.ByLevel[l] > 0)).ToList();
        output.WriteLine();
        output.WriteLine($"  {"Annexe one – Recommendations",-54}" + string.Concat(levels.Select(l => $"{LevelName(l),8}")) + $"{"total",8}");
        foreach (var r in summary.Recommendations)
            output.WriteLine($"  {r.Pdu.Name,-54}" + string.Concat(levels.Select(l => $"{r.ByLevel[l],8}")) + $"{r.Total,8}");

        output.WriteLine();
        output.WriteLine("  Annexe two – PDU ratings");
        foreach (var table in summary.AnnexeTwo) WriteTable(table, output);
    }

    private static void WriteTable(AnnexeTwoTable table, TextWriter output)
    {
        output.WriteLine();
        var source = table.FromDataset ? $"rated from the linked dataset {table.Pdu.Dataset}" : "no linked dataset: as the letter prints it";
        output.WriteLine($"  {table.Pdu.Name}   ({source})");
        output.WriteLine($"    {"Score",-46}{table.ScoreText ?? "not printed"}");
        output.WriteLine($"    {"Overall rating",-46}{table.OverallRating?.DisplayName() ?? "not printed"}");
        foreach (var row in table.Rows)
            output.WriteLine(row.IsDomain ? $"    {row.Id,-5}{row.Name}" : $"    {row.Id,-5}{row.Name,-41}{row.RatingText}");
        if (!table.FromDataset && table.Rows.Count == 0) output.WriteLine("    (the letter prints no standard ratings for this PDU)");
        if (table.Pdu.Note is { } note) output.WriteLine($"    note: {note}");
    }

    private static string LevelName(AddresseeLevel level) => level switch
    {
        AddresseeLevel.Pdu => "PDU",
        AddresseeLevel.Region => "region",
        AddresseeLevel.Hmpps => "HMPPS",
        _ => "MoJ",
    };
}
