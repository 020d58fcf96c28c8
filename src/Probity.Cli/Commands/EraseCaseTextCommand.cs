using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Probity.Cli.Storage;
using Probity.Data;
using Probity.Data.PersonalData;

namespace Probity.Cli.Commands;

/// <summary>
/// <c>./probity erase-case-text INSPECTION CASE-REF --reason "…"</c>: erases a published inspection's case notes and
/// practice examples, in the case and in the audit log's texts; the answers stay and the log records the erasure.
/// </summary>
public sealed class EraseCaseTextCommand(DatabaseReadiness database, StoredRecords records, CaseTextErasureStore erasure)
{
    public static Command Create(IServiceProvider services)
    {
        var inspection = new Argument<string>("INSPECTION") { Description = "The inspection: its id, or a reference that names one." };
        var caseRef = new Argument<string>("CASE-REF") { Description = "The case reference, e.g. NB19-CS-042." };
        var reason = new Option<string>("--reason") { Description = "Why the text is erased (kept in the audit log).", Required = true };
        var command = new Command("erase-case-text", "Erase a published inspection's case notes and practice examples; the answers stay.") { inspection, caseRef, reason };
        command.SetCancellableAction((parse, ct) => services.GetRequiredService<EraseCaseTextCommand>()
            .EraseAsync(parse.GetValue(inspection)!, parse.GetValue(caseRef)!, parse.GetValue(reason)!, Actor.FromEnvironment(), ct));
        return command;
    }

    private async Task<int> EraseAsync(string inspection, string caseRef, string reason, Actor actor, CancellationToken ct)
    {
        var location = await database.ReadyAsync(ct);
        var id = await records.ResolveInspectionAsync(inspection, ct);
        var erased = await erasure.EraseAsync(id, caseRef, reason, actor, ct);
        Console.Out.WriteLine($"erased from case {erased.CaseId} of inspection {id}: {erased.Notes} notes, {erased.PracticeExamples} practice examples, " +
            $"{erased.LogTexts} texts in the audit log; its answers are kept ({location})");
        return CommandLine.Ok;
    }
}
