using Microsoft.AspNetCore.Mvc;
using Probity.Data.Providers;
using Probity.Data.Users;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Admin.Users;

/// <summary>The admin's list of users: roles, provider, and whether the account is locked.</summary>
public sealed class IndexModel(UserStore users, ProviderStore providers, TimeProvider clock, ProbityLinks links) : ProbityPage
{
    public override string Title => "Users";
    public override string? BackLink => links.Home();

    public IReadOnlyList<UserAccount> Users { get; private set; } = [];
    public IReadOnlyDictionary<long, Provider> Providers { get; private set; } = new Dictionary<long, Provider>();
    [BindProperty(SupportsGet = true, Name = "saved")] public string? Saved { get; set; }

    /// <summary>Now, by the app's clock: an account is shown locked until then.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task OnGetAsync()
    {
        Users = await users.ListAsync(Aborted);
        Providers = (await providers.ListAsync(Aborted)).ToDictionary(p => p.Id);
    }

    public static string RoleName(UserRole r) => UserForm.RoleOptions.First(o => o.Item1 == r.Token()).Item2;
}
