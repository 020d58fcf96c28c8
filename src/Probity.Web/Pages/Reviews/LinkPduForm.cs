using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Probity.Data.Inspections;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Reviews;

/// <summary>The PDU inspection a lead links to a review, chosen from the published ones not linked yet.</summary>
public sealed class LinkPduForm
{
    [FromForm(Name = "stamp")] public string? Stamp { get; set; }
    [FromForm(Name = "inspection")] public string? Inspection { get; set => field = value?.Trim(); }

    /// <summary>The published PDU inspections the review may link, set by the page.</summary>
    [BindNever] public IReadOnlyList<InspectionSummary> Candidates { get; set; } = [];

    public InspectionSummary? Chosen => Candidates.FirstOrDefault(i => i.Id.ToString(CultureInfo.InvariantCulture) == Inspection);

    public IReadOnlyList<(string, string)> Options =>
        [.. Candidates.Select(i => (i.Id.ToString(CultureInfo.InvariantCulture),
            $"{i.ProviderName}: {i.Reference ?? "no reference"}{(i.FieldworkStart is { } d ? d.ToString(" (MMMM yyyy)", CultureInfo.InvariantCulture) : "")}"))];
}

public sealed class LinkPduFormValidator : AbstractValidator<LinkPduForm>
{
    public LinkPduFormValidator()
    {
        RuleFor(f => f.Stamp).NotEmpty().WithMessage("The page was out of date: it has been shown again, choose again")
            .Within(FieldLength.Short, "The page's stamp");
        RuleFor(f => f.Chosen).NotNull().WithMessage("Select the PDU inspection to link").OverridePropertyName("inspection");
        this.EveryOtherTextWithin();
    }
}
