using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Web.Forms;
using Probity.Web.Security;

namespace Probity.Web.Pages;

public sealed class SignInModel(SignInService signIn, IValidator<SignInForm> validator, WebAppOptions options) : ProbityPage
{
    public override string Title => "Sign in";
    public int LockOutAfter => options.LockOutAfter;
    public int LockOutMinutes => (int)options.LockOutFor.TotalMinutes;

    [BindProperty] public SignInForm Form { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => Me.IsSignedIn ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();

        var (outcome, lockedUntil) = await signIn.SignInAsync(HttpContext, Form.UserName!, Form.Password!, Aborted);
        switch (outcome)
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(SafeReturnUrl);
            case SignInOutcome.LockedOut:
                Errors.Add("user-name", $"This account is locked after too many failed sign-ins. Try again after {lockedUntil!.Value.ToUniversalTime():HH:mm} (UTC), or ask an admin");
                break;
            default:
                Errors.Add("user-name", "Enter a correct user name and password");
                break;
        }
        Form.Password = null;
        return Page();
    }

    // Only a path on this site: a sign-in link must never send someone elsewhere.
    private string SafeReturnUrl => ReturnUrl is { } r && Url.IsLocalUrl(r) ? r : "/";
}
