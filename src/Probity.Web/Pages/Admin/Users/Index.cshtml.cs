using Microsoft.AspNetCore.Authorization;
using Probity.Data;
using Probity.Data.Providers;
using Probity.Data.Users;
using Probity.Web.Security;

namespace Probity.Web.Pages.Admin.Users;

/// <summary>The admin's list of users: roles, provider, and whether the account is locked.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(ProbityStore store) : ProbityPage(store)
{
    public override string Title => "Users";
    public override string? BackLink => "/";

    public IReadOnlyList<UserAccount> Users { get; private set; } = [];
    public IReadOnlyDictionary<long, Provider> Providers { get; private set; } = new Dictionary<long, Provider>();
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "saved")] public string? Saved { get; set; }

    public async Task OnGetAsync()
    {
        Users = await Store.Users.ListAsync();
        Providers = (await Store.Providers.ListAsync()).ToDictionary(p => p.Id);
    }

    public static string RoleName(UserRole r) => UserForm.RoleOptions.First(o => o.Item1 == r.Token()).Item2;
}
