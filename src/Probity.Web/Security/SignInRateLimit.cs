using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Probity.Web.Security;

/// <summary>
/// Sign-in attempts from one client address are limited (a fixed window of a minute; too many are answered 429). It is
/// on top of the lock-out, not instead of it: attempts that get through still count against the account tried, whichever
/// address they come from.
/// </summary>
internal static class SignInRateLimit
{
    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.Path.Equals("/sign-in", StringComparison.OrdinalIgnoreCase))
                    return RateLimitPartition.GetNoLimiter("");
                var perMinute = http.RequestServices.GetRequiredService<WebAppOptions>().SignInAttemptsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(SignInService.ClientAddress(http) ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
}
