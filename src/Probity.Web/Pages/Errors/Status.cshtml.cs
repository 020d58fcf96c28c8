using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Probity.Web.Security;

namespace Probity.Web.Pages.Errors;

/// <summary>The page for 403, 404 and 500 (and any other status): what happened and what to do, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : ProbityPage
{
    public int Code { get; private set; }

    public override string Title => Code switch
    {
        403 => "You do not have access to this page",
        404 => "Page not found",
        400 => "Your request could not be processed",
        _ => "Sorry, there is a problem with Probity",
    };

    public string Advice => Code switch
    {
        403 => Refusal.ReasonOf(HttpContext) ?? "Your role does not allow this. If you think it should, ask your lead inspector or an admin.",
        404 => "Check the address, or go back to your home page and follow the links from there.",
        400 => "The form may have expired (for example after signing in again in another tab). Go back, reload the page and try again: nothing was saved.",
        _ => "Try again later. Nothing you submitted in the failed request was saved.",
    };

    public IActionResult OnGet() => Handle();

    // Nothing is bound on a post: binding would read the refused request's body (a 403 for an upload is sent unread).
    public IActionResult OnPost() => Handle();

    private PageResult Handle()
    {
        var code = int.TryParse(RouteData.Values["code"] as string, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var c) ? c : 404;
        Code = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
        return Page();
    }
}
