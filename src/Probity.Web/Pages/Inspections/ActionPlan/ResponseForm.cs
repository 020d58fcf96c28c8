using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Probity.Data.ActionPlans;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.ActionPlan;

/// <summary>The provider's plan for one recommendation as typed: its answer, the actions, the owner and the target date.</summary>
public sealed class ResponseForm
{
    public static IReadOnlyList<(string, string)> Options { get; } = [.. PlanResponseNames.All.Select(r => (r.Token(), r.DisplayName()))];

    [FromForm(Name = "response")] public string? Response { get; set => field = value?.Trim(); }
    [FromForm(Name = "actions")] public string? Actions { get; set => field = value?.Trim(); }
    [FromForm(Name = "owner")] public string? Owner { get; set => field = value?.Trim(); }
    [FromForm(Name = "target-day")] public string? Day { get => Target.Day; set => Target.Day = value?.Trim(); }
    [FromForm(Name = "target-month")] public string? Month { get => Target.Month; set => Target.Month = value?.Trim(); }
    [FromForm(Name = "target-year")] public string? Year { get => Target.Year; set => Target.Year = value?.Trim(); }

    /// <summary>The plan's version as read; none for a recommendation not answered before.</summary>
    [FromForm(Name = "version")] public int? Version { get; set; }

    [BindNever] public DateParts Target { get; } = new();

    public PlanResponse? Chosen => PlanResponseNames.Parse(Response);

    /// <summary>The plan as typed; only once the validator has passed the form.</summary>
    public ActionPlanEntry ToEntry(int recommendation) => new(recommendation, Chosen!.Value, Actions!, Owner!, Target.Value);

    public static ResponseForm From(StoredActionPlanEntry? stored)
    {
        if (stored is not { Entry: var e }) return new ResponseForm();
        var target = DateParts.From(e.TargetDate);
        return new ResponseForm
        {
            Response = e.Response.Token(), Actions = e.Actions, Owner = e.Owner, Day = target.Day, Month = target.Month, Year = target.Year, Version = stored.Version,
        };
    }
}

public sealed class ResponseFormValidator : AbstractValidator<ResponseForm>
{
    public ResponseFormValidator()
    {
        RuleFor(f => f.Chosen).NotNull().WithMessage("Select whether the recommendation is agreed, partially agreed or not agreed").OverridePropertyName("response");
        RuleFor(f => f.Actions).NotEmpty().WithMessage("Enter the actions you will take, or why the recommendation is not agreed")
            .Within(FieldLength.Long, "The actions").OverridePropertyName("actions");
        RuleFor(f => f.Owner).NotEmpty().WithMessage("Enter who owns the actions").Within(FieldLength.Short, "The owner").OverridePropertyName("owner");
        RuleFor(f => f.Target.Value).NotNull().When(f => !f.Target.IsEmpty)
            .WithMessage("The target date must be a real date, like 30 9 2020").OverridePropertyName("target-day");
        this.EveryOtherTextWithin();
    }
}
