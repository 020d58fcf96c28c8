using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Data;
using Probity.Data.Cases;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Cases;

/// <summary>
/// One standard of one case: yes / no / not applicable for each key question and prompt that applies, evidence notes, and
/// a good or poor practice example. "Save and continue" needs every answer on the page; "Save as draft" saves what is
/// there. Whatever happens (a missing answer, a refused change, someone else saving first), what was typed comes back.
/// </summary>
public sealed class SectionModel(OpenInspection inspection, OpenCase openCase, CaseAssessmentStore cases, IValidator<SectionForm> validator,
    ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public OpenCase Case => openCase;
    public CaseSection Section { get; private set; } = null!;
    public override string Title => $"{Section.Standard.Id} {Section.Standard.Name}: case {openCase.CaseId}";
    public override string? BackLink => links.Cases(inspection.Id);

    public bool MayEdit => Me.MayEditCase(openCase.Assessment.AssignedTo) && !inspection.Summary.CaseDataLocked;

    /// <summary>What the form shows: the stored answers, or exactly what was posted when the save did not go through.</summary>
    [BindProperty] public SectionForm Form { get; set; } = new();
    public bool Saved { get; private set; }

    public AnswerField Field(AnswerableItem item, string text) =>
        new(item, text, Form.AnswerText(item.Id), Form.NoteText(item.Id), Errors.For(OpenCase.FieldId(item)));

    public CaseSection? Next => openCase.Sections.SkipWhile(s => s != Section).Skip(1).FirstOrDefault();

    public override Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var standard = RouteData.Values["standard"] as string;
        IActionResult? early =
            openCase.Sections.Count == 0 ? Redirect(links.CaseCheck(inspection.Id, openCase.CaseId))
            : standard is null ? Redirect(links.CaseSection(inspection.Id, openCase.CaseId, openCase.Sections[0].Standard.Id))
            : openCase.Sections.FirstOrDefault(s => s.Standard.Id == standard) is not { } section ? NotFound()
            : null;
        if (early is null) Section = openCase.Sections.First(s => s.Standard.Id == standard);
        Form.Questions = early is null ? Section.Items.Select(i => i.Id).ToList() : [];
        return Task.FromResult(early);
    }

    public IActionResult OnGet(bool saved = false)
    {
        if (!MayEdit) return Redirect(links.CaseCheck(inspection.Id, openCase.CaseId));
        Saved = saved;
        ShowStored(openCase.Assessment);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!MayEdit) return Forbid();
        if (!validator.Check(Form, Errors)) return Page();

        try
        {
            await cases.SaveAsync(Merge(openCase.Assessment), Me.Actor, Aborted);
        }
        catch (EditConflictException e)
        {
            Errors.Add(null, $"Your answers have not been saved: {e.Message}. They are still below. Save again to replace the other save with yours, or open the case again to see theirs.");
            Form.Version = (await cases.LoadAsync(inspection.Id, openCase.CaseId, Aborted)).Version;
            return Page();
        }
        catch (ChangeRefusedException e)
        {
            Errors.AddAll(e.Reasons);
            return Page();
        }
        if (Form.IsDraft) return Redirect(links.CaseSection(inspection.Id, openCase.CaseId, Section.Standard.Id, saved: true));
        return Redirect(Next is { } next ? links.CaseSection(inspection.Id, openCase.CaseId, next.Standard.Id) : links.CaseCheck(inspection.Id, openCase.CaseId));
    }

    private void ShowStored(CaseAssessment a)
    {
        foreach (var item in Section.Items)
        {
            if (a.Answers.TryGetValue(item.Id, out var j)) Form.Answers[item.Id] = j.Token();
            if (a.Notes.TryGetValue(item.Id, out var n)) Form.Notes[item.Id] = n;
        }
        if (a.PracticeExamples.FirstOrDefault(e => e.Standard == Section.Standard.Id) is { } example)
        {
            Form.ExampleKind = example.Kind == PracticeKind.Good ? "good" : "poor";
            Form.ExampleText = example.Text;
        }
        Form.Version = a.Version;
    }

    /// <summary>This section's answers over the stored case: the other standards' answers stay as they were saved.</summary>
    private CaseAssessment Merge(CaseAssessment stored)
    {
        var ids = Form.Questions.ToHashSet();
        var answers = stored.Answers.Where(a => !ids.Contains(a.Key)).ToDictionary();
        foreach (var id in Form.Questions)
            if (Form.AnswerTo(id) is { } j) answers[id] = j;
        var notes = stored.Notes.Where(n => !ids.Contains(n.Key)).ToDictionary();
        foreach (var id in Form.Questions)
            if (Form.NoteText(id) is { } note && !string.IsNullOrWhiteSpace(note)) notes[id] = note.Trim();
        var examples = stored.PracticeExamples.Where(e => e.Standard != Section.Standard.Id).ToList();
        if (Form.Example is { } kind && !string.IsNullOrWhiteSpace(Form.ExampleText))
            examples.Add(new PracticeExample(openCase.CaseId, Section.Standard.Id, kind, Form.ExampleText.Trim()));
        // Finished work stays finished while it stays whole; any gap puts the case back in progress.
        var whole = Core.Rules.ApplicableItems.Unanswered(inspection.Framework, stored.Case, answers).Count == 0;
        var status = stored.Status >= CaseAssessmentStatus.Completed && whole ? stored.Status : CaseAssessmentStatus.InProgress;
        return stored with { Answers = answers, Notes = notes, PracticeExamples = examples, Status = status, Version = Form.Version };
    }
}
