using Microsoft.AspNetCore.Mvc;
using Probity.Web.Routing;

namespace Probity.Web.Pages;

public sealed class SignOutModel(Data.Users.SessionStore sessions, ProbityLinks links) : ProbityPage
{
    public override string Title => "Signed out";

    public IActionResult OnGet() => Me.IsSignedIn ? Redirect(links.Home()) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        await Security.SignInService.SignOutAsync(HttpContext, sessions, Aborted);
        return Redirect(links.SignOut());
    }
}
