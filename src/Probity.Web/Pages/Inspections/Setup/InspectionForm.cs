using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Data.Inspections;
using Probity.Data.Providers;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.Setup;

/// <summary>A new inspection as a lead inspector types it (trimmed, shown again on any error), and what it means.</summary>
public sealed partial class InspectionForm : ITeamChoice
{
    /// <summary>Every framework version Probity has, newest first, by its title.</summary>
    public static IReadOnlyList<(string, string)> FrameworkOptions { get; } =
        [.. FrameworkCatalog.All.OrderByDescending(f => f.Id, StringComparer.Ordinal).Select(f => (f.Id, f.Title))];

    [FromForm(Name = "provider")] public string? Provider { get; set => field = value?.Trim(); }
    [FromForm(Name = "framework")] public string? Framework { get; set => field = value?.Trim(); }
    [FromForm(Name = "reference")] public string? Reference { get; set => field = value?.Trim(); }
    [FromForm(Name = "start-day")] public string? StartDay { get => Start.Day; set => Start.Day = value?.Trim(); }
    [FromForm(Name = "start-month")] public string? StartMonth { get => Start.Month; set => Start.Month = value?.Trim(); }
    [FromForm(Name = "start-year")] public string? StartYear { get => Start.Year; set => Start.Year = value?.Trim(); }
    [FromForm(Name = "end-day")] public string? EndDay { get => End.Day; set => End.Day = value?.Trim(); }
    [FromForm(Name = "end-month")] public string? EndMonth { get => End.Month; set => End.Month = value?.Trim(); }
    [FromForm(Name = "end-year")] public string? EndYear { get => End.Year; set => End.Year = value?.Trim(); }
    [FromForm(Name = "programme-year")] public string? ProgrammeYear { get; set => field = value?.Trim(); }
    [FromForm(Name = "previous")] public string? Previous { get; set => field = value?.Trim(); }
    [FromForm(Name = "lead")] public string? Lead { get; set; }
    [FromForm(Name = "inspectors")] public List<string> Inspectors { get; set; } = [];
    [FromForm(Name = "panel")] public List<string> Panel { get; set; } = [];

    /// <summary>Standards left out of the inspection, each as "framework:standard" (the form lists every rated framework's).</summary>
    [FromForm(Name = "not-inspected")] public List<string> NotInspected { get; set; } = [];

    [BindNever] public DateParts Start { get; } = new();
    [BindNever] public DateParts End { get; } = new();

    /// <summary>The providers to choose from, set by the page.</summary>
    [BindNever] public IReadOnlyList<Provider> Providers { get; set; } = [];

    /// <summary>The stored inspections a previous one may be chosen from, set by the page.</summary>
    [BindNever] public IReadOnlyList<InspectionSummary> Earlier { get; set; } = [];

    [BindNever] public TeamOptions Options { get; set; } = TeamOptions.None;

    public Provider? ChosenProvider => Providers.FirstOrDefault(p => p.Id.ToString(CultureInfo.InvariantCulture) == Provider);
    public FrameworkVersion? ChosenFramework => Framework is { Length: > 0 } f ? FrameworkCatalog.Find(f) : null;
    public InspectionSummary? ChosenPrevious => Earlier.FirstOrDefault(i => i.Id.ToString(CultureInfo.InvariantCulture) == Previous);

    public IReadOnlyList<(string, string)> ProviderOptions =>
        [("", "Select the provider"), .. Providers.Select(p => (p.Id.ToString(CultureInfo.InvariantCulture), p.Name))];

    public IReadOnlyList<(string, string)> PreviousOptions =>
        [("", "None"), .. Earlier.Select(i => (i.Id.ToString(CultureInfo.InvariantCulture),
            $"{i.ProviderName}: {i.Reference ?? "no reference"}{(i.FieldworkStart is { } d ? d.ToString(" (MMMM yyyy)", CultureInfo.InvariantCulture) : "")}"))];

    /// <summary>"2019/20": the April-to-March year, its second part the next year's last two digits.</summary>
    public static bool IsProgrammeYear(string? year)
    {
        if (year is null || !ProgrammeYearPattern().IsMatch(year)) return false;
        var first = int.Parse(year[..4], CultureInfo.InvariantCulture);
        return int.Parse(year[5..], CultureInfo.InvariantCulture) == (first + 1) % 100;
    }

    /// <summary>For each rated framework version, its standards as options of "Standards not inspected".</summary>
    public static IReadOnlyList<(string Title, IReadOnlyList<(string, string)> Standards)> NotInspectedOptions { get; } =
        [.. FrameworkCatalog.All.Where(f => f.IsRated).OrderByDescending(f => f.Id, StringComparer.Ordinal)
            .Select(f => (f.Title, (IReadOnlyList<(string, string)>)[.. f.Standards.Select(s => ($"{f.Id}:{s.Id}", $"{s.Id} {s.Name}"))]))];

