using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Data;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>Records one responsible officer interview: the officer by reference (never a name), grade, caseload, and the questions asked.</summary>
public sealed class NewInterviewModel(ProbityStore store) : InspectionPage(store)
{
    public override string Title => $"Add an interview record";
    public override string? BackLink => $"{BasePath}/domain-one";

    public Dictionary<string, string> Values { get; } = [];

    public static IReadOnlyList<(string, string)> AnswerOptions { get; } = [("yes", "Yes"), ("no", "No"), ("", "Not asked")];

    protected override bool MaySee() => Me.MayManageInspection;

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        foreach (var (key, value) in Request.Form) Values[key] = value.ToString();
        var officer = Values.GetValueOrDefault("officer")?.Trim();
        if (string.IsNullOrEmpty(officer)) Errors.Add("officer", "Enter the officer's reference, for example RO-12 (never their name)");
        int? caseload = null;
        if (Values.GetValueOrDefault("caseload") is { Length: > 0 } c)
        {
            if (int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) caseload = n;
            else Errors.Add("caseload", "Caseload must be a whole number, like 45");
        }
        if (Errors.Any) return Page();
        var answers = InterviewQuestions.All
            .Where(q => Values.GetValueOrDefault(q.Column) is "yes" or "no")
            .ToDictionary(q => q.Column, q => Values[q.Column] == "yes");
        var interview = new OfficerInterview(officer!) { Grade = Values.GetValueOrDefault("grade")?.Trim() is { Length: > 0 } g ? g : null, Caseload = caseload, Answers = answers };
        try
        {
            await Store.DomainOne.SaveInterviewAsync(InspectionId, interview, null, Me.Actor);
            return Redirect($"{BasePath}/domain-one");
        }
        catch (StoreException e) when (e is EditConflictException or ChangeRefusedException)
        {
            Errors.Add("officer", e is EditConflictException ? $"There is already an interview with {officer}: {e.Message}" : e.Message);
            return Page();
        }
    }
}
