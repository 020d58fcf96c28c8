namespace Probity.Web.Security;

/// <summary>Headers that keep pages from being framed, sniffed or fed scripts from elsewhere.</summary>
internal static class SecurityHeaders
{
    public static Task Add(HttpContext context, Func<Task> next)
    {
        var h = context.Response.Headers;
        h.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "same-origin";
        return next();
    }
}
