using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Core.Ratings;
using Probity.Data;
using Probity.Data.Cases;

namespace Probity.Web.Pages.Inspections.Cases;

/// <summary>
/// One standard of one case: yes / no / not applicable for each key question and prompt that applies, evidence notes, and
/// a good or poor practice example. "Save and continue" needs every answer on the page; "Save as draft" saves what is
/// there. Whatever happens (a missing answer, a refused change, someone else saving first), what was typed comes back.
/// </summary>
public sealed class SectionModel(ProbityStore store) : CasePage(store)
{
    public CaseSection Section { get; private set; } = null!;
    public override string Title => $"{Section.Standard.Id} {Section.Standard.Name}: case {CaseId}";
    public override string? BackLink => $"{BasePath}/cases";

    /// <summary>What the form shows: the stored answers, or exactly what was posted when the save did not go through.</summary>
    public Dictionary<string, string> Answers { get; } = [];
    public Dictionary<string, string> Notes { get; } = [];
    public string ExampleKind { get; private set; } = "none";
    public string ExampleText { get; private set; } = "";
    public int Version { get; private set; }
    public bool Saved { get; private set; }

    public AnswerField Field(Core.Frameworks.AnswerableItem item, string text) =>
        new(item, text, Answers.GetValueOrDefault(item.Id), Notes.GetValueOrDefault(item.Id), Errors.For(FieldId(item)));

    public string JudgementLabel(Core.Frameworks.AnswerableItem keyQuestion) => $"Key question judgement: {keyQuestion.KeyQuestion.HeadingTitle}";

    public CaseSection? Next => Sections.SkipWhile(s => s != Section).Skip(1).FirstOrDefault();

    protected override async Task<IActionResult?> BeforeHandlerAsync()
    {
        if (await base.BeforeHandlerAsync() is { } early) return early;
        var standard = RouteData.Values["standard"] as string;
        if (Sections.Count == 0) return Redirect($"{CasePath}/check");
        if (standard is null) return Redirect(SectionPath(Sections[0]));
        if (Sections.FirstOrDefault(s => s.Standard.Id == standard) is not { } section) return NotFound();
        Section = section;
        return null;
    }

    public IActionResult OnGet(bool saved = false)
    {
        if (!MayEdit) return Redirect($"{CasePath}/check");
        Saved = saved;
        ShowStored(Assessment);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string action, int version)
    {
        if (!MayEdit) return Forbid();
        ReadPosted(version);
        var draft = action == "draft";
        if (!draft) CheckComplete();
        if (Errors.Any) return Page();

        var updated = Merge(Assessment);
        try
        {
            await Store.Cases.SaveAsync(updated, Me.Actor);
        }
        catch (EditConflictException e)
        {
            Errors.Add(null, $"Your answers have not been saved: {e.Message}. They are still below. Save again to replace the other save with yours, or open the case again to see theirs.");
            Version = (await Store.Cases.LoadAsync(InspectionId, CaseId)).Version;
            return Page();
        }
        catch (ChangeRefusedException e)
        {
            Errors.AddAll(e.Reasons);
            return Page();
        }
        if (draft) return Redirect($"{SectionPath(Section)}?saved=true");
        return Redirect(Next is { } next ? SectionPath(next) : $"{CasePath}/check");
    }

    private void ShowStored(CaseAssessment a)
    {
        foreach (var item in Section.Items)
        {
            if (a.Answers.TryGetValue(item.Id, out var j)) Answers[item.Id] = j.Token();
            if (a.Notes.TryGetValue(item.Id, out var n)) Notes[item.Id] = n;
        }
        if (a.PracticeExamples.FirstOrDefault(e => e.Standard == Section.Standard.Id) is { } example)
        {
            ExampleKind = example.Kind == PracticeKind.Good ? "good" : "poor";
            ExampleText = example.Text;
        }
        Version = a.Version;
    }

    private void ReadPosted(int version)
    {
        foreach (var item in Section.Items)
        {
            if (Request.Form[$"answer[{item.Id}]"].ToString() is { Length: > 0 } answer) Answers[item.Id] = answer;
            if (Request.Form[$"note[{item.Id}]"].ToString() is { Length: > 0 } note) Notes[item.Id] = note;
        }
        ExampleKind = Request.Form["example-kind"].ToString() is "good" or "poor" ? Request.Form["example-kind"].ToString() : "none";
        ExampleText = Request.Form["example-text"].ToString();
        Version = version;
    }

    private void CheckComplete()
    {
        foreach (var item in Section.Items)
        {
            if (!Answers.TryGetValue(item.Id, out var a) || !JudgementNames.TryParse(a, out _))
                Errors.Add(FieldId(item), $"Select yes, no or not applicable for {item.Id}");
            else if (Notes.TryGetValue(item.Id, out var note) && string.IsNullOrWhiteSpace(note)) Notes.Remove(item.Id);
        }
        if (ExampleKind != "none" && string.IsNullOrWhiteSpace(ExampleText))
            Errors.Add("example-text", "Enter the practice example, or choose no example");
    }

    /// <summary>This section's answers over the stored case: the other standards' answers stay as they were saved.</summary>
    private CaseAssessment Merge(CaseAssessment stored)
    {
        var ids = Section.Items.Select(i => i.Id).ToHashSet();
        var answers = stored.Answers.Where(a => !ids.Contains(a.Key)).ToDictionary();
        foreach (var (id, token) in Answers)
            if (JudgementNames.TryParse(token, out var j)) answers[id] = j;
        var notes = stored.Notes.Where(n => !ids.Contains(n.Key)).ToDictionary();
        foreach (var (id, note) in Notes.Where(n => !string.IsNullOrWhiteSpace(n.Value))) notes[id] = note.Trim();
        var examples = stored.PracticeExamples.Where(e => e.Standard != Section.Standard.Id).ToList();
        if (ExampleKind != "none" && !string.IsNullOrWhiteSpace(ExampleText))
            examples.Add(new PracticeExample(CaseId, Section.Standard.Id, ExampleKind == "good" ? PracticeKind.Good : PracticeKind.Poor, ExampleText.Trim()));
        // Finished work stays finished while it stays whole; any gap puts the case back in progress.
        var whole = Core.Rules.ApplicableItems.Unanswered(Framework, stored.Case, answers).Count == 0;
        var status = stored.Status >= CaseAssessmentStatus.Completed && whole ? stored.Status : CaseAssessmentStatus.InProgress;
        return stored with { Answers = answers, Notes = notes, PracticeExamples = examples, Status = status, Version = Version };
    }
}
