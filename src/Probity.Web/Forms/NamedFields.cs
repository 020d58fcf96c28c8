using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Probity.Web.Forms;

/// <summary>
/// The posted fields of a form whose field names come from data (an interview question's column, a key data table's
/// cell, the n-th contextual fact), by name, as typed. Bound through the request's value providers (the form's first)
/// like any other field; a custom binder is greedy, so a form property of this type is always bound.
/// </summary>
[ModelBinder(typeof(NamedFieldsBinder))]
public sealed class NamedFields(IReadOnlyDictionary<string, string> values)
{
    public static NamedFields None { get; } = new(new Dictionary<string, string>());

    public string? this[string name] => values.GetValueOrDefault(name);
}

internal sealed class NamedFieldsBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (bindingContext.ValueProvider is IEnumerableValueProvider provider)
            foreach (var name in provider.GetKeysFromPrefix("").Values)
                if (provider.GetValue(name).FirstValue is { } value) values[name] = value;
        bindingContext.Result = ModelBindingResult.Success(new NamedFields(values));
        return Task.CompletedTask;
    }
}
