using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data.Users;

namespace Probity.Web.Pages.Admin.Users;

/// <summary>A user's roles as an admin ticked them, and the version of the account the page showed.</summary>
public sealed class RolesForm
{
    [FromForm(Name = "roles")] public List<string> Roles { get; set; } = [];
    [FromForm(Name = "version")] public int Version { get; set; }

    public IReadOnlyList<UserRole> ChosenRoles => Roles.Select(r => UserRoleNames.TryParse(r, out var role) ? role : (UserRole?)null).OfType<UserRole>().ToList();
}

public sealed class RolesFormValidator : AbstractValidator<RolesForm>
{
    public RolesFormValidator() => RuleFor(f => f.ChosenRoles).NotEmpty().WithMessage("Select at least one role").OverridePropertyName("roles");
}
