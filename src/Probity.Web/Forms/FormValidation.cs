using FluentValidation;

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
