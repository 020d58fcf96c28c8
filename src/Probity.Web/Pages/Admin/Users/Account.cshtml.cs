using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.Users;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Admin.Users;

/// <summary>
/// An admin manages one account: its roles, disabling or enabling it, and ending its sessions. Each change ends the
/// user's sessions (a role change, disabling) and is a security event.
/// </summary>
public sealed class AccountModel(UserStore users, SessionStore sessions, WebAppOptions options, IValidator<RolesForm> validator, ProbityLinks links) : ProbityPage
{
    public UserAccount Account { get; private set; } = null!;
    public IReadOnlyList<UserSession> Sessions { get; private set; } = [];
    public override string Title => $"Account of {Account.UserName}";
    public override string? BackLink => links.Users();

    [BindProperty] public RolesForm Form { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "saved")] public string? Saved { get; set; }

    public override async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await users.FindAsync(RouteData.Values["userName"] as string ?? "", ct) is not { } user) return NotFound();
        Account = user;
        Sessions = await sessions.ListOpenAsync(user.UserName, options.Sessions, ct);
        return null;
    }

    public void OnGet() => Form = new RolesForm { Roles = Account.Roles.Select(r => r.Token()).ToList(), Version = Account.Version };

    public async Task<IActionResult> OnPostRolesAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();
        var roles = Form.ChosenRoles;
        try
        {
            await users.UpdateAsync(Account.UserName, Account.DisplayName, roles, roles.Contains(UserRole.ProviderContact) ? Account.ProviderId : null, Form.Version, Me.Actor, Aborted);
        }
        catch (StoreException e)
        {
            Errors.AddRefusal(e, fieldId: "roles");
            return Page();
        }
        return Redirect(links.UserAccount(Account.UserName, "roles"));
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (Account.UserName == Me.UserName)
        {
            Errors.Add(null, "You cannot disable your own account: another admin can");
            OnGet();
            return Page();
        }
        await users.SetDisabledAsync(Account.UserName, true, Me.Actor, Aborted);
        return Redirect(links.UserAccount(Account.UserName, "disabled"));
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        await users.SetDisabledAsync(Account.UserName, false, Me.Actor, Aborted);
        return Redirect(links.UserAccount(Account.UserName, "enabled"));
    }

    public async Task<IActionResult> OnPostEndSessionsAsync()
    {
        await sessions.EndAllAsync(Account.UserName, Me.Actor, Aborted);
        return Redirect(links.UserAccount(Account.UserName, "sessions"));
    }

    public string? SavedMessage => Saved switch
    {
        "roles" => "The roles are saved, and the user is signed out: their new roles apply when they sign in again.",
        "disabled" => "The account is disabled: the user is signed out and cannot sign in.",
        "enabled" => "The account is enabled again.",
        "sessions" => "The user's sessions are ended: they must sign in again.",
        _ => null,
    };
}
