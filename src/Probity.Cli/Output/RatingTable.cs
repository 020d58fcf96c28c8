using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Rules;

namespace Probity.Cli.Output;

/// <summary>The human-readable ratings of <c>rate</c>: one block per standard, the lowest key question starred.</summary>
public static class RatingTable
{
    public static void Write(InspectionDataset dataset, InspectionRating rating, TextWriter output)
    {
        if (!rating.Framework.IsRated)
        {
            CountTable.Write(dataset, rating, output);
            return;
        }
        var m = dataset.Manifest;
        output.WriteLine($"{m.Provider.Name} — {rating.Framework.Id}");
        if (m.FieldworkStart is { } start) output.WriteLine($"Fieldwork started {start:d MMMM yyyy}");
        output.WriteLine($"{dataset.Cases.Count} cases: " + string.Join(", ", rating.Framework.Samples
            .Select(s => (s, n: dataset.CountInSample(s))).Where(x => x.n > 0).Select(x => $"{x.n} {x.s}")));
        foreach (var domain in rating.Framework.Domains)
        {
            output.WriteLine();
            output.WriteLine(domain.RatingsPageHeading);
            foreach (var standard in domain.Standards) WriteStandard(rating.Standard(standard.Id)!, dataset, output);
        }
        output.WriteLine();
        var score = rating.Score is { } sc ? $"{sc}/{rating.MaxScore}" : $"not available (out of {rating.MaxScore})";
        output.WriteLine($"Score:          {score}");
        output.WriteLine($"Overall rating: {rating.OverallRating?.DisplayName() ?? "not available"}");
        foreach (var w in rating.Warnings) output.WriteLine($"  note: {w}");
        output.WriteLine();
        output.WriteLine("* lowest key question of the standard (printed in bold in the report); na = not applicable, left out of the percentage");
    }

    private static void WriteStandard(StandardRating standard, InspectionDataset dataset, TextWriter output)
    {
        var heading = $"  {standard.Standard.Id} {standard.Standard.Name}";
        var outcome = standard.Status switch
        {
            StandardStatus.NotInspected => "Not inspected",
            StandardStatus.NoRating => "no rating yet",
            StandardStatus.Unrated => "",
            _ => standard.Rating!.Value.DisplayName(),
        };
        output.WriteLine(outcome.Length == 0 ? heading : $"{heading,-42} {outcome}");
        if (standard.Standard.RatedBy == RatingBasis.Judgement)
        {
            var proposal = dataset.Manifest.DomainOneProposals.GetValueOrDefault(standard.Standard.Id);
            output.WriteLine($"      rated by judgement{(proposal?.Proposed is { } p ? $" (proposed {p.DisplayName()})" : "")}");
            return;
        }
        if (standard.Status == StandardStatus.NotInspected) return;
        output.WriteLine($"      {"key question",-14}{"yes",6}{"no",6}{"na",6}{"population",12}{"%",6}  band");
        foreach (var k in standard.KeyQuestions)
        {
            var mark = k.IsLowest ? "*" : " ";
            if (k.Tally is not { } t)
            {
                output.WriteLine($"    {mark} {k.KeyQuestion.Id,-14}{k.KeyQuestion.TableText ?? "no case data"}");
                continue;
            }
            var percent = t.Percent?.ToString() ?? "–";
            output.WriteLine($"    {mark} {k.KeyQuestion.Id,-14}{t.Yes,6}{t.No,6}{t.NotApplicable,6}{t.Population,12}{percent,6}  {k.Band?.DisplayName() ?? ""}");
        }
        if (standard.Status == StandardStatus.Unrated) return;
        output.WriteLine($"      banded: {standard.IndicativeRating?.DisplayName() ?? "no value"}{(standard.Standard.QualitativeAdjustment is not null ? " (indicative)" : "")}");
        output.WriteLine($"      discretion: {DescribeEligibility(standard)}");
        if (standard.AppliedDecision is { } d)
        {
            var basis = d.Basis == DecisionBasis.Discretion ? "professional discretion" : "qualitative evidence";
            output.WriteLine($"      panel: moved {(d.Move == PanelMove.Up ? "up" : "down")} to {standard.Rating!.Value.DisplayName()} ({basis}): {d.Rationale}");
        }
    }

    private static string DescribeEligibility(StandardRating standard)
    {
        var e = standard.Eligibility;
        if (!e.Up && !e.Down) return "not eligible";
        var reasons = new List<string>();
        if (e.UpByProximity) reasons.Add("up (within the window below the boundary)");
        if (e.UpByOneCase) reasons.Add("up (one case judged differently would raise the band)");
        if (e.DownByProximity) reasons.Add("down (within the window above the band'standard floor)");
        if (e.DownByOneCase) reasons.Add("down (one case judged differently would lower the band)");
        return "eligible " + string.Join("; ", reasons);
    }
}
