using System.Linq.Expressions;
using System.Reflection;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Probity.Web.Forms;

/// <summary>
/// The longest text each kind of field takes: the browser stops typing there (<c>maxlength</c>), and the form's validator
/// refuses anything longer sent another way.
/// </summary>
public static class FieldLength
{
    /// <summary>Names, references, figures, dates' parts.</summary>
    public const int Short = 200;

    /// <summary>Rationales, notes, descriptions, practice examples.</summary>
    public const int Long = 20_000;
}

public static class FormValidation
{
    /// <summary>
    /// Validates <paramref name="form"/> with its validator; each failure joins <paramref name="errors"/> under its field's id
    /// (the rule's <c>OverridePropertyName</c>), in the validator's order. True when the form is fine.
    /// </summary>
    public static bool Check<T>(this IValidator<T> validator, T form, FormErrors errors)
    {
        foreach (var failure in validator.Validate(form).Errors) errors.Add(failure.PropertyName, failure.ErrorMessage);
        return !errors.Any;
    }

    /// <summary>"Enter … in at most N characters", the one message for text that is too long.</summary>
    public static IRuleBuilderOptions<T, string?> Within<T>(this IRuleBuilder<T, string?> rule, int length, string what) =>
        rule.MaximumLength(length).WithMessage($"{what} must be {length:N0} characters or fewer");
}

public static class BoundText
{
    /// <summary>
    /// Gives every text field the form binds that has no maximum length of its own (a choice, a number, a date's part,
    /// a password) the short one: a browser never sends more, so a longer value is a crafted request, refused by the
    /// server like any other. Call it last in the validator, after the fields' own rules.
    /// </summary>
    public static void EveryOtherTextWithin<T>(this AbstractValidator<T> validator)
    {
        var bounded = validator.Where(r => r.Member is not null && r.Components.Any(c => c.Validator is ILengthValidator { Max: > 0 }))
            .Select(r => r.Member.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var property in BoundTextProperties(typeof(T)).Where(p => !bounded.Contains(p.Name)))
        {
            var form = Expression.Parameter(typeof(T), "form");
            var value = Expression.Lambda<Func<T, string?>>(Expression.Property(form, property), form);
            var field = property.GetCustomAttribute<FromFormAttribute>()?.Name ?? property.Name;
            validator.RuleFor(value).Within(FieldLength.Short, Label(property.Name)).OverridePropertyName(field);
        }
    }

    /// <summary>The string properties model binding sets: public, settable and not marked <see cref="BindNeverAttribute"/>.</summary>
    public static IEnumerable<PropertyInfo> BoundTextProperties(Type form) =>
        form.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string) && p.SetMethod is { IsPublic: true } && p.GetCustomAttribute<BindNeverAttribute>() is null);

    // "AsAt" → "The as at"
    private static string Label(string property) =>
        "The " + string.Concat(property.Select((c, i) => char.IsUpper(c) ? (i == 0 ? "" : " ") + char.ToLowerInvariant(c) : c.ToString()));
}
