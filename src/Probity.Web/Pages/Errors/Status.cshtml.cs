using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Probity.Web.Security;

namespace Probity.Web.Pages.Errors;

/// <summary>The page for 403, 404 and 500 (and any other status): what happened and what to do, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(Data.Users.SecurityEvents events) : ProbityPage
{
    public int Code { get; private set; }

    public override string Title => Code switch
    {
        403 => "You do not have access to this page",
        429 => "Too many attempts",
        404 => "Page not found",
        400 => "Your request could not be processed",
        _ => "Sorry, there is a problem with Probity",
    };

    public string Advice => Code switch
    {
        403 => Refusal.ReasonOf(HttpContext) ?? "Your role does not allow this. If you think it should, ask your lead inspector or an admin.",
        404 => "Check the address, or go back to your home page and follow the links from there.",
        429 => "There have been too many sign-in attempts from your network. Wait a minute, then try again.",
        400 => "The form may have expired (for example after signing in again in another tab). Go back, reload the page and try again: nothing was saved.",
        _ => "Try again later. Nothing you submitted in the failed request was saved.",
    };

    public Task<PageResult> OnGetAsync() => HandleAsync();

    // Nothing is bound on a post: binding would read the refused request's body (a 403 for an upload is sent unread).
    public Task<PageResult> OnPostAsync() => HandleAsync();

    private async Task<PageResult> HandleAsync()
    {
        var code = int.TryParse(RouteData.Values["code"] as string, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var c) ? c : 404;
        Code = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
        // Every refusal is a security event: who was turned away from what. Only a re-executed 403 is one (the app's own
        // refusal), not someone opening the error page's address. Recorded even when the client has gone (not Aborted): a
        // prober that drops each refused request at once must still leave its trace.
        if (Code == 403 && HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is { } refused)
        {
            var who = Me.IsSignedIn ? Me.UserName : "anonymous";
            await events.RecordAsync(Data.Users.SecurityEventKind.Refused, new Data.Actor(who), Me.IsSignedIn ? Me.UserName : null,
                $"{Request.Method} {refused.OriginalPath}{refused.OriginalQueryString}", CancellationToken.None);
        }
        return Page();
    }
}
