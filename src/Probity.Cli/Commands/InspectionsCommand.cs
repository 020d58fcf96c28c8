using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Probity.Cli.Storage;
using Probity.Core.Datasets;
using Probity.Data.Inspections;

namespace Probity.Cli.Commands;

/// <summary><c>./probity inspections</c>: the stored inspections, one a line.</summary>
public sealed class InspectionsCommand(DatabaseReadiness database, InspectionStore inspections)
{
    public static Command Create(IServiceProvider services)
    {
        var command = new Command("inspections", "List the stored inspections: id, reference, provider, framework, status and cases.");
        command.SetCancellableAction((_, ct) => services.GetRequiredService<InspectionsCommand>().ListAsync(ct));
        return command;
    }

    private async Task<int> ListAsync(CancellationToken ct)
    {
        var location = await database.ReadyAsync(ct);
        var list = await inspections.ListAsync(ct: ct);
        if (list.Count == 0) Console.Error.WriteLine($"probity: the {location} holds no inspections yet; add one with ./probity import DATASET");
        foreach (var i in list)
            Console.Out.WriteLine($"{i.Id,6}  {i.Reference ?? "-",-12} {i.ProviderName,-50} {i.Framework,-14} {i.Status.Token(),-18} {i.CaseCount,7} cases");
        return CommandLine.Ok;
    }
}
