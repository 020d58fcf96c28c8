namespace Probity.Web.Hosting;

/// <summary>
/// The demo's defence against DNS rebinding: a page elsewhere whose name is pointed at 127.0.0.1 reaches the local
/// server, but its requests carry that other name in <c>Host</c>. Only the exact names the demo was started on are
/// answered; any other gets 400, as ASP.NET Core's host filtering answers.
/// </summary>
internal static class LoopbackHosts
{
    public static Func<HttpContext, Func<Task>, Task> Only(IReadOnlyCollection<string> hosts) => (context, next) =>
    {
        if (hosts.Contains(context.Request.Host.Value ?? "", StringComparer.OrdinalIgnoreCase)) return next();
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("This server answers only at the address it was started on.");
    };
}
