using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Web.Forms;
using Probity.Web.Security;

namespace Probity.Web.Pages;

public sealed class SignInModel(SignInService signIn, IValidator<SignInForm> validator, WebAppOptions options, Routing.ProbityLinks links) : ProbityPage
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

        switch (await signIn.SignInAsync(HttpContext, Form.UserName!, Form.Password!, Aborted))
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(SafeReturnUrl);
            case SignInOutcome.MustChangePassword:
                return Redirect(links.ChangePassword());
            default:
                // One answer for an unknown name, a wrong password, a locked or disabled account: it must not tell which.
                Errors.Add("user-name", "Enter a correct user name and password");
                break;
        }
        Form.Password = null;
        return Page();
    }

    // Only a path on this site: a sign-in link must never send someone elsewhere.
    private string SafeReturnUrl => ReturnUrl is { } r && Url.IsLocalUrl(r) ? r : "/";
}
