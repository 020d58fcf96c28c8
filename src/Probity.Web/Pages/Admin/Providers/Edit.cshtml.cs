using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.Providers;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Admin.Providers;

/// <summary>An admin corrects or renames a provider; a save made after someone else's is refused, naming theirs.</summary>
public sealed class EditModel(ProviderStore providers, IValidator<ProviderForm> validator, ProbityLinks links) : ProbityPage
{
    private Provider? _provider;

    public override string Title => $"Change {_provider?.Name}";
    public override string? BackLink => links.Providers();

    [BindProperty] public ProviderForm Form { get; set; } = new();

    [FromRoute(Name = "providerId")] public long ProviderId { get; set; }

    public override async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        _provider = await providers.GetAsync(ProviderId, ct);
        return null;
    }

    public void OnGet() => Form = ProviderForm.From(_provider!);

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();
        try
        {
            var saved = await providers.UpdateAsync(ProviderId, Form.ToProvider(), Form.PreviousNameList(), Form.Version ?? -1, Me.Actor, Aborted);
            return Redirect(links.Providers(saved: saved.Name));
        }
        catch (StoreException e) when (e is ChangeRefusedException or EditConflictException)
        {
            Errors.AddRefusal(e, fieldId: "name");
            return Page();
        }
    }
}
