using Microsoft.AspNetCore.Mvc;
using Probity.Core.Frameworks;
using Probity.Core.Rules;
using Probity.Data;
using Probity.Data.Cases;

namespace Probity.Web.Pages.Inspections.Cases;

/// <summary>One standard's key questions (and their prompts) that apply to a case.</summary>
public sealed record CaseSection(Standard Standard, IReadOnlyList<(AnswerableItem KeyQuestion, IReadOnlyList<AnswerableItem> Prompts)> KeyQuestions)
{
    public IEnumerable<AnswerableItem> Items => KeyQuestions.SelectMany(k => k.Prompts.Prepend(k.KeyQuestion));
}

/// <summary>
/// A page about one case (<c>/inspections/{id}/cases/{caseId}/…</c>): loads the assessment and the questions that apply to
/// it (Core decides), and refuses with 403 anyone who may not open it — an inspector opening a case assigned to someone
/// else included: the team's case list names every case and its holder, so a 404 would hide nothing and explain less.
/// </summary>
public abstract class CasePage(ProbityStore store) : InspectionPage(store)
{
    public CaseAssessment Assessment { get; protected set; } = null!;
    public IReadOnlyList<CaseSection> Sections { get; private set; } = [];
    public string CaseId => Assessment.CaseId;
    public string CasePath => $"{BasePath}/cases/{Uri.EscapeDataString(CaseId)}";
    public bool MayEdit => Me.MayEditCase(Assessment.AssignedTo) && !Inspection.CaseDataLocked;

    protected override async Task<IActionResult?> BeforeHandlerAsync()
    {
        if (await base.BeforeHandlerAsync() is { } early) return early;
        try
        {
            Assessment = await Store.Cases.LoadAsync(InspectionId, RouteData.Values["caseId"] as string ?? "");
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }
        if (!MayOpen()) return Forbid();
        Sections = SectionsFor(Framework, ApplicableItems.For(Framework, Assessment.Case));
        return null;
    }

    /// <summary>The case's holder, lead inspectors and admins; read-only pages also let the ratings panel in.</summary>
    protected virtual bool MayOpen() => Me.MayEditCase(Assessment.AssignedTo);

    private static List<CaseSection> SectionsFor(FrameworkVersion framework, IReadOnlyList<AnswerableItem> applicable)
    {
        var ids = applicable.Select(i => i.Id).ToHashSet();
        return framework.Standards
            .Select(s => new CaseSection(s, s.KeyQuestions.Where(k => ids.Contains(k.Id))
                .Select(k => (applicable.First(i => i.Id == k.Id), (IReadOnlyList<AnswerableItem>)applicable.Where(i => i.Prompt?.KeyQuestion == k).ToList()))
                .ToList()))
            .Where(s => s.KeyQuestions.Count > 0)
            .ToList();
    }

    public string SectionPath(CaseSection section) => $"{CasePath}/{section.Standard.Id}";

    public static string FieldId(AnswerableItem item) => $"answer-{item.Id}";

    public static string AnswerText(Core.Ratings.Judgement j) => j switch
    {
        Core.Ratings.Judgement.Yes => "Yes",
        Core.Ratings.Judgement.No => "No",
        Core.Ratings.Judgement.NotApplicable => "Not applicable",
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
