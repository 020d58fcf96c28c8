using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Probity.Cli.Storage;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Data;
using Probity.Data.Inspections;
using Probity.Data.Providers;
using Probity.Data.Teams;

namespace Probity.Cli.Commands;

/// <summary>
/// <c>./probity new</c>: a new inspection at the planned stage — provider, framework version, reference, fieldwork dates,
/// programme year, and optionally its lead and previous inspection. Prints the new id on the last line, as import does.
/// </summary>
public sealed class NewCommand(DatabaseReadiness database, InspectionStore inspections, ProviderStore providers, StoredRecords records)
{
    private sealed record Request(ProviderInfo Provider, NewInspection Inspection, string? Previous, bool AsNew);

    public static Command Create(IServiceProvider services)
    {
        var provider = new Option<string>("--provider") { Description = "The provider's name; a new one is added.", Required = true };
        var type = new Option<ProviderType>("--type") { Description = "The provider's type: CRC, NPS, PDU, Region or Area.", Required = true };
        var region = new Option<string?>("--region") { Description = "The region the provider belongs to (a PDU's)." };
        var framework = new Option<string>("--framework") { Description = $"The framework version: {string.Join(", ", FrameworkCatalog.Ids)}.", Required = true };
        var reference = new Option<string>("--reference") { Description = "The inspection's reference, e.g. NB-2019.", Required = true };
        var start = new Option<string?>("--fieldwork-start") { Description = "The first day of fieldwork, yyyy-mm-dd." };
        var end = new Option<string?>("--fieldwork-end") { Description = "The last day of fieldwork, yyyy-mm-dd." };
        var year = new Option<string?>("--year") { Description = "The programme year, e.g. 2019/20 (default: the April-to-March year of the fieldwork start)." };
        var lead = new Option<string?>("--lead") { Description = "The user name of the lead inspector, who heads the team." };
        var previous = new Option<string?>("--previous") { Description = "The previous inspection of the same provider: its id or reference." };
        var asNew = new Option<bool>("--as-new") { Description = "Create it even though an inspection with this reference is stored already." };
        var command = new Command("new", "Create an inspection at the planned stage; prints the new id on the last line.")
        {
            provider, type, region, framework, reference, start, end, year, lead, previous, asNew,
        };
        command.SetCancellableAction((parse, ct) =>
        {
            // The dates are checked before a database is opened: bad input never creates one.
            var leadName = parse.GetValue(lead);
            var request = new Request(
                new ProviderInfo(parse.GetValue(provider)!, parse.GetValue(type)) { Region = parse.GetValue(region) },
                new NewInspection(parse.GetValue(framework)!, 0)
                {
                    Reference = parse.GetValue(reference)!, FieldworkStart = Date(parse.GetValue(start), "--fieldwork-start"),
                    FieldworkEnd = Date(parse.GetValue(end), "--fieldwork-end"), ProgrammeYear = parse.GetValue(year), LeadInspector = leadName,
                    Team = leadName is null ? [] : [new TeamMember(leadName, TeamRole.Lead)],
                },
                parse.GetValue(previous), parse.GetValue(asNew));
            return services.GetRequiredService<NewCommand>().CreateAsync(request, Actor.FromEnvironment(), ct);
        });
        return command;
    }

    private async Task<int> CreateAsync(Request request, Actor actor, CancellationToken ct)
    {
        var location = await database.ReadyAsync(ct);
        await RefuseSecondCopyAsync(inspections, request.Inspection.Reference, request.AsNew, ct);
        var providerId = (await providers.ListAsync(ct)).FirstOrDefault(p => p.Name == request.Provider.Name && p.Type == request.Provider.Type)?.Id
            ?? (await providers.CreateAsync(request.Provider, actor, ct)).Id;
        long? previousId = request.Previous is { } p ? await records.ResolveInspectionAsync(p, ct) : null;
        var created = await inspections.CreateAsync(request.Inspection with { ProviderId = providerId, PreviousInspectionId = previousId }, actor, ct);
        Console.Error.WriteLine($"probity: created inspection {created.Reference} of {created.ProviderName} ({created.Framework}), planned, in the {location}");
        Console.Out.WriteLine(created.Id.ToString(CultureInfo.InvariantCulture));
        return CommandLine.Ok;
    }

    /// <summary>A reference already stored is refused unless the user says a second copy is meant (import and new alike).</summary>
    public static async Task RefuseSecondCopyAsync(InspectionStore inspections, string? reference, bool asNew, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inspections);
        if (reference is null || asNew) return;
        var stored = await inspections.FindByReferenceAsync(reference, ct);
        if (stored.Count > 0)
            throw new UserErrorException($"inspection {reference} is stored already (id {string.Join(", ", stored.Select(s => s.Id))}); " +
                "add --as-new to store it again as a separate inspection");
    }

    private static DateOnly? Date(string? text, string option) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new UserErrorException($"{option} \"{text}\" is not a date: write it yyyy-mm-dd", CommandLine.Usage);
}
