using System.Globalization;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;

namespace Probity.Core.Analysis;

/// <summary>One value of a scope that could not be read: which field ("from", "year", …), what was given, and why.</summary>
public sealed record ScopeProblem(string Field, string Message);

/// <summary>
/// A scope as typed by a person (command-line options or a web form): text that is checked, every problem reported with
/// its field, before any inspection is read. The CLI and the dashboard both read scopes through it.
/// </summary>
public sealed record ScopeInput(string? From = null, string? To = null, string? Year = null, string? ProviderType = null, string? Framework = null, bool RevisitedOnly = false)
{
    /// <summary>The provider types inspections are made of (a region is never inspected itself).</summary>
    public static readonly IReadOnlyList<string> ProviderTypes = [.. Enum.GetNames<ProviderType>().Where(n => n != nameof(Datasets.ProviderType.Region))];

    public (AnalysisScope? Scope, IReadOnlyList<ScopeProblem> Problems) Read()
    {
        var problems = new List<ScopeProblem>();
        var from = Date(From, "from", problems);
        var to = Date(To, "to", problems);
        if (from > to) problems.Add(new("from", $"{from:yyyy-MM-dd} is after the end of the period, {to:yyyy-MM-dd}"));
        ProgrammeYear? year = null;
        if (Blank(Year) is { } y)
        {
            if (ProgrammeYear.TryParse(y, out var parsed)) year = parsed;
            else problems.Add(new("year", $"\"{y}\" is not a programme year such as 2019/20"));
        }
        ProviderType? type = null;
        if (Blank(ProviderType) is { } t)
        {
            if (ProviderTypes.Contains(t)) type = Enum.Parse<ProviderType>(t);
            else problems.Add(new("provider-type", $"\"{t}\" is not one of {string.Join(", ", ProviderTypes)}"));
        }
        var framework = Blank(Framework);
        if (framework is not null && FrameworkCatalog.Find(framework) is null)
            problems.Add(new("framework", $"\"{framework}\" is not known (known: {string.Join(", ", FrameworkCatalog.Ids)})"));
        return problems.Count > 0
            ? (null, problems)
            : (new AnalysisScope { From = from, To = to, Year = year, ProviderType = type, Framework = framework, RevisitedOnly = RevisitedOnly }, problems);
    }

    private static DateOnly? Date(string? text, string field, List<ScopeProblem> problems)
    {
        if (Blank(text) is not { } value) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        problems.Add(new(field, $"\"{value}\" is not a date in the form yyyy-mm-dd"));
        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
