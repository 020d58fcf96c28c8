using Probity.Core.Datasets;
using Probity.Core.Ratings;
using Probity.Core.Rules;
using Probity.Core.Tests.Datasets;

namespace Probity.Core.Tests.Rules;

/// <summary>The two things the web app asks of the rules: which questions a case's form shows, and the panel's one-case preview.</summary>
public sealed class CaseFormAndWhatIfTests
{
    private static readonly InspectionDataset Dataset = Northumbria.Parse().Dataset!;

    [Fact]
    public void A_low_rosh_case_is_not_asked_the_harm_sub_sample_questions_and_an_unpaid_work_case_only_its_own()
    {
        var harm = Dataset.Framework.Questions["2.1.3"].Population;
        var low = Dataset.Cases.First(c => c.Sample == "case-supervision" && !harm.Contains(c));
        var high = Dataset.Cases.First(c => harm.Contains(c));
        var unpaid = Dataset.Cases.First(c => c.Sample == "unpaid-work");

        var lowItems = ApplicableItems.For(Dataset.Framework, low).Select(i => i.Id).ToList();
        Assert.Contains("2.1.1", lowItems);
        Assert.DoesNotContain("2.1.3", lowItems);
        Assert.DoesNotContain(lowItems, id => id.StartsWith("2.1.3.", StringComparison.Ordinal));
        Assert.Contains("2.1.3", ApplicableItems.For(Dataset.Framework, high).Select(i => i.Id));
        Assert.All(ApplicableItems.For(Dataset.Framework, unpaid), i => Assert.StartsWith("4.1.", i.Id));
    }

    [Fact]
    public void Unanswered_lists_the_applicable_items_without_an_answer_in_framework_order()
    {
        var record = Dataset.Cases[0];
        var all = ApplicableItems.For(Dataset.Framework, record);
        var answers = all.Skip(2).ToDictionary(i => i.Id, _ => Judgement.NotApplicable);

        Assert.Equal(all.Take(2).Select(i => i.Id), ApplicableItems.Unanswered(Dataset.Framework, record, answers).Select(i => i.Id));
        Assert.Empty(ApplicableItems.Unanswered(Dataset.Framework, record, all.ToDictionary(i => i.Id, _ => Judgement.Yes)));
    }

    [Fact]
    public void One_case_judged_differently_on_2_1_3_moves_assessment_only_down_and_rates_everything_again()
    {
        // 2.1.3 is 49 of 85 (58%, Requires improvement): one more yes is 59%, one fewer 56%; neither crosses a boundary.
        var inputs = RatingInputs.From(Dataset);
        var more = OneCaseWhatIf.Rate(Dataset.Framework, inputs, "2.1.3", oneMoreYes: true)!;
        var fewer = OneCaseWhatIf.Rate(Dataset.Framework, inputs, "2.1.3", oneMoreYes: false)!;

        Assert.Equal(new Tally(50, 35), more.Items["2.1.3"]);
        Assert.Equal(new Tally(48, 37), fewer.Items["2.1.3"]);
        Assert.Equal(Rating.RequiresImprovement, more.Standard("2.1")!.Rating);
        Assert.Equal(InspectionRater.Rate(Dataset.Framework, inputs).Score, more.Score);
        Assert.Equal(new Tally(49, 36), inputs.Tallies["2.1.3"]); // the inputs themselves are left as they were
    }

    [Fact]
    public void One_more_yes_on_4_2_1_crosses_into_good_and_a_key_question_all_yes_cannot_gain_one()
    {
        // 4.2.1 is 7 of 11 (64%): 8 of 11 is 73%, Good — the one-case test that makes 4.2 eligible (R11c).
        var inputs = RatingInputs.From(Dataset) with { PanelDecisions = [] };
        Assert.Equal(Rating.Good, OneCaseWhatIf.Rate(Dataset.Framework, inputs, "4.2.1", oneMoreYes: true)!.Standard("4.2")!.Rating);

        var allYes = new Dictionary<string, Tally>(inputs.Tallies) { ["4.2.1"] = new Tally(11, 0) };
        Assert.Null(OneCaseWhatIf.Rate(Dataset.Framework, inputs with { Tallies = allYes }, "4.2.1", oneMoreYes: true));
        Assert.Null(OneCaseWhatIf.Rate(Dataset.Framework, inputs, "no-such-question", oneMoreYes: true));
    }
}
