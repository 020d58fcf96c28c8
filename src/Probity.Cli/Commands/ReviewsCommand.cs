using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Probity.Cli.Storage;
using Probity.Data.Reviews;

namespace Probity.Cli.Commands;

/// <summary><c>./probity reviews</c>: the stored regional reviews, one a line.</summary>
public sealed class ReviewsCommand(DatabaseReadiness database, ReviewStore reviews)
{
    public static Command Create(IServiceProvider services)
    {
        var command = new Command("reviews", "List the stored regional reviews: id, reference, region, letter date, PDUs linked.");
        command.SetCancellableAction((_, ct) => services.GetRequiredService<ReviewsCommand>().ListAsync(ct));
        return command;
    }

    private async Task<int> ListAsync(CancellationToken ct)
    {
        var location = await database.ReadyAsync(ct);
        var list = await reviews.ListAsync(ct);
        if (list.Count == 0) Console.Error.WriteLine($"probity: the {location} holds no reviews yet; add one with ./probity import REVIEW-FOLDER");
        foreach (var r in list)
            Console.Out.WriteLine($"{StoredRecords.ReviewName(r.Id),-10} {r.Reference ?? "-",-16} {r.Region,-24} {r.LetterDate?.ToString("yyyy-MM-dd") ?? "-",-10} {r.PduCount,3} PDUs");
        return CommandLine.Ok;
    }
}
