using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Rules;

namespace Probity.Core.Tests.Rules;

/// <summary>What the rater tells the inspector when inputs are incomplete or wrong, and what each key-question row carries.</summary>
public class RatingWarningsTests
{
    private static readonly FrameworkVersion F2019 = FrameworkCatalog.Get("hmip-crc-2019");
    private static readonly FrameworkVersion Unrated = FrameworkCatalog.Get("hmip-qi-2017");

    private static readonly Dictionary<string, Rating> DomainOneGood =
        new() { ["1.1"] = Rating.Good, ["1.2"] = Rating.Good, ["1.3"] = Rating.Good, ["1.4"] = Rating.Good };

    private static Dictionary<string, Tally> AllKeyQuestionsAt(FrameworkVersion f, Tally tally) =>
        f.Questions.Items.Where(i => i.IsKeyQuestion).ToDictionary(i => i.Id, _ => tally);

    [Fact]
    public void A_complete_inspection_has_an_overall_rating_and_no_warning_about_it()
    {
        var r = InspectionRater.Rate(F2019, new RatingInputs { Tallies = AllKeyQuestionsAt(F2019, new Tally(70, 30)), DomainOneRatings = DomainOneGood });
        Assert.Equal(20, r.Score);
        Assert.Equal(Rating.Good, r.OverallRating);
        Assert.Empty(r.Warnings);
        Assert.Empty(r.Problems);
        Assert.All(r.Standards, s => Assert.Equal(StandardStatus.Rated, s.Status));
    }

    [Fact] // R17: the warning names every standard without a rating, and only those
    public void No_overall_rating_names_the_standards_without_one()
    {
        var tallies = AllKeyQuestionsAt(F2019, new Tally(70, 30));
        foreach (var id in new[] { "2.3.1", "2.3.2", "2.3.3" }) tallies.Remove(id);
        var r = InspectionRater.Rate(F2019, new RatingInputs
        {
            Tallies = tallies,
            DomainOneRatings = new Dictionary<string, Rating> { ["1.1"] = Rating.Good, ["1.2"] = Rating.Good, ["1.4"] = Rating.Good },
        });
        Assert.Null(r.Score);
        Assert.Null(r.OverallRating);
        Assert.Contains("no overall rating: 1.3 has no rating; 2.3 has no rating", r.Warnings);
        Assert.Contains("standard 1.3 Services has no ratified judgement rating yet", r.Warnings);
        Assert.Contains("standard 2.3 has no rating: none of its rated key questions has a value (R8)", r.Warnings);
        Assert.Equal(StandardStatus.NoRating, r.Standard("1.3")!.Status);
        Assert.Equal(StandardStatus.NoRating, r.Standard("2.3")!.Status);
        Assert.Equal(StandardStatus.Rated, r.Standard("2.2")!.Status);
        Assert.DoesNotContain(r.Warnings, w => w.Contains("2.2", StringComparison.Ordinal));
    }

    [Fact]
    public void Marking_something_that_is_not_a_standard_as_not_inspected_is_a_problem()
    {
        var r = InspectionRater.Rate(F2019, new RatingInputs { Tallies = new Dictionary<string, Tally>(), NotInspected = ["9.9", "4.2"] });
        var problem = Assert.Single(r.Problems);
        Assert.Equal("\"9.9\" is marked not inspected but is not a standard of hmip-crc-2019", problem.Message);
        Assert.Null(problem.DecisionIndex);
    }

    [Fact] // a framework without rating rules rates nothing, and a panel decision there has nothing to move
    public void An_unrated_framework_rates_nothing()
    {
        var standard = Unrated.Standards.First(s => s.KeyQuestions.Any(k => k.IsAnsweredPerCase));
        var keyQuestion = standard.KeyQuestions.First(k => k.IsAnsweredPerCase);
        var r = InspectionRater.Rate(Unrated, new RatingInputs
        {
            Tallies = new Dictionary<string, Tally> { [keyQuestion.Id] = new(9, 1) },
            PanelDecisions = [new PanelDecision(standard.Id, PanelMove.Up, DecisionBasis.Discretion, "Strong practice.")],
        });
        Assert.Equal("hmip-qi-2017 has no ratings, so there is nothing for a panel decision to move", Assert.Single(r.Problems).Message);
        Assert.All(r.Standards, s => Assert.Equal(StandardStatus.Unrated, s.Status));
        Assert.Null(r.Score);
        Assert.Null(r.OverallRating);
        var row = r.KeyQuestion(keyQuestion.Id)!;
        Assert.Equal(90, row.Percent); // counted, shown, never banded
        Assert.Null(row.Band);
        Assert.False(row.IsLowest);
    }

    [Fact] // each rated key question carries its band; judgement and qualitative-only questions carry no tally
    public void Key_question_rows()
    {
        var r = InspectionRater.Rate(F2019, new RatingInputs
        {
            Tallies = new Dictionary<string, Tally> { ["2.1.1"] = new(72, 25), ["2.1.2"] = new(78, 19), ["2.1.3"] = new(49, 36), ["1.1.1"] = new(5, 5), ["4.1.3"] = new(3, 1) },
        });
        Assert.Equal(Rating.Good, r.KeyQuestion("2.1.1")!.Band);        // 74
        Assert.Equal(Rating.Outstanding, r.KeyQuestion("2.1.2")!.Band); // 80
        Assert.Equal(Rating.RequiresImprovement, r.KeyQuestion("2.1.3")!.Band);
        Assert.True(r.KeyQuestion("2.1.3")!.IsLowest);
        Assert.False(r.KeyQuestion("2.1.1")!.IsLowest);
        Assert.Null(r.KeyQuestion("1.1.1")!.Tally);
        Assert.Null(r.KeyQuestion("1.1.1")!.Band);
        Assert.Null(r.KeyQuestion("4.1.3")!.Tally);
        Assert.Null(r.KeyQuestion("4.2.1")!.Band); // no answers
    }

    [Fact]
    public void Looking_up_what_is_not_there_gives_nothing()
    {
        var r = InspectionRater.Rate(F2019, new RatingInputs { Tallies = new Dictionary<string, Tally>() });
        Assert.Null(r.Standard("9.9"));
        Assert.Null(r.KeyQuestion("9.9.9"));
        Assert.NotNull(r.Standard("2.1"));
    }

    [Fact] // R17: only inspected standards count towards the maximum, and a missing rating leaves the score unknown
    public void Score_and_maximum()
    {
        var rules = F2019.RatingRules!;
        Assert.Equal(((int?)0, 0), OverallRating.Score([], rules));
        Assert.Equal(((int?)5, 6), OverallRating.Score([Rating.Outstanding, Rating.Good], rules));
        Assert.Equal(((int?)null, 6), OverallRating.Score([Rating.Outstanding, null], rules));
    }
}
