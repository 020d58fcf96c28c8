using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Cases;

/// <summary>
/// A case's sections, each with its progress, as a task list (Pages/Inspections/Cases/_SectionNav). Someone who may
/// change the case goes to the section's page; anyone else (the panel) to the section on the check page. The section
/// being shown is not a link.
/// </summary>
public sealed record SectionNav(long InspectionId, OpenCase Case, string? Current, bool MayEdit)
{
    public IEnumerable<TaskListItem> Items(ProbityLinks links) => Case.Sections.Select(s =>
    {
        var answered = s.Items.Count(i => Case.Assessment.Answers.ContainsKey(i.Id));
        var href = s.Standard.Id == Current ? null
            : MayEdit ? links.CaseSection(InspectionId, Case.CaseId, s.Standard.Id)
            : links.CaseCheck(InspectionId, Case.CaseId) + "#" + CheckAnchor(s);
        var hint = $"{answered} of {s.Items.Count()} questions answered" + (s.Standard.Id == Current ? " (this section)" : "");
        return new TaskListItem($"nav-{s.Standard.Id}", $"{s.Standard.Id} {s.Standard.Name}", href, hint,
            OpenCase.StatusText(s.Progress(Case.Assessment.Answers)));
    });

    /// <summary>The id of a section's answers on the check page.</summary>
    public static string CheckAnchor(CaseSection section) => $"section-{section.Standard.Id}";
}
