using Probity.Data;

namespace Probity.Web;

/// <summary>
/// Where the app keeps its data and finds its assets. Read from configuration (<c>Probity:*</c>, which tests and
/// <c>./probity serve</c> set), falling back to the same environment variables as the command line.
/// </summary>
public sealed record WebAppOptions
{
    public required DatabaseLocation Database { get; init; }

    /// <summary>Create the demo users and load the Northumbria example when the database has no users yet.</summary>
    public bool LoadDemo { get; init; }

    /// <summary>With the demo, a synthetic national programme of this many inspections for the analysis pages (0: none).</summary>
    public int DemoNationalInspections { get; init; }

    /// <summary>The folder of the GOV.UK Frontend assets and the app's own CSS and JavaScript.</summary>
    public required string StaticFilesRoot { get; init; }

    /// <summary>Failed sign-ins in a row that lock an account, and for how long.</summary>
    public int LockOutAfter { get; init; } = 5;

    /// <summary>When set (the demo), the only <c>Host</c> values answered, name and port; any other request gets 400.</summary>
    public IReadOnlyList<string> ExactHosts { get; init; } = [];

    public TimeSpan LockOutFor { get; init; } = TimeSpan.FromMinutes(15);

    public static WebAppOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Probity");
        var database = section["SqliteFile"] is { Length: > 0 } file ? DatabaseLocation.Sqlite(file)
            : section["PostgresConnection"] is { Length: > 0 } pg ? DatabaseLocation.Postgres(pg)
            : DatabaseLocation.FromEnvironment();
        return new WebAppOptions
        {
            Database = database,
            LoadDemo = section.GetValue("LoadDemo", false),
            DemoNationalInspections = section.GetValue("DemoNationalInspections", 0),
            StaticFilesRoot = section["StaticFilesRoot"] is { Length: > 0 } root ? root : DefaultStaticFilesRoot,
            LockOutAfter = section.GetValue("LockOutAfter", 5),
            ExactHosts = (section["ExactHosts"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
    }

    /// <summary>wwwroot beside the assembly: the build copies it there for every host (CLI, tests, dotnet run).</summary>
    public static string DefaultStaticFilesRoot => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <summary>True when scripts/web-assets has put GOV.UK Frontend in <paramref name="root"/>.</summary>
    public static bool HasGovukAssets(string root) => File.Exists(Path.Combine(root, "govuk", "govuk-frontend.min.css"));
}
