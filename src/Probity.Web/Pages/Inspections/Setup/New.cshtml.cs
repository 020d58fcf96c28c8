using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.Inspections;
using Probity.Data.Providers;
using Probity.Data.Teams;
using Probity.Data.Users;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Setup;

/// <summary>
/// A lead inspector (or admin) starts an inspection at the planned stage: the provider, framework version, reference,
/// fieldwork dates, programme year, the provider's previous inspection, and the team. Then its task list.
/// </summary>
public sealed class NewModel(InspectionStore inspections, InspectionTeamStore teams, ProviderStore providers, UserStore users,
    IValidator<InspectionForm> validator, ProbityLinks links) : ProbityPage
{
    public override string Title => "Start a new inspection";
    public override string? BackLink => links.Home();

    [BindProperty] public InspectionForm Form { get; set; } = new();

    public async Task OnGetAsync()
    {
        await LoadOptionsAsync();
        if (Me.Is(UserRole.LeadInspector)) Form.Lead = Me.UserName;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadOptionsAsync();
        if (!validator.Check(Form, Errors)) return Page();
        if ((await inspections.FindByReferenceAsync(Form.Reference!, Aborted)).Count > 0)
        {
            Errors.Add("reference", $"An inspection with the reference {Form.Reference} already exists: give this one a reference of its own");
            return Page();
        }
        try
        {
            var created = await inspections.CreateAsync(Form.ToInspection(), Me.Actor, Aborted);
            return Redirect(links.Inspection(created.Id));
        }
        catch (StoreException e) when (e is ChangeRefusedException or RecordNotFoundException)
        {
            if (e is ChangeRefusedException refused) Errors.AddAll(refused.Reasons);
            else Errors.Add("provider", "Select the provider to inspect");
            return Page();
        }
    }

    private async Task LoadOptionsAsync()
    {
        Form.Providers = await providers.ListAsync(Aborted);
        Form.Earlier = [.. (await teams.ListVisibleAsync(Me.UserName, Aborted))
            .OrderBy(i => i.ProviderName, StringComparer.Ordinal).ThenByDescending(i => i.FieldworkStart)];
        Form.Options = TeamOptions.From(await users.ListAsync(Aborted));
    }
}
