using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.Users;

namespace Probity.Web.Pages.Inspections.Cases;

/// <summary>A lead inspector gives a case to an inspector (or takes it back): only its holder may then work on it.</summary>
public sealed class AssignModel(ProbityStore store) : CasePage(store)
{
    public override string Title => $"Assign case {CaseId}";
    public override string? BackLink => $"{BasePath}/cases";

    public IReadOnlyList<(string, string)> Options { get; private set; } = [];
    public string? Selected { get; private set; }

    protected override bool MayOpen() => Me.MayManageInspection;

    public async Task OnGetAsync()
    {
        await LoadOptionsAsync();
        Selected = Assessment.AssignedTo ?? "";
    }

    public async Task<IActionResult> OnPostAsync(string? holder)
    {
        await LoadOptionsAsync();
        Selected = holder;
        if (holder is null || !Options.Any(o => o.Item1 == holder)) Errors.Add("holder", "Select who holds the case, or not assigned");
        if (Errors.Any) return Page();
        try
        {
            await Store.Cases.AssignAsync(InspectionId, CaseId, holder == "" ? null : holder, Me.Actor);
            return Redirect($"{BasePath}/cases");
        }
        catch (StoreException e) when (e is ChangeRefusedException or EditConflictException)
        {
            Errors.AddRefusal(e, fieldId: "holder");
            return Page();
        }
    }

    private async Task LoadOptionsAsync() =>
        Options = [.. (await Store.Users.ListAsync())
            .Where(u => u.Roles.Contains(UserRole.Inspector) || u.Roles.Contains(UserRole.LeadInspector))
            .Select(u => (u.UserName, $"{u.DisplayName} ({u.UserName})")), ("", "Not assigned")];
}
