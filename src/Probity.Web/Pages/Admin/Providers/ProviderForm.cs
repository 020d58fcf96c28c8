using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Data.Providers;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Admin.Providers;

/// <summary>A provider as an admin types it: every value trimmed, previous names one a line.</summary>
public sealed class ProviderForm
{
    public static IReadOnlyList<(string, string)> TypeOptions { get; } =
    [
        (nameof(ProviderType.CRC), "Community rehabilitation company (CRC)"),
        (nameof(ProviderType.NPS), "National Probation Service division (NPS)"),
        (nameof(ProviderType.PDU), "Probation delivery unit (PDU)"),
        (nameof(ProviderType.Region), "Region"),
        (nameof(ProviderType.Area), "Area (Quality & Impact inspections)"),
    ];

    [FromForm(Name = "name")] public string? Name { get; set => field = value?.Trim(); }
    [FromForm(Name = "short-name")] public string? ShortName { get; set => field = value?.Trim(); }
    [FromForm(Name = "type")] public string? Type { get; set => field = value?.Trim(); }
    [FromForm(Name = "region")] public string? Region { get; set => field = value?.Trim(); }
    [FromForm(Name = "previous-names")] public string? PreviousNames { get; set => field = value?.Trim(); }
    [FromForm(Name = "version")] public int? Version { get; set; }

    public ProviderType? Kind => TypeOptions.Any(o => o.Item1 == Type) ? Enum.Parse<ProviderType>(Type!) : null;

    /// <summary>The previous names, one a line, blank lines left out.</summary>
    public IReadOnlyList<string> PreviousNameList() =>
        (PreviousNames ?? "").Split('\n').Select(n => n.Trim()).Where(n => n.Length > 0).Distinct().ToList();

    /// <summary>The provider as typed; only once the validator has passed the form.</summary>
    public ProviderInfo ToProvider() => new(Name!, Kind!.Value)
    {
        ShortName = ShortName is { Length: > 0 } s ? s : null,
        Region = Kind == ProviderType.PDU && Region is { Length: > 0 } r ? r : null,
    };

    public static ProviderForm From(Provider provider) => new()
    {
        Name = provider.Name, ShortName = provider.ShortName ?? "", Type = provider.Type.ToString(), Region = provider.RegionName ?? "",
        PreviousNames = string.Join('\n', provider.PreviousNames), Version = provider.Version,
    };
}

public sealed class ProviderFormValidator : AbstractValidator<ProviderForm>
{
    public ProviderFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the provider's name, for example Northumbria CRC")
            .Within(FieldLength.Short, "The name").OverridePropertyName("name");
        RuleFor(f => f.ShortName).Within(FieldLength.Short, "The short name").OverridePropertyName("short-name");
        RuleFor(f => f.Kind).NotNull().WithMessage("Select the kind of provider").OverridePropertyName("type");
        RuleFor(f => f.Region).NotEmpty().When(f => f.Kind == ProviderType.PDU)
            .WithMessage("Enter the region the probation delivery unit belongs to").OverridePropertyName("region");
        RuleFor(f => f.Region).Within(FieldLength.Short, "The region").OverridePropertyName("region");
        RuleFor(f => f.PreviousNames).Within(FieldLength.Long, "The previous names").OverridePropertyName("previous-names");
        RuleForEach(f => f.PreviousNameList()).MaximumLength(FieldLength.Short)
            .WithMessage($"Each previous name must be {FieldLength.Short} characters or fewer").OverridePropertyName("previous-names");
        this.EveryOtherTextWithin();
    }
}
