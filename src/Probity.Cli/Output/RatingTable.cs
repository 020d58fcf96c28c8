using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Rules;

namespace Probity.Cli.Output;

/// <summary>The human-readable ratings of <c>rate</c>: one block per standard, the lowest key question starred.</summary>
public static class RatingTable
{
    public static void Write(InspectionDataset dataset, InspectionRating rating, TextWriter o)
    {
        if (!rating.Framework.IsRated)
        {
            CountTable.Write(dataset, rating, o);
            return;
        }
        var m = dataset.Manifest;
        o.WriteLine($"{m.Provider.Name} — {rating.Framework.Id}");
        if (m.FieldworkStart is { } start) o.WriteLine($"Fieldwork started {start:d MMMM yyyy}");
        o.WriteLine($"{dataset.Cases.Count} cases: " + string.Join(", ", rating.Framework.Samples
            .Select(s => (s, n: dataset.CountInSample(s))).Where(x => x.n > 0).Select(x => $"{x.n} {x.s}")));
        foreach (var domain in rating.Framework.Domains)
        {
            o.WriteLine();
            o.WriteLine(domain.RatingsPageHeading);
            foreach (var standard in domain.Standards) WriteStandard(rating.Standard(standard.Id)!, dataset, o);
        }
        o.WriteLine();
        var score = rating.Score is { } sc ? $"{sc}/{rating.MaxScore}" : $"not available (out of {rating.MaxScore})";
        o.WriteLine($"Score:          {score}");
        o.WriteLine($"Overall rating: {rating.OverallRating?.DisplayName() ?? "not available"}");
        foreach (var w in rating.Warnings) o.WriteLine($"  note: {w}");
        o.WriteLine();
        o.WriteLine("* lowest key question of the standard (printed in bold in the report); na = not applicable, left out of the percentage");
    }

    private static void WriteStandard(StandardRating s, InspectionDataset dataset, TextWriter o)
    {
        var heading = $"  {s.Standard.Id} {s.Standard.Name}";
        var outcome = s.Status switch
        {
            StandardStatus.NotInspected => "Not inspected",
            StandardStatus.NoRating => "no rating yet",
            StandardStatus.Unrated => "",
            _ => s.Rating!.Value.DisplayName(),
        };
        o.WriteLine(outcome.Length == 0 ? heading : $"{heading,-42} {outcome}");
        if (s.Standard.RatedBy == RatingBasis.Judgement)
        {
            var proposal = dataset.Manifest.DomainOneProposals.GetValueOrDefault(s.Standard.Id);
            o.WriteLine($"      rated by judgement{(proposal?.Proposed is { } p ? $" (proposed {p.DisplayName()})" : "")}");
            return;
        }
        if (s.Status == StandardStatus.NotInspected) return;
        o.WriteLine($"      {"key question",-14}{"yes",6}{"no",6}{"na",6}{"population",12}{"%",6}  band");
        foreach (var k in s.KeyQuestions)
        {
            var mark = k.IsLowest ? "*" : " ";
            if (k.Tally is not { } t)
            {
                o.WriteLine($"    {mark} {k.KeyQuestion.Id,-14}{k.KeyQuestion.TableText ?? "no case data"}");
                continue;
            }
            var percent = t.Percent?.ToString() ?? "–";
            o.WriteLine($"    {mark} {k.KeyQuestion.Id,-14}{t.Yes,6}{t.No,6}{t.NotApplicable,6}{t.Population,12}{percent,6}  {k.Band?.DisplayName() ?? ""}");
        }
        if (s.Status == StandardStatus.Unrated) return;
        o.WriteLine($"      banded: {s.IndicativeRating?.DisplayName() ?? "no value"}{(s.Standard.QualitativeAdjustment is not null ? " (indicative)" : "")}");
        o.WriteLine($"      discretion: {DescribeEligibility(s)}");
        if (s.AppliedDecision is { } d)
        {
            var basis = d.Basis == DecisionBasis.Discretion ? "professional discretion" : "qualitative evidence";
            o.WriteLine($"      panel: moved {(d.Move == PanelMove.Up ? "up" : "down")} to {s.Rating!.Value.DisplayName()} ({basis}): {d.Rationale}");
        }
    }

    private static string DescribeEligibility(StandardRating s)
    {
        var e = s.Eligibility;
        if (!e.Up && !e.Down) return "not eligible";
        var reasons = new List<string>();
        if (e.UpByProximity) reasons.Add("up (within the window below the boundary)");
        if (e.UpByOneCase) reasons.Add("up (one case judged differently would raise the band)");
        if (e.DownByProximity) reasons.Add("down (within the window above the band's floor)");
        if (e.DownByOneCase) reasons.Add("down (one case judged differently would lower the band)");
        return "eligible " + string.Join("; ", reasons);
    }
}
