namespace Probity.Data.Users;

/// <summary>What a user may do (the web app decides which pages each role sees).</summary>
public enum UserRole { Admin, LeadInspector, Inspector, RatingsPanelMember, Analyst, ProviderContact }

public static class UserRoleNames
{
    private static readonly string[] Tokens = ["admin", "lead-inspector", "inspector", "ratings-panel-member", "analyst", "provider-contact"];

    public static IReadOnlyList<string> AllTokens => Tokens;
    public static string Token(this UserRole r) => Tokens[(int)r];

    public static bool TryParse(string? token, out UserRole role)
    {
        var i = Array.IndexOf(Tokens, token);
        role = i < 0 ? default : (UserRole)i;
        return i >= 0;
    }
}

/// <summary>
/// A user. The password is only ever held as a hash string (the web app chooses the hashing); failed sign-ins and the
/// lock-out time support locking an account after repeated failures. A provider contact belongs to one provider.
/// </summary>
public sealed record UserAccount(
    long Id,
    string UserName,
    string DisplayName,
    IReadOnlySet<UserRole> Roles,
    string? PasswordHash,
    int FailedSignIns,
    DateTimeOffset? LockedUntil,
    long? ProviderId,
    int Version)
{
    /// <summary>An admin set the password: the user must choose their own before doing anything else.</summary>
    public bool MustChangePassword { get; init; }

    /// <summary>A disabled account cannot sign in, and its sessions have ended.</summary>
    public bool Disabled { get; init; }
}

public sealed record NewUser(string UserName, string DisplayName, IReadOnlyCollection<UserRole> Roles)
{
    public string? PasswordHash { get; init; }
    public long? ProviderId { get; init; }
}

/// <summary>A failed sign-in as counted: the account's failures now (null when no unlocked account has the name), and whether it locked it.</summary>
public sealed record FailedSignIn(int? Failures, bool LockedNow);
