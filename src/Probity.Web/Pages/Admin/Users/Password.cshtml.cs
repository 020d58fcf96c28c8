using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.Users;
using Probity.Web.Security;

namespace Probity.Web.Pages.Admin.Users;

/// <summary>An admin sets a new password, which also unlocks the account (and ends the user's current sessions).</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class PasswordModel(ProbityStore store, IPasswordHasher<UserAccount> hasher) : ProbityPage(store)
{
    public UserAccount Account { get; private set; } = null!;
    public override string Title => $"Set a password for {Account.UserName}";
    public override string? BackLink => "/admin/users";

    protected override async Task<IActionResult?> BeforeHandlerAsync()
    {
        var user = await Store.Users.FindAsync(RouteData.Values["userName"] as string ?? "");
        if (user is null) return NotFound();
        Account = user;
        return null;
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string? password, string? confirm)
    {
        if (UserForm.CheckPassword(password, confirm) is { } bad) Errors.Add("password", bad);
        if (Errors.Any) return Page();
        await Store.Users.SetPasswordHashAsync(Account.UserName, hasher.HashPassword(Account, password!), Me.Actor);
        return Redirect($"/admin/users?saved={Uri.EscapeDataString($"The password of {Account.UserName}")}");
    }
}
