namespace Probity.Data.Users;

/// <summary>One signed-in session: the cookie carries only its <see cref="Id"/>.</summary>
public sealed record UserSession(string Id, string UserName, DateTimeOffset Created, DateTimeOffset LastSeen, string? ClientAddress, string? UserAgent);

/// <summary>How long a session may stay unused, and how long it may last at all.</summary>
public sealed record SessionLimits(TimeSpan Idle, TimeSpan Absolute)
{
    public static SessionLimits Default { get; } = new(TimeSpan.FromMinutes(30), TimeSpan.FromHours(12));
}

/// <summary>Why a session ended, as kept in <c>user_sessions.ended_why</c>.</summary>
public static class SessionEnd
{
    public const string SignedOut = "signed-out";
    public const string PasswordChanged = "password-changed";
    public const string Disabled = "disabled";
    public const string RolesChanged = "roles-changed";
    public const string EndedByAdmin = "ended-by-admin";
    public const string EndedByUser = "ended-by-user";
    public const string Idle = "idle";
    public const string Expired = "expired";
}
