using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Probity.Data.Keys;

namespace Probity.Web.Hosting;

/// <summary>What production mode adds to the app: its addresses, host filtering, the trusted proxy, TLS, and shared keys.</summary>
internal static class ProductionHost
{
    /// <summary>The name every instance protects its cookies under: the keys are shared, so the purposes must be too.</summary>
    public const string ApplicationName = "Probity";

    public static void Configure(WebApplicationBuilder builder, ProductionSettings settings)
    {
        builder.WebHost.UseUrls([.. settings.Urls.Select(u => u.GetLeftPart(UriPartial.Authority))]);
        var certificate = settings.CertificateFile is { } file ? LoadCertificate(file, settings.CertificateKeyFile, settings.CertificatePassword) : null;
        builder.WebHost.ConfigureKestrel(k =>
        {
            // Which server and version answers is nobody's business but ours.
            k.AddServerHeader = false;
            if (certificate is not null) k.ConfigureHttpsDefaults(h => h.ServerCertificate = certificate);
        });
        // ASP.NET Core's host filtering (on in every web host) answers any other Host with 400.
        builder.Configuration["AllowedHosts"] = string.Join(';', settings.AllowedHosts);
        builder.Configuration["Probity:LoadDemo"] = "false";

        var services = builder.Services;
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the proxies named are believed (not even this machine by default).
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in settings.KnownProxies) o.KnownProxies.Add(proxy);
            foreach (var network in settings.KnownNetworks) o.KnownIPNetworks.Add(network);
        });
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(settings.HstsDays));
        var secure = settings.TlsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.PostConfigure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, o => o.Cookie.SecurePolicy = secure);
        services.Configure<AntiforgeryOptions>(o => o.Cookie.SecurePolicy = secure);
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<DataProtectionKeyStore>())));
    }

    /// <summary>First in the pipeline: the proxy's headers are applied before anything asks whether the request is https.</summary>
    public static void UseEarly(WebApplication app, ProductionSettings settings)
    {
        app.UseForwardedHeaders();
        if (!settings.TlsOnly) return;
        app.UseHsts();
        app.Use(HttpsOnly.Check);
    }

    private static X509Certificate2 LoadCertificate(string file, string? keyFile, string? password)
    {
        try
        {
            return keyFile is not null
                ? X509Certificate2.CreateFromPemFile(file, keyFile)
                : X509CertificateLoader.LoadPkcs12FromFile(file, password);
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            throw new StartRefusedException([$"Probity:CertificateFile {file} could not be read as a certificate ({e.Message}); "
                + "give a PKCS#12 (.pfx) file with Probity:CertificatePassword, or a PEM certificate with Probity:CertificateKeyFile"]);
        }
    }
}
