using System.CommandLine;
using Probity.Cli.Storage;
using Probity.Data;
using Probity.Data.Reviews;
using Probity.Exchange;

namespace Probity.Cli.Commands;

/// <summary>
/// Regional reviews in the database: <c>import</c> of a review folder (the PDU inspections it links come with it, or are
/// linked where already stored), <c>export</c> of a stored review as a folder again, and <c>reviews</c> to list them.
/// </summary>
public static class ReviewStorage
{
    public static async Task<int> ImportAsync(ProbityStore store, string folder, Actor actor, CancellationToken ct)
    {
        var read = ReviewFolder.Read(folder, InputLimits.Current);
        if (!read.Succeeded)
        {
            ProblemPrinter.Print(read.Problems, Console.Error, "nothing was imported");
            return CommandLine.InvalidInput;
        }
        ReviewImport imported;
        try
        {
            imported = await store.Reviews.ImportAsync(read.Read!, read.Linked, actor, ct);
        }
        catch (ChangeRefusedException e)
        {
            // What the store found is in review.json's terms too: printed as the folder's problems are.
            foreach (var reason in e.Reasons) Console.Error.WriteLine(reason);
            Console.Error.WriteLine($"{e.Reasons.Count} problem{(e.Reasons.Count == 1 ? "" : "s")} found; nothing was imported.");
            return CommandLine.InvalidInput;
        }
        foreach (var (outcome, i) in imported.Links.Select((o, i) => (o, i)))
            Console.Error.WriteLine($"probity: {outcome.Key} ({outcome.Name}): {Describe(outcome, read.Review!.PduInspections[i].Dataset)}");
        var id = StoreAccess.Id(imported.Id);
        Console.Error.WriteLine($"probity: imported {folder} into the {store.Location} as {id}");
        Console.Out.WriteLine(id);
        return CommandLine.Ok;
    }

    private static string Describe(PduLinkOutcome o, string? dataset) => o.Kind switch
    {
        PduLinkKind.Imported => $"imported {dataset} as inspection {o.InspectionId}",
        PduLinkKind.LinkedToStored => $"linked to stored inspection {o.InspectionId}, which has the same reference ({dataset} was not imported again)",
        _ => "no dataset linked; the letter's figures are stored as recorded",
    };

    public static async Task<int> ExportAsync(ProbityStore store, long reviewId, string folder, CancellationToken ct)
    {
        var stored = await store.Reviews.ExportAsync(reviewId, folder, ct);
        var datasets = stored.Linked.Count(l => l.Dataset is not null);
        Console.Error.WriteLine($"probity: exported {StoreAccess.Id(reviewId)} to {Path.GetFullPath(folder)}: review.json and {datasets} PDU dataset folder{(datasets == 1 ? "" : "s")}");
        return CommandLine.Ok;
    }

    public static Command List()
    {
        var command = new Command("reviews", "List the stored regional reviews: id, reference, region, letter date, PDUs linked.");
        command.SetAction(_ => StoreAccess.Run(async ct =>
        {
            var store = await StoreAccess.OpenAsync(ct);
            var list = await store.Reviews.ListAsync(ct);
            if (list.Count == 0) Console.Error.WriteLine($"probity: the {store.Location} holds no reviews yet; add one with ./probity import REVIEW-FOLDER");
            foreach (var r in list)
                Console.Out.WriteLine($"{StoreAccess.Id(r.Id),-10} {r.Reference ?? "-",-16} {r.Region,-24} {r.LetterDate?.ToString("yyyy-MM-dd") ?? "-",-10} {r.PduCount,3} PDUs");
            return CommandLine.Ok;
        }));
        return command;
    }
}
