using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Web.Forms;
using Probity.Web.Pages.Admin.Users;

namespace Probity.Web.Pages.Account;

/// <summary>The password the user has now, and the new one twice.</summary>
public sealed class ChangePasswordForm
{
    [FromForm(Name = "current")] public string? Current { get; set; }
    [FromForm(Name = "password")] public string? Password { get; set; }
    [FromForm(Name = "confirm")] public string? Confirm { get; set; }
}

public sealed class ChangePasswordFormValidator : AbstractValidator<ChangePasswordForm>
{
    public ChangePasswordFormValidator()
    {
        RuleFor(f => f.Current).NotEmpty().WithMessage("Enter your current password").OverridePropertyName("current");
        this.PasswordRule(f => f.Password, f => f.Confirm);
        RuleFor(f => f).Must(f => f.Password != f.Current).When(f => !string.IsNullOrEmpty(f.Password))
            .WithMessage("Choose a new password that is not your current one").OverridePropertyName("password");
        this.EveryOtherTextWithin();
    }
}
