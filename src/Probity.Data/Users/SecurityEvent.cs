namespace Probity.Data.Users;

/// <summary>What happened to an account or a session, as the security events list names it.</summary>
public enum SecurityEventKind
{
    SignedIn, SignInFailed, LockedOut, SignedOut, SessionEnded, PasswordChanged, PasswordSetByAdmin, RolesChanged, Disabled, Enabled, Refused, Created,
}

public static class SecurityEventKinds
{
    private static readonly string[] Tokens =
    [
        "signed-in", "sign-in-failed", "locked-out", "signed-out", "session-ended", "password-changed", "password-set-by-admin", "roles-changed",
        "disabled", "enabled", "refused", "created",
    ];

    public static IReadOnlyList<string> AllTokens => Tokens;
    public static string Token(this SecurityEventKind kind) => Tokens[(int)kind];

    public static bool TryParse(string? token, out SecurityEventKind kind)
    {
        var i = Array.IndexOf(Tokens, token);
        kind = i < 0 ? default : (SecurityEventKind)i;
        return i >= 0;
    }
}

/// <summary>
/// One security event: when, who acted (for a sign-in attempt, the name tried), about which account, and what more is
/// known (the client's address, the page refused, why a session ended).
/// </summary>
public sealed record SecurityEvent(long Id, DateTimeOffset At, string Actor, SecurityEventKind Kind, string? UserName, string? Detail);

/// <summary>Which events the list shows: any of the filters may be left out; the newest <see cref="Limit"/> come back.</summary>
public sealed record SecurityEventFilter(string? UserName = null, SecurityEventKind? Kind = null, DateTimeOffset? From = null, DateTimeOffset? Before = null)
{
    public int Limit { get; init; } = 500;
}
