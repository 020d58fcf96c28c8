using Probity.Web.Forms;

namespace Probity.Web.Pages.Analysis;

/// <summary>The scope form (Pages/Analysis/_ScopeForm): where it is sent, its button, and the page's errors.</summary>
public sealed record ScopeForm(ScopeQuery Query, FormErrors Errors, string Action, string Button)
{
    /// <summary>The framework's hint, where the page gives the field a meaning of its own (the comparator).</summary>
    public string FrameworkHint { get; init; } = "Only inspections under this framework version";

    public TextField Text(string field, string hint) =>
        new(field, field, ScopeQuery.Label(field), Query.Value(field), Errors.For(field)) { Hint = hint, Width = "govuk-input--width-10" };

    /// <summary>A select's options: "any" first, then the known values, and a value typed into the address that is none of them (so its error shows what was given).</summary>
    public IReadOnlyList<(string Value, string Text)> Options(string field, IReadOnlyList<string> known)
    {
        var options = new List<(string, string)> { ("", "Any") };
        options.AddRange(known.Select(k => (k, k)));
        if (Query.Value(field) is { Length: > 0 } given && !known.Contains(given.Trim())) options.Add((given, given));
        return options;
    }
}
