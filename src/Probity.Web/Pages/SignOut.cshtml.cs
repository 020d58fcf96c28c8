using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Probity.Data;

namespace Probity.Web.Pages;

public sealed class SignOutModel(ProbityStore store) : ProbityPage(store)
{
    public override string Title => "Signed out";

    public IActionResult OnGet() => Me.IsSignedIn ? Redirect("/") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return RedirectToPage();
    }
}
