using Probity.Core.Datasets;
using Probity.Core.Frameworks;

namespace Probity.Core.Rules;

/// <summary>The key questions and prompts one case is asked, in framework order: what an inspector's case form shows.</summary>
public static class ApplicableItems
{
    // R2–R3: a case answers an item only inside the item's population (and a prompt's stated case-attribute condition).
    public static IReadOnlyList<AnswerableItem> For(FrameworkVersion framework, CaseRecord record) =>
        framework.Questions.Items.Where(i => AnswerTallies.ScopeOf(i).Contains(record)).ToList();

    /// <summary>The applicable items the case has no answer to yet (yes, no and na all count as answered).</summary>
    public static IReadOnlyList<AnswerableItem> Unanswered(FrameworkVersion framework, CaseRecord record, IReadOnlyDictionary<string, Ratings.Judgement> answers) =>
        For(framework, record).Where(i => answers.GetValueOrDefault(i.Id) == Ratings.Judgement.NotRecorded).ToList();
}
