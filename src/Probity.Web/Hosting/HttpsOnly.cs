using Microsoft.AspNetCore.Http.Extensions;

namespace Probity.Web.Hosting;

/// <summary>
/// Where browsers reach the app over TLS, a request that arrives as plain http (straight to the app, or from a proxy that
/// is not trusted) is sent to https, or refused when it carries a form: its cookies are Secure and cannot be set over
/// http. The load balancer's <c>/health</c> is answered either way.
/// </summary>
internal static class HttpsOnly
{
    public static Task Check(HttpContext context, Func<Task> next)
    {
        var request = context.Request;
        if (request.IsHttps || request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)) return next();
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            context.Response.Redirect(UriHelper.BuildAbsolute("https", request.Host, request.PathBase, request.Path, request.QueryString), permanent: true, preserveMethod: true);
            return Task.CompletedTask;
        }
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("Probity is reached over https.");
    }
}
