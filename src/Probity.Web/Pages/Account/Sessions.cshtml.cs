using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Probity.Data.Users;
using Probity.Web.Routing;
using Probity.Web.Security;

namespace Probity.Web.Pages.Account;

/// <summary>The user's own open sessions (where and when they signed in), any of which they can end.</summary>
public sealed class SessionsModel(SessionStore sessions, WebAppOptions options, ProbityLinks links) : ProbityPage
{
    public WebAppOptions Options => options;

    public override string Title => "Your sessions";
    public override string? BackLink => links.Home();

    public IReadOnlyList<UserSession> Sessions { get; private set; } = [];
    public string? ThisSession => User.FindFirstValue(SignInService.SessionClaim);
    [BindProperty(SupportsGet = true, Name = "done")] public string? Done { get; set; }
    [BindProperty(Name = "session")] public string? Session { get; set; }

    public async Task OnGetAsync() => Sessions = await sessions.ListOpenAsync(Me.UserName, options.Sessions, Aborted);

    public async Task<IActionResult> OnPostAsync()
    {
        var ended = Session is not null && await sessions.EndAsync(Me.UserName, Session, Me.Actor, Aborted);
        if (Session == ThisSession) return Redirect(links.SignIn());
        return Redirect(links.YourSessions(ended ? "ended" : "gone"));
    }

    public static string When(DateTimeOffset at) => at.ToUniversalTime().ToString("d MMMM yyyy, HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
