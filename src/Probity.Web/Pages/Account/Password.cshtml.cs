using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Probity.Data.Users;
using Probity.Web.Forms;
using Probity.Web.Routing;
using Probity.Web.Security;

namespace Probity.Web.Pages.Account;

/// <summary>
/// Anyone changes their own password, knowing the current one. Their other sessions end; this one goes on. A user
/// whose password an admin set is sent here after signing in, and can open nothing else until they have changed it.
/// </summary>
public sealed class PasswordModel(UserStore users, SignInService signIn, PasswordHashing hasher, IValidator<ChangePasswordForm> validator, ProbityLinks links)
    : ProbityPage
{
    public override string Title => "Change your password";
    public override string? BackLink => MustChange ? null : links.Home();

    public bool MustChange => User.HasClaim(SignInService.MustChangePasswordClaim, "true");

    [BindProperty] public ChangePasswordForm Form { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "saved")] public bool Saved { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();
        var account = await users.FindAsync(Me.UserName, Aborted);
        if (account?.PasswordHash is null || hasher.VerifyHashedPassword(account, account.PasswordHash, Form.Current!) == PasswordVerificationResult.Failed)
        {
            Errors.Add("current", "Your current password is not right");
            return Page();
        }
        await users.SetPasswordHashAsync(account.UserName, hasher.HashPassword(account, Form.Password!), mustChange: false, Me.Actor, Aborted);
        // The change ended every session of the account, this one too: the user carries on in a new one.
        await signIn.StartSessionAsync(HttpContext, account, Aborted);
        return Redirect(links.ChangePassword() + "?saved=true");
    }
}
