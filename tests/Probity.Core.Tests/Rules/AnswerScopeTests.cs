using Probity.Core.Datasets;
using Probity.Core.Ratings;
using Probity.Core.Rules;
using Probity.Core.Tests.Datasets;

namespace Probity.Core.Tests.Rules;

/// <summary>R2: an answer recorded on a case outside an item's population is never counted towards that item.</summary>
public class AnswerScopeTests
{
    [Fact]
    public void An_answer_outside_the_population_is_not_counted()
    {
        var dataset = Northumbria.Parse().Dataset!;
        var harm = dataset.Framework.Questions["2.1.3"];
        var lowRosh = dataset.Cases.Select((c, i) => (c, i)).First(x => x.c.Sample == "case-supervision" && !harm.Population.Contains(x.c)).i;
        var before = AnswerTallies.Count(dataset)["2.1.3"];

        var answers = dataset.Answers.Clone();
        answers[lowRosh, harm.Index] = Judgement.Yes;
        var stray = new InspectionDataset(dataset.Framework, dataset.Manifest, dataset.Cases, answers);

        Assert.Equal(before, AnswerTallies.Count(stray)["2.1.3"]);
        Assert.Equal((49, 85), (before.Yes, before.Answered)); // the published 58%
    }
}
