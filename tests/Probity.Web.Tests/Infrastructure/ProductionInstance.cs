using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Probity.Web.Tests.Infrastructure;

/// <summary>
/// One instance of the app in production mode (<see cref="WebApp.BuildProduction"/>, as <c>./probity web</c> builds it) on
/// real Kestrel at 127.0.0.1, on a PostgreSQL database, trusting the proxy addresses given.
/// </summary>
public sealed class ProductionInstance : IAsyncDisposable
{
    public const string HostName = "probity.example";

    private ProductionInstance(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
    }

    public WebApplication App { get; }
    public Uri Address { get; }

    public static async Task<ProductionInstance> StartAsync(string postgres, string staticFiles, string knownProxies = "127.0.0.1")
    {
        var app = WebApp.BuildProduction([], b =>
        {
            b.Configuration["Probity:Urls"] = "http://127.0.0.1:0";
            b.Configuration["Probity:AllowedHosts"] = HostName;
            b.Configuration["Probity:KnownProxies"] = knownProxies;
            b.Configuration["Probity:PostgresConnection"] = postgres;
            b.Configuration["Probity:StaticFilesRoot"] = staticFiles;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ProductionInstance(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

/// <summary>
/// A browser reaching an instance through a TLS-terminating reverse proxy: the proxy's Host and X-Forwarded-Proto
/// headers on every request, cookies kept by hand (including Secure ones, which the proxy's https leg would carry).
/// </summary>
public sealed class ProxiedBrowser(Uri address, Dictionary<string, string>? jar = null) : IDisposable
{
    private readonly HttpClient _client = new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = address };

    public Dictionary<string, string> Jar { get; } = jar ?? [];

    /// <summary>Every Set-Cookie header received, as sent (to see its Secure and HttpOnly flags).</summary>
    public List<string> SetCookies { get; } = [];

    /// <summary>The same cookies, through another instance (as a load balancer would send the next request).</summary>
    public ProxiedBrowser Through(ProductionInstance other) => new(other.Address, Jar);

    public async Task<(HttpResponseMessage Response, string Html)> GetAsync(string path, string host = ProductionInstance.HostName)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await SendAsync(request, host);
    }

    public async Task<(HttpResponseMessage Response, string Html)> PostFormAsync(string path, Dictionary<string, string> fields, string? token = null)
    {
        token ??= TokenIn((await GetAsync(path)).Html);
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }),
        };
        return await SendAsync(request, ProductionInstance.HostName);
    }

    public static string TokenIn(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("the page has no anti-forgery token");

    private async Task<(HttpResponseMessage, string)> SendAsync(HttpRequestMessage request, string host)
    {
        request.Headers.Host = host;
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        if (Jar.Count > 0) request.Headers.Add("Cookie", string.Join("; ", Jar.Select(c => $"{c.Key}={c.Value}")));
        var response = await _client.SendAsync(request);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            SetCookies.Add(header);
            var pair = header.Split(';')[0];
            var name = pair[..pair.IndexOf('=', StringComparison.Ordinal)];
            var value = pair[(name.Length + 1)..];
            if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)) Jar.Remove(name);
            else Jar[name] = value;
        }
        return (response, await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _client.Dispose();
}