    /// <summary>The standards ticked under another framework than the one chosen: refused, rather than silently dropped.</summary>
    public IReadOnlyList<string> NotInspectedElsewhere =>
        [.. NotInspected.Where(n => ChosenFramework is not { } f || !n.StartsWith(f.Id + ":", StringComparison.Ordinal) || f.FindStandard(n[(f.Id.Length + 1)..]) is null)];

    /// <summary>The inspection as typed; only once the validator has passed the form.</summary>
    public NewInspection ToInspection() => new(ChosenFramework!.Id, ChosenProvider!.Id)
    {
        Reference = Reference, LeadInspector = Options.Names[Lead!],
        FieldworkStart = Start.Value, FieldworkEnd = End.Value,
        ProgrammeYear = ProgrammeYear is { Length: > 0 } y ? y : null, PreviousInspectionId = ChosenPrevious?.Id, Team = this.Members(),
        NotInspected = [.. NotInspected.Select(n => n[(ChosenFramework.Id.Length + 1)..]).Distinct()],
    };

    [GeneratedRegex(@"^\d{4}/\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex ProgrammeYearPattern();
}

public sealed class InspectionFormValidator : AbstractValidator<InspectionForm>
{
    public InspectionFormValidator()
    {
        RuleFor(f => f.ChosenProvider).NotNull().WithMessage("Select the provider to inspect").OverridePropertyName("provider");
        RuleFor(f => f.ChosenFramework).NotNull().WithMessage("Select the framework version").OverridePropertyName("framework");
        RuleFor(f => f.ChosenFramework).Must((form, framework) => framework!.ProviderTypes.Count == 0 || framework.ProviderTypes.Contains(form.ChosenProvider!.Type.ToString()))
            .When(f => f.ChosenFramework is not null && f.ChosenProvider is not null)
            .WithMessage(f => $"{f.ChosenProvider!.Name} cannot be inspected under this framework: it inspects {string.Join(" and ", f.ChosenFramework!.ProviderTypes.Select(Plural))}")
            .OverridePropertyName("framework");
        RuleFor(f => f.Reference).NotEmpty().WithMessage("Enter the inspection's reference, for example NB-2019")
            .Within(FieldLength.Short, "The reference").OverridePropertyName("reference");
        RuleFor(f => f.Start.Value).NotNull().WithMessage(f => f.Start.IsEmpty ? "Enter the date fieldwork starts" : "The fieldwork start must be a real date, like 3 6 2019")
            .OverridePropertyName("start-day");
        RuleFor(f => f.End.Value).NotNull().WithMessage(f => f.End.IsEmpty ? "Enter the date fieldwork ends" : "The fieldwork end must be a real date, like 14 6 2019")
            .OverridePropertyName("end-day");
        RuleFor(f => f.End.Value).GreaterThanOrEqualTo(f => f.Start.Value).When(f => f.Start.Value is not null && f.End.Value is not null)
            .WithMessage("The fieldwork end must be on or after its start").OverridePropertyName("end-day");
        RuleFor(f => f.ProgrammeYear).Must(InspectionForm.IsProgrammeYear).When(f => !string.IsNullOrEmpty(f.ProgrammeYear))
            .WithMessage("The programme year must be like 2019/20").OverridePropertyName("programme-year");
        RuleFor(f => f.ChosenPrevious).NotNull().When(f => !string.IsNullOrEmpty(f.Previous))
            .WithMessage("Select the previous inspection from the list, or none").OverridePropertyName("previous");
        RuleFor(f => f.ChosenPrevious).Must((form, previous) => previous!.ProviderId == form.ChosenProvider!.Id)
            .When(f => f.ChosenPrevious is not null && f.ChosenProvider is not null)
            .WithMessage(f => $"The previous inspection must be of {f.ChosenProvider!.Name}; the one selected is of {f.ChosenPrevious!.ProviderName}")
            .OverridePropertyName("previous");
        RuleFor(f => f.NotInspectedElsewhere).Empty().When(f => f.ChosenFramework is not null)
            .WithMessage("Tick only standards of the framework version chosen as not inspected").OverridePropertyName("not-inspected");
        this.TeamRules();
        this.EveryOtherTextWithin();
    }

    private static string Plural(string providerType) => providerType switch
    {
        nameof(ProviderType.Area) => "areas",
        nameof(ProviderType.Region) => "regions",
        _ => providerType + "s",
    };
}
