using System.Globalization;
using System.Net;

namespace Probity.Web.Hosting;

/// <summary>
/// How a team runs the web app (<c>./probity web</c>), read the ASP.NET Core way from the <c>Probity</c> section of
/// appsettings.json beside the app and from environment variables (<c>Probity__AllowedHosts</c>), with the problems that
/// keep it from starting: it never starts reachable from the network in a way that exposes passwords or cookies.
/// </summary>
public sealed record ProductionSettings
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The addresses to listen on (<c>http://127.0.0.1:5080</c>, <c>https://0.0.0.0:443</c>).</summary>
    public required IReadOnlyList<Uri> Urls { get; init; }

    /// <summary>The host names people reach Probity by; any other <c>Host</c> is answered 400.</summary>
    public required IReadOnlyList<string> AllowedHosts { get; init; }

    /// <summary>The reverse proxies (addresses and networks) whose X-Forwarded-For and X-Forwarded-Proto are believed.</summary>
    public required IReadOnlyList<IPAddress> KnownProxies { get; init; }

    public required IReadOnlyList<IPNetwork> KnownNetworks { get; init; }

    /// <summary>The certificate for the https addresses: a PKCS#12 file (with its password), or a PEM file with its key file.</summary>
    public string? CertificateFile { get; init; }

    public string? CertificateKeyFile { get; init; }
    public string? CertificatePassword { get; init; }

    public int HstsDays { get; init; } = 365;

    public bool BehindProxy => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
    public bool ServesHttps => Urls.Any(u => u.Scheme == Uri.UriSchemeHttps);

    /// <summary>Browsers reach the app over TLS (its own, or the proxy's): cookies are Secure and HSTS is sent.</summary>
    public bool TlsOnly => ServesHttps || BehindProxy;

    /// <summary>Reads the settings; every problem found is reported at once.</summary>
    public static ProductionSettings Read(IConfiguration configuration)
    {
        var section = configuration.GetSection("Probity");
        var problems = new List<string>();
        var settings = new ProductionSettings
        {
            Urls = List(section["Urls"] ?? DefaultUrl).Select(u => ParseUrl(u, problems)).OfType<Uri>().ToList(),
            AllowedHosts = List(section["AllowedHosts"]),
            KnownProxies = List(section["KnownProxies"]).Select(p => IPAddress.TryParse(p, out var a) ? a : Problem<IPAddress>(problems,
                $"Probity:KnownProxies: \"{p}\" is not an IP address (write the proxy's address, such as 10.0.0.5)")).OfType<IPAddress>().ToList(),
            KnownNetworks = List(section["KnownNetworks"]).Select(n => IPNetwork.TryParse(n, out var net) ? (IPNetwork?)net : Problem<IPNetwork?>(problems,
                $"Probity:KnownNetworks: \"{n}\" is not a network (write it as address/prefix, such as 10.0.0.0/24)")).OfType<IPNetwork>().ToList(),
            CertificateFile = Value(section["CertificateFile"]),
            CertificateKeyFile = Value(section["CertificateKeyFile"]),
            CertificatePassword = Value(section["CertificatePassword"]),
            HstsDays = int.TryParse(section["HstsDays"] ?? "365", NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days > 0 ? days
                : Problem<int>(problems, $"Probity:HstsDays: \"{section["HstsDays"]}\" is not a number of days"),
        };
        problems.AddRange(settings.Problems());
        return problems.Count == 0 ? settings : throw new StartRefusedException(problems);
    }

    /// <summary>The unsafe combinations.</summary>
    public IEnumerable<string> Problems()
    {
        if (AllowedHosts.Count == 0)
            yield return "Probity:AllowedHosts is not set: name the host names people use to reach Probity, separated by ; (for example probity.inspectorate.example)";
        else if (AllowedHosts.Any(h => h == "*"))
            yield return "Probity:AllowedHosts is \"*\", which answers any name, so a page elsewhere could reach Probity under its own: name the host names people use";
        if (Urls.Count == 0) yield return "Probity:Urls names no address to listen on (for example http://127.0.0.1:5080)";
        if (ServesHttps && CertificateFile is null)
            yield return "Probity:Urls has an https address but Probity:CertificateFile names no certificate: give the certificate file, or leave TLS to the reverse proxy";
        if (CertificateFile is not null && !File.Exists(CertificateFile)) yield return $"Probity:CertificateFile {CertificateFile} does not exist";
        if (CertificateKeyFile is not null && !File.Exists(CertificateKeyFile)) yield return $"Probity:CertificateKeyFile {CertificateKeyFile} does not exist";
        foreach (var url in Urls.Where(u => u.Scheme == Uri.UriSchemeHttp && !IsLoopback(u) && !BehindProxy))
            yield return $"Probity:Urls has {url}, plain http beyond this machine, with no trusted proxy: passwords and cookies would cross the network unencrypted. "
                + "Listen on https with Probity:CertificateFile, or name the reverse proxy that terminates TLS in Probity:KnownProxies or Probity:KnownNetworks";
    }

    public static bool IsLoopback(Uri url) =>
        url.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(url.Host, out var ip) && IPAddress.IsLoopback(ip));

    private static Uri? ParseUrl(string text, List<string> problems)
    {
        // Kestrel's wildcards (http://*:80, http://+:80) mean every address.
        var normalised = text.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        if (Uri.TryCreate(normalised, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)) return url;
        return Problem<Uri>(problems, $"Probity:Urls: \"{text}\" is not an address to listen on (write it as http://127.0.0.1:5080 or https://0.0.0.0:443)");
    }

    private static T? Problem<T>(List<string> problems, string problem)
    {
        problems.Add(problem);
        return default;
    }

    private static string[] List(string? text) => (text ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Value(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
