namespace Probity.Web.Forms;

/// <summary>A GOV.UK text input with its label, hint and error (Pages/Shared/_TextField).</summary>
public sealed record TextField(string Id, string Name, string Label, string? Value, string? Error)
{
    public string? Hint { get; init; }
    public string Width { get; init; } = "govuk-input--width-20";
    public string Type { get; init; } = "text";
    public string? InputMode { get; init; }
    public string? AutoComplete { get; init; }

    /// <summary>The most the field takes; the form's validator refuses more, sent another way.</summary>
    public int MaxLength { get; init; } = FieldLength.Short;
}

/// <summary>A GOV.UK textarea (Pages/Shared/_TextAreaField).</summary>
public sealed record TextAreaField(string Id, string Name, string Label, string? Value, string? Error)
{
    public string? Hint { get; init; }
    public int Rows { get; init; } = 5;

    /// <summary>The most the field takes; the form's validator refuses more, sent another way.</summary>
    public int MaxLength { get; init; } = FieldLength.Long;
}

/// <summary>GOV.UK radios in a fieldset (Pages/Shared/_RadioField); the first option's id is <see cref="Id"/>, for the error summary.</summary>
public sealed record RadioField(string Id, string Name, string Legend, IReadOnlyList<(string Value, string Label)> Options, string? Selected, string? Error)
{
    public string? Hint { get; init; }
    public bool Inline { get; init; }
    public string LegendClass { get; init; } = "govuk-fieldset__legend--s";

    public string OptionId(int index) => index == 0 ? Id : $"{Id}-{Options[index].Value}";
}

public static class FieldDescriptions
{
    /// <summary>The aria-describedby value for a field's hint and error, or null when it has neither.</summary>
    public static string? DescribedBy(string id, string? hint, string? error)
    {
        var ids = new[] { hint is null ? null : $"{id}-hint", error is null ? null : $"{id}-error" }.Where(x => x is not null);
        var joined = string.Join(' ', ids);
        return joined.Length == 0 ? null : joined;
    }
}

/// <summary>GOV.UK checkboxes in a fieldset (Pages/Shared/_CheckboxesField); the first box's id is <see cref="Id"/>, for the error summary.</summary>
public sealed record CheckboxesField(string Id, string Name, string Legend, IReadOnlyList<(string Value, string Label)> Options, IReadOnlyCollection<string> Checked, string? Error)
{
    public string OptionId(int index) => index == 0 ? Id : $"{Id}-{Options[index].Value}";
}

/// <summary>A GOV.UK select with its label and error (Pages/Shared/_SelectField); the options include any "none" choice.</summary>
public sealed record SelectField(string Id, string Name, string Label, IReadOnlyList<(string Value, string Label)> Options, string? Selected, string? Error);

/// <summary>A GOV.UK date input in three parts, <c>{Id}-day</c>, <c>-month</c>, <c>-year</c> (Pages/Shared/_DateField); its error is the day's.</summary>
public sealed record DateField(string Id, string Legend, string Hint, DateParts Value, string? Error);
