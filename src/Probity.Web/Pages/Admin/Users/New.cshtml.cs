using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.Users;
using Probity.Web.Security;

namespace Probity.Web.Pages.Admin.Users;

/// <summary>An admin adds a user with their roles (a provider contact with their provider) and a first password.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class NewModel(ProbityStore store, IPasswordHasher<UserAccount> hasher) : ProbityPage(store)
{
    public override string Title => "Add a user";
    public override string? BackLink => "/admin/users";

    public Dictionary<string, string> Values { get; } = [];
    public IReadOnlySet<string> Roles { get; private set; } = new HashSet<string>();
    public IReadOnlyList<(string, string)> ProviderOptions { get; private set; } = [];

    public async Task OnGetAsync() => await LoadProvidersAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadProvidersAsync();
        foreach (var (key, value) in Request.Form.Where(f => f.Key != "roles")) Values[key] = value.ToString().Trim();
        Roles = Request.Form["roles"].OfType<string>().ToHashSet();
        var roles = Roles.Select(r => UserRoleNames.TryParse(r, out var role) ? role : (UserRole?)null).OfType<UserRole>().ToList();
        long? provider = long.TryParse(Values.GetValueOrDefault("provider"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
        if (string.IsNullOrEmpty(Values.GetValueOrDefault("user-name"))) Errors.Add("user-name", "Enter a user name, for example jo.smith");
        if (string.IsNullOrEmpty(Values.GetValueOrDefault("display-name"))) Errors.Add("display-name", "Enter the person's name as others should see it");
        if (roles.Count == 0) Errors.Add("roles", "Select at least one role");
        if (roles.Contains(UserRole.ProviderContact) && provider is null) Errors.Add("provider", "Select the provider a provider contact belongs to");
        if (UserForm.CheckPassword(Values.GetValueOrDefault("password"), Values.GetValueOrDefault("confirm")) is { } bad) Errors.Add("password", bad);
        if (Errors.Any) return Page();

        var user = new NewUser(Values["user-name"], Values["display-name"], roles) { ProviderId = roles.Contains(UserRole.ProviderContact) ? provider : null };
        try
        {
            var created = await Store.Users.CreateAsync(user, Me.Actor);
            await Store.Users.SetPasswordHashAsync(created.UserName, hasher.HashPassword(created, Values["password"]), Me.Actor);
            return Redirect($"/admin/users?saved={Uri.EscapeDataString(created.UserName)}");
        }
        catch (ChangeRefusedException e)
        {
            Errors.AddAll(e.Reasons, "user-name");
            return Page();
        }
    }

    private async Task LoadProvidersAsync() =>
        ProviderOptions = (await Store.Providers.ListAsync()).Select(p => (p.Id.ToString(CultureInfo.InvariantCulture), p.Name)).ToList();
}
