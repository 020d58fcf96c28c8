using Probity.Core.Datasets;

namespace Probity.Core.Stages;

/// <summary>
/// The inspection's stages and what blocks each move: planned → fieldwork → quality assurance → ratings panel →
/// drafting → factual accuracy → published. Forward one step at a time, once what the next stage needs is there; back
/// one step with a reason, until publication. Each block is a sentence an inspector can act on.
/// </summary>
public static class StageGates
{
    /// <summary>Everything that stops the move from <paramref name="from"/> to <paramref name="to"/>; empty when it may go ahead.</summary>
    public static IReadOnlyList<string> Blocks(InspectionStatus from, InspectionStatus to, StageFacts facts, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (Step(from, to, reason) is { } why) return [why];
        if (to < from) return [];
        return to switch
        {
            InspectionStatus.Fieldwork => FieldworkBlocks(facts),
            InspectionStatus.RatingsPanel => PanelBlocks(facts),
            InspectionStatus.Drafting => RatificationBlocks(facts),
            _ => [],
        };
    }

    /// <summary>From the ratings panel on, case answers stand as the panel sees them: inspectors can no longer change them.</summary>
    public static bool FreezesCaseAnswers(InspectionStatus status) => status >= InspectionStatus.RatingsPanel;

    /// <summary>Once the ratings are ratified (drafting on) nothing that feeds them changes, not even by a reopened case.</summary>
    public static bool LocksCaseData(InspectionStatus status) => status >= InspectionStatus.Drafting;

    /// <summary>The one-step rule, without the gates: why the move is not a step at all, or null.</summary>
    public static string? Step(InspectionStatus from, InspectionStatus to, string? reason)
    {
        if (to == from) return $"The inspection is already at {Name(from)}.";
        if (from == InspectionStatus.Published) return "The inspection is published: its stage can no longer change.";
        if (to == from + 1) return null;
        if (to == from - 1)
            return string.IsNullOrWhiteSpace(reason)
                ? $"Moving back from {Name(from)} to {Name(to)} needs a reason, which the audit log keeps."
                : null;
        return $"An inspection moves one stage at a time: from {Name(from)} the next stage is {Name(from + 1)}" +
            (from > InspectionStatus.Planned ? $" (or back to {Name(from - 1)}, with a reason)." : ".");
    }

    private static List<string> FieldworkBlocks(StageFacts facts)
    {
        var blocks = new List<string>();
        if (!facts.SampleDrawn) blocks.Add("No sample has been drawn yet: draw the sample of cases before fieldwork starts.");
        if (facts.CasesAssigned == 0) blocks.Add("No case has been given to an inspector yet: assign at least one sampled case before fieldwork starts.");
        return blocks;
    }

    private static List<string> PanelBlocks(StageFacts facts) =>
        [.. facts.CasesNotCompleted.Select(c =>
            $"Case {c.CaseReference} is not completed ({c.Status.ToLowerInvariant()}): finish its assessment, or withdraw it from the sample with a reason.")];

    private static List<string> RatificationBlocks(StageFacts facts) =>
        [
            .. facts.StandardsWithoutRating.Select(s => $"Standard {s} has no rating yet: the panel cannot ratify until every rated standard has one."),
            .. facts.RatingProblems.Select(p => $"The ratings cannot be ratified yet: {p}"),
        ];

    private static string Name(InspectionStatus status) => status.DisplayName().ToLowerInvariant();
}
