using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;

namespace Probity.Core.Rules;

/// <summary>
/// Applies the rating rules of a framework version to an inspection's inputs: key-question percentages, lowest banding,
/// discretion eligibility, the panel's decisions, judgement ratings, score and overall rating (R2–R19). Pure and cheap:
/// the web app calls it on every change and for "what if" previews.
/// </summary>
public static class InspectionRater
{
    public static InspectionRating Rate(FrameworkVersion framework, RatingInputs inputs)
    {
        var problems = new List<RatingProblem>();
        var warnings = new List<string>();
        var decisions = IndexDecisions(framework, inputs, problems);
        foreach (var id in inputs.NotInspected.Where(id => framework.FindStandard(id) is null))
            problems.Add(new($"\"{id}\" is marked not inspected but is not a standard of {framework.Id}"));

        var standards = framework.Standards
            .Select(s => RateStandard(framework, s, inputs, decisions, problems, warnings))
            .ToList();

        var result = new InspectionRating(framework, standards)
        {
            Items = framework.Questions.Items.ToDictionary(i => i.Id, i => inputs.Tallies.GetValueOrDefault(i.Id)),
            Views = inputs.Views,
            Problems = problems,
            Warnings = warnings,
        };
        if (framework.RatingRules is not { } rules) return result;

        var inspected = standards.Where(s => s.Status != StandardStatus.NotInspected).ToList();
        var (score, max) = OverallRating.Score(inspected.Select(s => s.Rating), rules);
        if (score is null)
            warnings.Add("no overall rating: " + string.Join("; ", inspected.Where(s => s.Rating is null).Select(s => $"{s.Standard.Id} has no rating")));
        return result with
        {
            Score = score,
            MaxScore = max,
            OverallRating = score is { } sc ? OverallRating.Band(sc, max, rules) : null,
        };
    }

    private static Dictionary<string, (PanelDecision Decision, int Index)> IndexDecisions(
        FrameworkVersion framework, RatingInputs inputs, List<RatingProblem> problems)
    {
        var byStandard = new Dictionary<string, (PanelDecision, int)>();
        for (var i = 0; i < inputs.PanelDecisions.Count; i++)
        {
            var d = inputs.PanelDecisions[i];
            if (framework.FindStandard(d.Standard) is null)
                problems.Add(new($"panel decision on \"{d.Standard}\", which is not a standard of {framework.Id}", i));
            else if (!framework.IsRated)
                problems.Add(new($"{framework.Id} has no ratings, so there is nothing for a panel decision to move", i));
            // R13 step 4 [A]: one record per standard, so discretion and the qualitative adjustment together move one band at most.
            else if (!byStandard.TryAdd(d.Standard, (d, i)))
                problems.Add(new($"a second panel decision on {d.Standard}: record one decision per standard (it may cite both grounds in its rationale)", i));
        }
        return byStandard;
    }

    private static StandardRating RateStandard(FrameworkVersion framework, Standard standard, RatingInputs inputs,
        Dictionary<string, (PanelDecision Decision, int Index)> decisions, List<RatingProblem> problems, List<string> warnings)
    {
        var rules = framework.RatingRules;
        var notInspected = inputs.NotInspected.Contains(standard.Id);
        var hasDecision = decisions.TryGetValue(standard.Id, out var decision);

        // Stryker disable once Logical : equivalent; the loader lets a standard be rated by none exactly when the framework has no rating rules
        if (rules is null || standard.RatedBy == RatingBasis.None)
            return new StandardRating(standard, StandardStatus.Unrated, KeyQuestionRows(standard, inputs, rules, []));

        if (standard.RatedBy == RatingBasis.Judgement)
            return RateByJudgement(standard, inputs, rules, notInspected, hasDecision ? decision : null, problems, warnings);

        // R6–R7: rated key questions only; qualitative-only ones are never banded (R9).
        var rated = standard.RatedKeyQuestions.Select(k => (k.Id, Tally: inputs.Tallies.GetValueOrDefault(k.Id))).ToList();
        var lowest = LowestBanding.Apply(rated, rules);
        var keyQuestions = KeyQuestionRows(standard, inputs, rules, lowest.LowestKeyQuestions);
        if (notInspected)
        {
            if (hasDecision) problems.Add(new($"standard {standard.Id} was not inspected, so there is no rating to move", decision.Index));
            return new StandardRating(standard, StandardStatus.NotInspected, keyQuestions);
        }
        foreach (var (id, _) in rated.Where(k => !k.Tally.HasValue))
            warnings.Add($"key question {id} has no case answered yes or no, so it is left out of {standard.Id}'s rating (R8)");

        var eligibility = DiscretionEligibility.Assess(rated.Select(k => k.Tally).ToList(), rules);
        var indicative = lowest.BandedRating;
        var final = indicative;
        PanelDecision? applied = null;
        if (hasDecision)
        {
            var why = PanelDecisionRules.Check(decision.Decision, standard, indicative, eligibility, notInspected: false);
            if (why is not null) problems.Add(new(why, decision.Index));
            else
            {
                applied = decision.Decision;
                final = PanelDecisionRules.Moved(indicative!.Value, applied.Move);
            }
        }
        if (final is null)
            warnings.Add($"standard {standard.Id} has no rating: none of its rated key questions has a value (R8)");
        return new StandardRating(standard, final is null ? StandardStatus.NoRating : StandardStatus.Rated, keyQuestions)
        {
            LowestPercent = lowest.LowestPercent,
            LowestKeyQuestions = lowest.LowestKeyQuestions,
            IndicativeRating = indicative,
            Eligibility = eligibility,
            AppliedDecision = applied,
            Rating = final,
            Score = final is { } f ? rules.ScoreOf(f) : null,
        };
    }

    // R15–R16: judgement standards take the ratified rating; nothing is computed and discretion never applies (R10).
    private static StandardRating RateByJudgement(Standard standard, RatingInputs inputs, RatingRules rules, bool notInspected,
        (PanelDecision Decision, int Index)? decision, List<RatingProblem> problems, List<string> warnings)
    {
        var rows = KeyQuestionRows(standard, inputs, rules, []);
        if (decision is { } d)
            problems.Add(new(PanelDecisionRules.Check(d.Decision, standard, null, DiscretionEligibility.None, notInspected)!, d.Index));
        if (notInspected) return new StandardRating(standard, StandardStatus.NotInspected, rows);
        if (!inputs.DomainOneRatings.TryGetValue(standard.Id, out var rating))
        {
            warnings.Add($"standard {standard.Id} {standard.Name} has no ratified judgement rating yet");
            return new StandardRating(standard, StandardStatus.NoRating, rows);
        }
        return new StandardRating(standard, StandardStatus.Rated, rows) { Rating = rating, Score = rules.ScoreOf(rating) };
    }

    private static List<KeyQuestionResult> KeyQuestionRows(Standard standard, RatingInputs inputs, RatingRules? rules, IReadOnlyList<string> lowest) =>
        standard.KeyQuestions.Select(k =>
        {
            Tally? tally = k.IsAnsweredPerCase ? inputs.Tallies.GetValueOrDefault(k.Id) : null;
            // Stryker disable once Logical : equivalent; the loader allows rated key questions only under rating rules, and only they have tallies there
            var band = k.Role == KeyQuestionRole.Rated && rules is not null && tally?.Percent is { } p ? Banding.RatingOf(p, rules) : (Rating?)null;
            return new KeyQuestionResult(k, tally, lowest.Contains(k.Id)) { Band = band };
        }).ToList();
}
