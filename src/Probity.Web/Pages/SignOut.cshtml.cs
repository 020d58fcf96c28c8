using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Probity.Web.Routing;

namespace Probity.Web.Pages;

public sealed class SignOutModel(ProbityLinks links) : ProbityPage
{
    public override string Title => "Signed out";

    public IActionResult OnGet() => Me.IsSignedIn ? Redirect(links.Home()) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect(links.SignOut());
    }
}
