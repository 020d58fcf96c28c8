namespace Probity.Web.Security;

/// <summary>Headers that keep pages from being framed, sniffed, cached or fed scripts from elsewhere.</summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public static Task Add(HttpContext context, Func<Task> next)
    {
        var h = context.Response.Headers;
        h.ContentSecurityPolicy = ContentSecurityPolicy;
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "same-origin";
        // Pages, reports, PDFs and downloads hold personal data and unpublished ratings: nothing keeps a copy on a shared
        // machine or in a proxy. Static assets relax this (StaticAssets). Spelled as anti-forgery wants it ("no-cache, no-store"
        // and Pragma): otherwise it rewrites the headers of every page with a form and logs a warning each time, which under
        // load cost more than the page's database work.
        h.CacheControl = "no-cache, no-store";
        h.Pragma = "no-cache";
        return next();
    }

    /// <summary>The app's own CSS, scripts and fonts hold nothing personal: cached, but checked again each time.</summary>
    public static void StaticAssets(Microsoft.AspNetCore.StaticFiles.StaticFileResponseContext context)
    {
        context.Context.Response.Headers.CacheControl = "no-cache";
        context.Context.Response.Headers.Remove("Pragma");
    }
}
