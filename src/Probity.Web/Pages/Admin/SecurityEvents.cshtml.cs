using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data.Users;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Admin;

/// <summary>Sign-ins, failures, lock-outs, sign-outs, account changes and refused pages, newest first, with filters.</summary>
public sealed class SecurityEventsModel(SecurityEvents events, IValidator<SecurityEventsFilterForm> validator, ProbityLinks links) : ProbityPage
{
    public const int Shown = 500;

    public override string Title => "Security events";
    public override string? BackLink => links.Users();

    [BindProperty(SupportsGet = true)] public SecurityEventsFilterForm Form { get; set; } = new();
    public IReadOnlyList<SecurityEvent> Events { get; private set; } = [];

    public static IReadOnlyList<(string, string)> KindOptions { get; } =
        [("", "Any"), .. Enum.GetValues<SecurityEventKind>().Select(k => (k.Token(), KindName(k)))];

    public async Task OnGetAsync()
    {
        if (!validator.Check(Form, Errors)) return;
        Events = await events.ListAsync(Form.Filter() with { Limit = Shown }, Aborted);
    }

    public static string KindName(SecurityEventKind kind) => kind switch
    {
        SecurityEventKind.SignedIn => "Signed in",
        SecurityEventKind.SignInFailed => "Sign-in failed",
        SecurityEventKind.LockedOut => "Locked out",
        SecurityEventKind.SignedOut => "Signed out",
        SecurityEventKind.SessionEnded => "Session ended",
        SecurityEventKind.PasswordChanged => "Password changed",
        SecurityEventKind.PasswordSetByAdmin => "Password set by an admin",
        SecurityEventKind.RolesChanged => "Roles changed",
        SecurityEventKind.Disabled => "Account disabled",
        SecurityEventKind.Enabled => "Account enabled",
        SecurityEventKind.Refused => "Page refused",
        SecurityEventKind.Created => "Account created",
        _ => kind.ToString(),
    };
}
