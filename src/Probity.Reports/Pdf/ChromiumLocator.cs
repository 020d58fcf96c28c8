namespace Probity.Reports.Pdf;

/// <summary>Finds the Chromium that prints PDFs: PROBITY_CHROMIUM if set, otherwise Debian's <c>chromium</c> on the PATH.</summary>
public static class ChromiumLocator
{
    public const string Variable = "PROBITY_CHROMIUM";
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome"];

    public static string Find() => Find(Environment.GetEnvironmentVariable(Variable), Environment.GetEnvironmentVariable("PATH") ?? "");

    internal static string Find(string? configuredPath, string path)
    {
        if (configuredPath is { Length: > 0 } configured)
            return File.Exists(configured)
                ? configured
                : throw new ChromiumNotFoundException($"{Variable} is set to {configured}, which does not exist. Point it at a Chromium executable, or unset it to use chromium from the PATH.");
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in Names)
                if (File.Exists(Path.Combine(dir, name))) return Path.Combine(dir, name);
        throw new ChromiumNotFoundException(
            "printing a PDF needs Chromium, which is not installed. On Debian or Ubuntu: sudo apt-get install chromium "
            + $"(or set {Variable} to a Chromium executable). The HTML report needs nothing extra: use --out report.html.");
    }
}
