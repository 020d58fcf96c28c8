using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Web.Forms;

namespace Probity.Web.Pages;

/// <summary>The sign-in form as posted.</summary>
public sealed class SignInForm
{
    [FromForm(Name = "UserName")] public string? UserName { get; set; }
    [FromForm(Name = "Password")] public string? Password { get; set; }
}

public sealed class SignInFormValidator : AbstractValidator<SignInForm>
{
    public SignInFormValidator()
    {
        RuleFor(f => f.UserName).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter your user name")
            .Within(FieldLength.Short, "User name").OverridePropertyName("user-name");
        RuleFor(f => f.Password).NotEmpty().WithMessage("Enter your password")
            .Within(FieldLength.Short, "Password").OverridePropertyName("password");
        this.EveryOtherTextWithin();
    }
}
