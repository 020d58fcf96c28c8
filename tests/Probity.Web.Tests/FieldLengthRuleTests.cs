using FluentValidation;
using FluentValidation.Validators;
using Probity.Web.Forms;
using Probity.Web.Pages.Inspections.Sampling;

namespace Probity.Web.Tests;

/// <summary>
/// Every form's validator bounds every text field the form binds: each bound string property has a maximum-length rule
/// of at most <see cref="FieldLength.Long"/>. The forms are found from the validators in the app, so a new form is checked
/// without being listed here.
/// </summary>
public sealed class FieldLengthRuleTests
{
    public static TheoryData<Type> Validators { get; } = [.. typeof(FieldLength).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && FormType(t) is not null).OrderBy(t => t.FullName, StringComparer.Ordinal)];

    [Fact]
    public void The_forms_are_found()
    {
        Assert.True(Validators.Count >= 12, $"only {Validators.Count} validators found");
    }

    [Theory]
    [MemberData(nameof(Validators))]
    public void Every_bound_text_field_has_a_maximum_length(Type validatorType)
    {
        var form = FormType(validatorType)!;
        var validator = (IEnumerable<IValidationRule>)Activator.CreateInstance(validatorType)!;
        var bounded = validator.Where(r => r.Member is not null && r.Components.Any(c => c.Validator is ILengthValidator { Max: > 0 and <= FieldLength.Long }))
            .Select(r => r.Member.Name).ToHashSet();
        var unbounded = BoundText.BoundTextProperties(form).Select(p => p.Name).Where(n => !bounded.Contains(n)).ToList();
        Assert.True(unbounded.Count == 0, $"{form.Name}: no maximum length for {string.Join(", ", unbounded)}");
    }

    [Fact]
    public void A_number_typed_longer_than_a_field_takes_is_refused_by_the_forms_own_limit()
    {
        var result = new SampleFormValidator().Validate(new SampleForm { Type = "case-supervision", Seed = new string('1', FieldLength.Short + 1) });

        Assert.Contains(result.Errors, e => e.PropertyName == "seed" && e.ErrorMessage == $"The seed must be {FieldLength.Short} characters or fewer");
    }

    private static Type? FormType(Type validator)
    {
        for (var t = validator.BaseType; t is not null; t = t.BaseType)
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(AbstractValidator<>)) return t.GetGenericArguments()[0];
        return null;
    }
}
