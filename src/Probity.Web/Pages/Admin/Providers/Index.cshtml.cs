using Microsoft.AspNetCore.Mvc;
using Probity.Data.Providers;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Admin.Providers;

/// <summary>The providers an inspection can be of: an admin adds and changes them here.</summary>
public sealed class IndexModel(ProviderStore providers, ProbityLinks links) : ProbityPage
{
    public override string Title => "Providers";
    public override string? BackLink => links.Home();

    public IReadOnlyList<Provider> Providers { get; private set; } = [];
    [BindProperty(SupportsGet = true, Name = "saved")] public string? Saved { get; set; }

    public async Task OnGetAsync() => Providers = await providers.ListAsync(Aborted);

    public static string TypeName(Core.Datasets.ProviderType type) => ProviderForm.TypeOptions.First(o => o.Item1 == type.ToString()).Item2;
}
