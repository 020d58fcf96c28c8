using Probity.Core.Datasets;
using Probity.Core.Stages;

namespace Probity.Core.Tests.Stages;

public class StageGateTests
{
    private static readonly StageFacts Ready = new() { SampleDrawn = true, CasesAssigned = 3 };

    [Fact]
    public void Fieldwork_needs_a_drawn_sample_and_an_assigned_case()
    {
        var blocks = StageGates.Blocks(InspectionStatus.Planned, InspectionStatus.Fieldwork, new StageFacts());
        Assert.Equal(2, blocks.Count);
        Assert.Contains("No sample has been drawn yet", blocks[0], StringComparison.Ordinal);
        Assert.Contains("No case has been given to an inspector yet", blocks[1], StringComparison.Ordinal);

        var noCaseAssigned = StageGates.Blocks(InspectionStatus.Planned, InspectionStatus.Fieldwork, Ready with { CasesAssigned = 0 });
        Assert.Equal(["No case has been given to an inspector yet: assign at least one sampled case before fieldwork starts."], noCaseAssigned);
        var noSample = StageGates.Blocks(InspectionStatus.Planned, InspectionStatus.Fieldwork, Ready with { SampleDrawn = false });
        Assert.Equal(["No sample has been drawn yet: draw the sample of cases before fieldwork starts."], noSample);
        Assert.Empty(StageGates.Blocks(InspectionStatus.Planned, InspectionStatus.Fieldwork, Ready));
    }

    [Fact]
    public void The_ratings_panel_waits_for_every_sampled_case_naming_each_one_not_completed()
    {
        var facts = Ready with { CasesNotCompleted = [new("C-104", "In progress"), new("C-221", "Not started")] };
        var blocks = StageGates.Blocks(InspectionStatus.QualityAssurance, InspectionStatus.RatingsPanel, facts);
        Assert.Equal(
            [
                "Case C-104 is not completed (in progress): finish its assessment, or withdraw it from the sample with a reason.",
                "Case C-221 is not completed (not started): finish its assessment, or withdraw it from the sample with a reason.",
            ], blocks);
        Assert.Empty(StageGates.Blocks(InspectionStatus.QualityAssurance, InspectionStatus.RatingsPanel, Ready));
    }

    [Fact]
    public void Ratification_waits_for_every_rating_and_for_the_rater_to_be_content()
    {
        var facts = Ready with { StandardsWithoutRating = ["1.1 Leadership"], RatingProblems = ["the decision on 2.3 moves it two bands"] };
        var blocks = StageGates.Blocks(InspectionStatus.RatingsPanel, InspectionStatus.Drafting, facts);
        Assert.Equal(
            [
                "Standard 1.1 Leadership has no rating yet: the panel cannot ratify until every rated standard has one.",
                "The ratings cannot be ratified yet: the decision on 2.3 moves it two bands",
            ], blocks);
        Assert.Empty(StageGates.Blocks(InspectionStatus.RatingsPanel, InspectionStatus.Drafting, Ready));
    }

    [Fact]
    public void A_gate_looks_only_at_its_own_move()
    {
        var nothingReady = new StageFacts
        {
            CasesNotCompleted = [new("C-1", "In progress")], StandardsWithoutRating = ["1.1 Leadership"], RatingProblems = ["a problem"],
        };
        Assert.Empty(StageGates.Blocks(InspectionStatus.Fieldwork, InspectionStatus.QualityAssurance, nothingReady));
        Assert.Empty(StageGates.Blocks(InspectionStatus.Drafting, InspectionStatus.FactualAccuracy, nothingReady));
        Assert.Empty(StageGates.Blocks(InspectionStatus.FactualAccuracy, InspectionStatus.Published, nothingReady));
        Assert.Single(StageGates.Blocks(InspectionStatus.QualityAssurance, InspectionStatus.RatingsPanel, nothingReady));
    }

    [Fact]
    public void Moving_back_needs_a_reason_but_no_gate()
    {
        var empty = new StageFacts();
        Assert.Equal(["Moving back from ratings panel to quality assurance needs a reason, which the audit log keeps."],
            StageGates.Blocks(InspectionStatus.RatingsPanel, InspectionStatus.QualityAssurance, empty, "  "));
        Assert.Empty(StageGates.Blocks(InspectionStatus.RatingsPanel, InspectionStatus.QualityAssurance, empty, "case C-1 needs another look"));
        Assert.Empty(StageGates.Blocks(InspectionStatus.Fieldwork, InspectionStatus.Planned, empty, "dates moved"));
    }

    [Fact]
    public void An_inspection_moves_one_stage_at_a_time_and_never_after_publication()
    {
        Assert.Equal(["An inspection moves one stage at a time: from planned the next stage is fieldwork."],
            StageGates.Blocks(InspectionStatus.Planned, InspectionStatus.QualityAssurance, Ready));
        Assert.Equal(["An inspection moves one stage at a time: from drafting the next stage is factual accuracy (or back to ratings panel, with a reason)."],
            StageGates.Blocks(InspectionStatus.Drafting, InspectionStatus.Published, Ready));
        Assert.Equal(["The inspection is already at fieldwork."], StageGates.Blocks(InspectionStatus.Fieldwork, InspectionStatus.Fieldwork, Ready));
        Assert.Equal(["The inspection is published: its stage can no longer change."],
            StageGates.Blocks(InspectionStatus.Published, InspectionStatus.FactualAccuracy, Ready, "a typo"));
    }

    [Theory]
    [InlineData(InspectionStatus.QualityAssurance, false, false)]
    [InlineData(InspectionStatus.RatingsPanel, true, false)]
    [InlineData(InspectionStatus.Drafting, true, true)]
    [InlineData(InspectionStatus.FactualAccuracy, true, true)]
    [InlineData(InspectionStatus.Published, true, true)]
    public void Answers_freeze_at_the_panel_and_lock_at_ratification(InspectionStatus status, bool frozen, bool locked)
    {
        Assert.Equal(frozen, StageGates.FreezesCaseAnswers(status));
        Assert.Equal(locked, StageGates.LocksCaseData(status));
    }

    [Fact]
    public void Factual_accuracy_has_its_token_and_name()
    {
        Assert.Equal("factual-accuracy", InspectionStatus.FactualAccuracy.Token());
        Assert.Equal("Factual accuracy", InspectionStatus.FactualAccuracy.DisplayName());
        Assert.True(InspectionStatusNames.TryParse("factual-accuracy", out var parsed));
        Assert.Equal(InspectionStatus.FactualAccuracy, parsed);
    }
}
