using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Probity.Data.Users;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Admin.Users;

/// <summary>An admin sets a new password, which unlocks the account and ends its sessions; the user must change it when they next sign in.</summary>
public sealed class PasswordModel(UserStore users, IPasswordHasher<UserAccount> hasher, IValidator<PasswordForm> validator, ProbityLinks links) : ProbityPage
{
    public UserAccount Account { get; private set; } = null!;
    public override string Title => $"Set a password for {Account.UserName}";
    public override string? BackLink => links.Users();

    [BindProperty] public PasswordForm Form { get; set; } = new();

    public override async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await users.FindAsync(RouteData.Values["userName"] as string ?? "", ct) is not { } user) return NotFound();
        Account = user;
        return null;
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();
        await users.SetPasswordHashAsync(Account.UserName, hasher.HashPassword(Account, Form.Password!), mustChange: true, Me.Actor, Aborted);
        return Redirect(links.Users(saved: $"The password of {Account.UserName}"));
    }
}
