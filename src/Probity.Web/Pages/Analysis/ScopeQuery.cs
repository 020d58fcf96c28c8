using Probity.Core.Analysis;
using Probity.Core.Frameworks;

namespace Probity.Web.Pages.Analysis;

/// <summary>
/// The scope as typed in the dashboard's GET form: the text kept as typed (to show it again), read by Core's
/// <see cref="ScopeInput"/> (the same reading as <c>./probity analyse</c>), and the query string that carries it to the
/// next page. Field names are <see cref="ScopeProblem.Field"/>'s, so an error links straight to its field.
/// </summary>
public sealed class ScopeQuery
{
    public const string From = "from", To = "to", Year = "year", ProviderType = "provider-type", Framework = "framework", RevisitedOnly = "revisited-only";

    /// <summary>The text fields in the order of the form (and so of the error summary).</summary>
    public static readonly IReadOnlyList<string> Fields = [From, To, Year, ProviderType, Framework];

    private static readonly Dictionary<string, string> Labels = new()
    {
        [From] = "Fieldwork starting from",
        [To] = "Fieldwork starting up to",
        [Year] = "Programme year",
        [ProviderType] = "Provider type",
        [Framework] = "Framework",
    };

    private readonly Dictionary<string, string> _values;

    private ScopeQuery(Dictionary<string, string> values, bool revisitedOnly)
    {
        _values = values;
        IsRevisitedOnly = revisitedOnly;
        (Scope, Problems) = new ScopeInput(Value(From), Value(To), Value(Year), Value(ProviderType), Value(Framework), revisitedOnly).Read();
    }

    public static ScopeQuery Read(IQueryCollection query) =>
        new(Fields.Where(query.ContainsKey).ToDictionary(f => f, f => query[f].ToString()),
            query[RevisitedOnly].ToString() is "true" or "on" or "yes");

    public bool IsRevisitedOnly { get; }

    /// <summary>The scope read, or null when a field could not be read (<see cref="Problems"/> says why).</summary>
    public AnalysisScope? Scope { get; }

    public IReadOnlyList<ScopeProblem> Problems { get; }

    /// <summary>Whether the form was sent with this field (even empty), as opposed to a first visit.</summary>
    public bool Has(string field) => _values.ContainsKey(field);

    public string? Value(string field) => _values.GetValueOrDefault(field);

    public static string Label(string field) => Labels.GetValueOrDefault(field, field);

    /// <summary>A problem as the error summary says it: the field's label, then Core's reason.</summary>
    public static string Message(ScopeProblem problem) => $"{Label(problem.Field)}: {problem.Message}";

    /// <summary>"?from=…&amp;year=…" with only the fields given, so links keep the scope; empty for the whole store.</summary>
    public string QueryString
    {
        get
        {
            var pairs = Fields.Where(f => !string.IsNullOrWhiteSpace(Value(f))).Select(f => new KeyValuePair<string, string?>(f, Value(f)!.Trim())).ToList();
            if (IsRevisitedOnly) pairs.Add(new(RevisitedOnly, "true"));
            return pairs.Count == 0 ? "" : Microsoft.AspNetCore.Http.QueryString.Create(pairs).ToUriComponent();
        }
    }

    /// <summary>The same query string with more after it ("&amp;table=…" or "?table=…").</summary>
    public string With(string name, string value)
    {
        var query = QueryString;
        return $"{query}{(query.Length == 0 ? "?" : "&")}{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value)}";
    }

    public static IReadOnlyList<string> ProviderTypes => ScopeInput.ProviderTypes;
    public static IReadOnlyList<string> Frameworks => [.. FrameworkCatalog.Ids];
}
