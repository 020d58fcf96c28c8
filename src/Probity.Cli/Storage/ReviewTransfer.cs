using Probity.Data;
using Probity.Data.Reviews;
using Probity.Exchange;

namespace Probity.Cli.Storage;

/// <summary>
/// Regional reviews in and out of the database: <c>import</c> of a review folder (the PDU inspections it links come with
/// it, or are linked where already stored) and <c>export</c> of a stored review as a folder again.
/// </summary>
public sealed class ReviewTransfer(DatabaseReadiness database, ReviewStore reviews)
{
    /// <summary>Reads and checks the folder first: a folder with problems never opens, let alone creates, the database.</summary>
    public async Task<int> ImportAsync(string folder, Actor actor, CancellationToken ct)
    {
        var read = ReviewFolder.Read(folder, InputLimits.Current);
        if (!read.Succeeded)
        {
            ProblemPrinter.Print(read.Problems, Console.Error, "nothing was imported");
            return CommandLine.InvalidInput;
        }
        var location = await database.ReadyAsync(ct);
        ReviewImport imported;
        try
        {
            imported = await reviews.ImportAsync(read.Read!, read.Linked, actor, ct);
        }
        catch (ChangeRefusedException e)
        {
            // What the store found is in review.json's terms too: printed as the folder's problems are.
            foreach (var reason in e.Reasons) Console.Error.WriteLine(reason);
            Console.Error.WriteLine($"{e.Reasons.Count} problem{(e.Reasons.Count == 1 ? "" : "s")} found; nothing was imported.");
            return CommandLine.InvalidInput;
        }
        foreach (var (outcome, index) in imported.Links.Select((o, i) => (o, i)))
            Console.Error.WriteLine($"probity: {outcome.Key} ({outcome.Name}): {Describe(outcome, read.Review!.PduInspections[index].Dataset)}");
        var name = StoredRecords.ReviewName(imported.Id);
        Console.Error.WriteLine($"probity: imported {folder} into the {location} as {name}");
        Console.Out.WriteLine(name);
        return CommandLine.Ok;
    }

    public async Task<int> ExportAsync(long reviewId, string folder, CancellationToken ct)
    {
        var stored = await reviews.ExportAsync(reviewId, folder, ct);
        var datasets = stored.Linked.Count(l => l.Dataset is not null);
        Console.Error.WriteLine($"probity: exported {StoredRecords.ReviewName(reviewId)} to {Path.GetFullPath(folder)}: review.json and {datasets} PDU dataset folder{(datasets == 1 ? "" : "s")}");
        return CommandLine.Ok;
    }

    private static string Describe(PduLinkOutcome outcome, string? dataset) => outcome.Kind switch
    {
        PduLinkKind.Imported => $"imported {dataset} as inspection {outcome.InspectionId}",
        PduLinkKind.LinkedToStored => $"linked to stored inspection {outcome.InspectionId}, which has the same reference ({dataset} was not imported again)",
        _ => "no dataset linked; the letter's figures are stored as recorded",
    };
}
