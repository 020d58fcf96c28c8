using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.Providers;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Admin.Providers;

/// <summary>An admin adds a provider to inspect: its name, kind, region (a PDU's) and any names it had before.</summary>
public sealed class NewModel(ProviderStore providers, IValidator<ProviderForm> validator, ProbityLinks links) : ProbityPage
{
    public override string Title => "Add a provider";
    public override string? BackLink => links.Providers();

    [BindProperty] public ProviderForm Form { get; set; } = new();

    public void OnGet()
    {
        // An empty form.
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();
        try
        {
            var created = await providers.CreateAsync(Form.ToProvider(), Form.PreviousNameList(), Me.Actor, Aborted);
            return Redirect(links.Providers(saved: created.Name));
        }
        catch (ChangeRefusedException e)
        {
            Errors.AddAll(e.Reasons, "name");
            return Page();
        }
    }
}
