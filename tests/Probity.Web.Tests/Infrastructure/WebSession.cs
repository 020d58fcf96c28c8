using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Probity.Web.Tests.Infrastructure;

/// <summary>One browser-like session: cookies kept, redirects not followed (so tests see 302, 403, 404 as sent).</summary>
public sealed class WebSession(HttpClient client)
{
    public sealed record Response(int Status, string Html, string? Location)
    {
        public IHtmlDocument Document => new HtmlParser().ParseDocument(Html);

        /// <summary>The error summary's messages, in order (empty when the page has none).</summary>
        public IReadOnlyList<string> ErrorSummary =>
            Document.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();

        public string Title => Document.Title ?? "";
    }

    public HttpClient Client => client;

    public async Task<Response> GetAsync(string path) => await ReadAsync(await client.GetAsync(path));

    /// <summary>Opens the form's page for its anti-forgery token, then posts <paramref name="fields"/> with it, as a browser does.</summary>
    public async Task<Response> PostFormAsync(string path, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await GetAsync(formPage ?? path);
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{formPage ?? path} ({page.Status}) has no anti-forgery token");
        return await PostRawAsync(path, new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token });
    }

    /// <summary>Posts a form with a file, as a browser does (token from the form's page).</summary>
    public async Task<Response> PostFileAsync(string path, Dictionary<string, string> fields, string fileField, string fileName, byte[] content)
    {
        var token = (await GetAsync(path)).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent();
        foreach (var (k, v) in new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }) form.Add(new StringContent(v), k);
        form.Add(new ByteArrayContent(content), fileField, fileName);
        return await ReadAsync(await client.PostAsync(path, form));
    }

    /// <summary>Posts exactly <paramref name="fields"/>: no token unless the test put one in.</summary>
    public async Task<Response> PostRawAsync(string path, Dictionary<string, string> fields) =>
        await ReadAsync(await client.PostAsync(path, new FormUrlEncodedContent(fields)));

    private static async Task<Response> ReadAsync(HttpResponseMessage message)
    {
        var html = await message.Content.ReadAsStringAsync();
        return new Response((int)message.StatusCode, html, message.Headers.Location?.ToString());
    }
}
