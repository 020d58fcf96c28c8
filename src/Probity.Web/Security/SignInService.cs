using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Identity;
using Probity.Data;
using Probity.Data.Users;

namespace Probity.Web.Security;

public enum SignInOutcome { SignedIn, WrongNameOrPassword, LockedOut }

/// <summary>
/// Checks a user name and password against the stored hash (ASP.NET Core's <see cref="PasswordHasher{TUser}"/>), counts
/// failures and locks the account after too many, and issues the session cookie.
/// </summary>
public sealed class SignInService(UserStore users, IPasswordHasher<UserAccount> hasher, WebAppOptions options, TimeProvider clock)
{
    // Hashed once so that an unknown user name costs as much as a known one: timing must not reveal which names exist.
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<UserAccount>().HashPassword(null!, "not a password"));

    public async Task<(SignInOutcome Outcome, DateTimeOffset? LockedUntil)> SignInAsync(HttpContext http, string userName, string password, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var user = await users.FindAsync(userName.Trim(), ct);
        if (user?.PasswordHash is null)
        {
            hasher.VerifyHashedPassword(null!, DummyHash.Value, password);
            return (SignInOutcome.WrongNameOrPassword, null);
        }
        if (user.LockedUntil is { } until && until > now) return (SignInOutcome.LockedOut, until);

        var check = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (check == PasswordVerificationResult.Failed)
        {
            var after = await users.RecordFailedSignInAsync(user.UserName, options.LockOutAfter, options.LockOutFor, ct);
            return after.LockedUntil is { } locked && locked > now ? (SignInOutcome.LockedOut, locked) : (SignInOutcome.WrongNameOrPassword, null);
        }
        if (check == PasswordVerificationResult.SuccessRehashNeeded)
            await users.SetPasswordHashAsync(user.UserName, hasher.HashPassword(user, password), new Actor(user.UserName), ct);
        await users.RecordSignInAsync(user.UserName, ct);
        user = await users.FindAsync(user.UserName, ct) ?? user; // as saved now (a rehash changes its version)

        var identity = new ClaimsIdentity(CurrentUser.ClaimsOf(user), CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return (SignInOutcome.SignedIn, null);
    }

    /// <summary>
    /// On every request: the session holds only while its user exists unchanged, so a change of roles or provider (or a
    /// new password) takes effect at once instead of when the cookie expires.
    /// </summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal!;
        var users = context.HttpContext.RequestServices.GetRequiredService<UserStore>();
        var user = principal.Identity?.Name is { } name ? await users.FindAsync(name, context.HttpContext.RequestAborted) : null;
        if (user is not null && principal.FindFirstValue(CurrentUser.VersionClaim) == user.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
