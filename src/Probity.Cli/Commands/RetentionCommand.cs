using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Probity.Cli.Storage;
using Probity.Data.PersonalData;

namespace Probity.Cli.Commands;

/// <summary><c>./probity retention</c>: the published inspections kept longer than <c>PROBITY_RETENTION_YEARS</c>, for review.</summary>
public sealed class RetentionCommand(DatabaseReadiness database, RetentionStore retention)
{
    public static Command Create(IServiceProvider services)
    {
        var command = new Command("retention", $"List the published inspections older than the retention period ({RetentionPeriod.Variable}, default {RetentionPeriod.DefaultYears} years), for review.");
        command.SetCancellableAction((_, ct) =>
        {
            int years;
            try
            {
                years = RetentionPeriod.YearsFromEnvironment();
            }
            catch (FormatException e)
            {
                throw new UserErrorException(e.Message, CommandLine.Usage);
            }
            return services.GetRequiredService<RetentionCommand>().ListAsync(years, ct);
        });
        return command;
    }

    private async Task<int> ListAsync(int years, CancellationToken ct)
    {
        var location = await database.ReadyAsync(ct);
        var due = await retention.DueForReviewAsync(years, ct);
        Console.Error.WriteLine($"probity: {due.Count} published inspection{(due.Count == 1 ? "" : "s")} older than {years} years, to review ({location})");
        foreach (var d in due)
            Console.Out.WriteLine($"{d.InspectionId,6}  {d.Reference ?? "-",-12} {d.Provider,-50} published {d.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}  {d.Age}");
        return CommandLine.Ok;
    }
}
