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

    public TimeSpan LockOutFor { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>PBKDF2 iterations for new password hashes (tests and the load tool lower it); a stored hash with fewer is replaced at sign-in.</summary>
    public int PasswordIterations { get; init; } = Security.PasswordHashing.RecommendedIterations;

    /// <summary>How long a session may stay unused, and how long it may last however busy.</summary>
    public Data.Users.SessionLimits Sessions { get; init; } = Data.Users.SessionLimits.Default;

    /// <summary>Sign-in attempts a minute from one client address before it is answered "too many requests".</summary>
    public int SignInAttemptsPerMinute { get; init; } = 20;

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
            LockOutFor = TimeSpan.FromMinutes(section.GetValue("LockOutMinutes", 15)),
            PasswordIterations = section.GetValue("PasswordIterations", Security.PasswordHashing.RecommendedIterations),
            Sessions = new(TimeSpan.FromMinutes(section.GetValue("SessionIdleMinutes", 30)), TimeSpan.FromHours(section.GetValue("SessionLimitHours", 12))),
            SignInAttemptsPerMinute = section.GetValue("SignInAttemptsPerMinute", 20),
        };
    }

    /// <summary>wwwroot beside the assembly: the build copies it there for every host (CLI, tests, dotnet run).</summary>
    public static string DefaultStaticFilesRoot => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <summary>True when scripts/web-assets has put GOV.UK Frontend in <paramref name="root"/>.</summary>
    public static bool HasGovukAssets(string root) => File.Exists(Path.Combine(root, "govuk", "govuk-frontend.min.css"));
}
