using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.Setup;

/// <summary>An inspection's team as chosen on the team page.</summary>
public sealed class TeamForm : ITeamChoice
{
    [FromForm(Name = "lead")] public string? Lead { get; set; }
    [FromForm(Name = "inspectors")] public List<string> Inspectors { get; set; } = [];
    [FromForm(Name = "panel")] public List<string> Panel { get; set; } = [];

    /// <summary>The people each part may be chosen from, set by the page.</summary>
    [BindNever] public TeamOptions Options { get; set; } = TeamOptions.None;
}

public sealed class TeamFormValidator : AbstractValidator<TeamForm>
{
    public TeamFormValidator()
    {
        this.TeamRules();
        this.EveryOtherTextWithin();
    }
}
