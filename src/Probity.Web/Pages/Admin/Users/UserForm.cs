using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data.Users;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Admin.Users;

/// <summary>What the user pages share: the roles by name, and the password rule.</summary>
public static class UserForm
{
    public const int MinimumPasswordLength = Security.PasswordPolicy.MinimumLength;

    public static IReadOnlyList<(string, string)> RoleOptions { get; } =
    [
        (UserRole.Admin.Token(), "Admin"), (UserRole.LeadInspector.Token(), "Lead inspector"), (UserRole.Inspector.Token(), "Inspector"),
        (UserRole.RatingsPanelMember.Token(), "Ratings panel member"), (UserRole.Analyst.Token(), "Analyst"), (UserRole.ProviderContact.Token(), "Provider contact"),
    ];

    /// <summary>Why the password will not do, or null.</summary>
    public static string? CheckPassword(string? password, string? confirm) =>
        Security.PasswordPolicy.Problem(password) ?? (password != confirm ? "The two passwords do not match" : null);

    /// <summary>The password rule on a form's password and its confirmation, reported against the password field.</summary>
    public static void PasswordRule<T>(this AbstractValidator<T> validator, Func<T, string?> password, Func<T, string?> confirm) =>
        validator.RuleFor(f => f).Custom((form, context) =>
        {
            var typed = password(form);
            // Its length is the form's own rule (EveryOtherTextWithin): a password too long to keep is not checked further.
            var problem = typed?.Length > FieldLength.Short ? null : CheckPassword(typed, confirm(form));
            if (problem is not null) context.AddFailure("password", problem);
        });
}

/// <summary>A new user as typed; every value trimmed, as the person meant it.</summary>
public sealed class NewUserForm
{
    [FromForm(Name = "user-name")] public string? UserName { get; set => field = value?.Trim(); }
    [FromForm(Name = "display-name")] public string? DisplayName { get; set => field = value?.Trim(); }
    [FromForm(Name = "roles")] public List<string> Roles { get; set; } = [];
    [FromForm(Name = "provider")] public long? Provider { get; set; }
    [FromForm(Name = "password")] public string? Password { get; set => field = value?.Trim(); }
    [FromForm(Name = "confirm")] public string? Confirm { get; set => field = value?.Trim(); }

    /// <summary>The roles ticked that exist; anything else sent is ignored.</summary>
    public IReadOnlyList<UserRole> ChosenRoles => Roles.Select(r => UserRoleNames.TryParse(r, out var role) ? role : (UserRole?)null).OfType<UserRole>().ToList();
}

public sealed class NewUserFormValidator : AbstractValidator<NewUserForm>
{
    public NewUserFormValidator()
    {
        RuleFor(f => f.UserName).NotEmpty().WithMessage("Enter a user name, for example jo.smith")
            .Within(FieldLength.Short, "User name").OverridePropertyName("user-name");
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage("Enter the person's name as others should see it")
            .Within(FieldLength.Short, "Name").OverridePropertyName("display-name");
        RuleFor(f => f.ChosenRoles).NotEmpty().WithMessage("Select at least one role").OverridePropertyName("roles");
        RuleFor(f => f.Provider).NotNull().When(f => f.ChosenRoles.Contains(UserRole.ProviderContact))
            .WithMessage("Select the provider a provider contact belongs to").OverridePropertyName("provider");
        this.PasswordRule(f => f.Password, f => f.Confirm);
        this.EveryOtherTextWithin();
    }
}

/// <summary>A new password and its confirmation.</summary>
public sealed class PasswordForm
{
    [FromForm(Name = "password")] public string? Password { get; set; }
    [FromForm(Name = "confirm")] public string? Confirm { get; set; }
}

public sealed class PasswordFormValidator : AbstractValidator<PasswordForm>
{
    public PasswordFormValidator()
    {
        this.PasswordRule(f => f.Password, f => f.Confirm);
        this.EveryOtherTextWithin();
    }
}
