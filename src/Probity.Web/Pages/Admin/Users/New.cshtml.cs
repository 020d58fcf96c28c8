using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.Providers;
using Probity.Data.Users;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Admin.Users;

/// <summary>An admin adds a user with their roles (a provider contact with their provider) and a first password.</summary>
public sealed class NewModel(UserStore users, ProviderStore providers, IPasswordHasher<UserAccount> hasher, IValidator<NewUserForm> validator, ProbityLinks links)
    : ProbityPage
{
    public override string Title => "Add a user";
    public override string? BackLink => links.Users();

    [BindProperty] public NewUserForm Form { get; set; } = new();
    public IReadOnlyList<(string, string)> ProviderOptions { get; private set; } = [];

    public async Task OnGetAsync() => await LoadProvidersAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadProvidersAsync();
        if (!validator.Check(Form, Errors)) return Page();

        var roles = Form.ChosenRoles;
        var user = new NewUser(Form.UserName!, Form.DisplayName!, roles) { ProviderId = roles.Contains(UserRole.ProviderContact) ? Form.Provider : null };
        try
        {
            var created = await users.CreateAsync(user, Me.Actor, Aborted);
            await users.SetPasswordHashAsync(created.UserName, hasher.HashPassword(created, Form.Password!), mustChange: true, Me.Actor, Aborted);
            return Redirect(links.Users(saved: created.UserName));
        }
        catch (ChangeRefusedException e)
        {
            Errors.AddAll(e.Reasons, "user-name");
            return Page();
        }
    }

    private async Task LoadProvidersAsync() =>
        ProviderOptions = [("", "None"), .. (await providers.ListAsync(Aborted)).Select(p => (p.Id.ToString(CultureInfo.InvariantCulture), p.Name))];
}
