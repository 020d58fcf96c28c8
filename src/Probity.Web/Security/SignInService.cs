using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Probity.Data.Users;

namespace Probity.Web.Security;

public enum SignInOutcome { SignedIn, MustChangePassword, Refused }

/// <summary>
/// Checks a user name and password, and starts a session kept in the database whose id is all the cookie carries. An
/// unknown name, a disabled or locked account and a wrong password get the same answer after the same work: one
/// password hash checked, one failure counted and recorded in one write.
/// </summary>
public sealed class SignInService(UserStore users, SessionStore sessions, PasswordHashing hasher, WebAppOptions options, TimeProvider clock)
{
    public const string SessionClaim = "probity:session";
    public const string MustChangePasswordClaim = "probity:must-change-password";

    public async Task<SignInOutcome> SignInAsync(HttpContext http, string userName, string password, CancellationToken ct)
    {
        var name = userName.Trim();
        var user = await users.FindAsync(name, ct);
        var usable = user is { PasswordHash: not null, Disabled: false } && !(user.LockedUntil > clock.GetUtcNow());
        var check = hasher.VerifyHashedPassword(user!, usable ? user!.PasswordHash! : hasher.UnusableHash, password);
        if (!usable || check == PasswordVerificationResult.Failed)
        {
            await users.CountFailedSignInAsync(name, options.LockOutAfter, options.LockOutFor, ClientAddress(http), ct);
            return SignInOutcome.Refused;
        }
        if (check == PasswordVerificationResult.SuccessRehashNeeded)
            await users.RehashPasswordAsync(user!.UserName, user.PasswordHash!, hasher.HashPassword(user, password), ct);

        await StartSessionAsync(http, user!, ct);
        return user!.MustChangePassword ? SignInOutcome.MustChangePassword : SignInOutcome.SignedIn;
    }

    /// <summary>A new session for <paramref name="user"/>, and the cookie that names it.</summary>
    public async Task StartSessionAsync(HttpContext http, UserAccount user, CancellationToken ct)
    {
        var session = await sessions.StartAsync(user.UserName, ClientAddress(http), http.Request.Headers.UserAgent.ToString(), ct);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.UserName), new Claim(SessionClaim, session.Id)], CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
    }

    /// <summary>Ends the request's session in the database (so a copy of the cookie stops working too) and deletes the cookie.</summary>
    public static async Task SignOutAsync(HttpContext http, SessionStore sessions, CancellationToken ct)
    {
        if (http.User.FindFirstValue(SessionClaim) is { } id) await sessions.SignOutAsync(id, ct);
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    public static string? ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString();

    /// <summary>
    /// On every request: the cookie's session must be open, within its limits and its account enabled; the user's roles
    /// and names are then read as they are now, not as they were at sign-in.
    /// </summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var principal = context.Principal!;
        var id = principal.FindFirstValue(SessionClaim);
        var user = id is null ? null
            : await services.GetRequiredService<SessionStore>().CheckAsync(id, services.GetRequiredService<WebAppOptions>().Sessions, context.HttpContext.RequestAborted);
        if (user is null || user.UserName != principal.Identity?.Name)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        List<Claim> claims = [.. CurrentUser.ClaimsOf(user), new Claim(SessionClaim, id!)];
        if (user.MustChangePassword) claims.Add(new Claim(MustChangePasswordClaim, "true"));
        context.ReplacePrincipal(new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme)));
    }
}
