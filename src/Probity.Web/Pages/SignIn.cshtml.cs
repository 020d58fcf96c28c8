using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Web.Security;

namespace Probity.Web.Pages;

public sealed class SignInModel(ProbityStore store, SignInService signIn, WebAppOptions options) : ProbityPage(store)
{
    public override string Title => "Sign in";
    public int LockOutAfter => options.LockOutAfter;
    public int LockOutMinutes => (int)options.LockOutFor.TotalMinutes;

    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => Me.IsSignedIn ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName)) Errors.Add("user-name", "Enter your user name");
        if (string.IsNullOrEmpty(Password)) Errors.Add("password", "Enter your password");
        if (Errors.Any) return Page();

        var (outcome, lockedUntil) = await signIn.SignInAsync(HttpContext, UserName!, Password!);
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
        Password = null;
        return Page();
    }

    // Only a path on this site: a sign-in link must never send someone elsewhere.
    private string SafeReturnUrl => ReturnUrl is { } r && Url.IsLocalUrl(r) ? r : "/";
}
