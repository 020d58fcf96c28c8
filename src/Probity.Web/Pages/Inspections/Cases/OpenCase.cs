using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Rules;
using Probity.Data.Cases;

namespace Probity.Web.Pages.Inspections.Cases;

/// <summary>One standard's key questions (and their prompts) that apply to a case.</summary>
public sealed record CaseSection(Standard Standard, IReadOnlyList<(AnswerableItem KeyQuestion, IReadOnlyList<AnswerableItem> Prompts)> KeyQuestions)
{
    public IEnumerable<AnswerableItem> Items => KeyQuestions.SelectMany(k => k.Prompts.Prepend(k.KeyQuestion));

    /// <summary>Not started (nothing answered), completed (every question here answered) or in progress.</summary>
    public CaseAssessmentStatus Progress(IReadOnlyDictionary<string, Judgement> answers)
    {
        var answered = Items.Count(i => answers.ContainsKey(i.Id));
        return answered == 0 ? CaseAssessmentStatus.NotStarted
            : answered == Items.Count() ? CaseAssessmentStatus.Completed
            : CaseAssessmentStatus.InProgress;
    }
}

/// <summary>
/// The case a request under <c>/inspections/{id}/cases/{caseId}</c> is about, and the questions that apply to it (Core
/// decides): loaded by <see cref="CaseFilter"/>, which has checked the user may open it.
/// </summary>
public sealed class OpenCase
{
    public CaseAssessment Assessment { get; set; } = null!;
    public IReadOnlyList<CaseSection> Sections { get; private set; } = [];
    public string CaseId => Assessment.CaseId;

    public void Open(CaseAssessment assessment, FrameworkVersion framework)
    {
        Assessment = assessment;
        var applicable = ApplicableItems.For(framework, assessment.Case);
        var ids = applicable.Select(i => i.Id).ToHashSet();
        Sections = framework.Standards
            .Select(s => new CaseSection(s, s.KeyQuestions.Where(k => ids.Contains(k.Id))
                .Select(k => (applicable.First(i => i.Id == k.Id), (IReadOnlyList<AnswerableItem>)applicable.Where(i => i.Prompt?.KeyQuestion == k).ToList()))
                .ToList()))
            .Where(s => s.KeyQuestions.Count > 0)
            .ToList();
    }

    public static string FieldId(AnswerableItem item) => FieldId(item.Id);

    /// <summary>The id of a question's first radio, which the error summary links to.</summary>
    public static string FieldId(string question) => $"answer-{question}";

    /// <summary>What the inspector is asked: a prompt's own words, or the key question's judgement.</summary>
    public static string QuestionText(AnswerableItem item) =>
        item.Prompt is { } prompt ? prompt.Text : $"Key question judgement: {item.KeyQuestion.HeadingTitle}";

    public static string AnswerText(Judgement j) => j switch
    {
        Judgement.Yes => "Yes",
        Judgement.No => "No",
        Judgement.NotApplicable => "Not applicable",
        _ => "Not answered",
    };

    public static string StatusText(CaseAssessmentStatus s) => s switch
    {
        CaseAssessmentStatus.NotStarted => "Not started",
        CaseAssessmentStatus.InProgress => "In progress",
        CaseAssessmentStatus.Completed => "Completed",
        _ => "Quality-assured",
    };

    public static string StatusTag(CaseAssessmentStatus s) => s switch
    {
        CaseAssessmentStatus.NotStarted => "govuk-tag govuk-tag--grey",
        CaseAssessmentStatus.InProgress => "govuk-tag govuk-tag--light-blue",
        CaseAssessmentStatus.Completed => "govuk-tag govuk-tag--green",
        _ => "govuk-tag govuk-tag--purple",
    };
}
