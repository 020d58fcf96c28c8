using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Probity.Cli.Output;
using Probity.Cli.Storage;
using Probity.Data.PersonalData;

namespace Probity.Cli.Commands;

/// <summary>
/// <c>./probity export-person INSPECTION CASE-REF [--out FILE]</c>: everything held about one case, as JSON, to answer a
/// subject access request. The file is created for its owner only: it holds personal data.
/// </summary>
public sealed class ExportPersonCommand(DatabaseReadiness database, StoredRecords records, SubjectAccessStore subjectAccess)
{
    // Read by the person it is about: their words as written (an apostrophe, a pound sign), not as \u escapes. It is a file, never HTML.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(IServiceProvider services)
    {
        var inspection = new Argument<string>("INSPECTION") { Description = "The inspection: its id, or a reference that names one." };
        var caseRef = new Argument<string>("CASE-REF") { Description = "The case reference, e.g. NB19-CS-042." };
        var output = new Option<string?>("--out") { Description = "The JSON file to write (a new file, readable by you alone); standard output without it." };
        var command = new Command("export-person", "Everything held about one case, as JSON: a subject access request.") { inspection, caseRef, output };
        command.SetCancellableAction((parse, ct) =>
        {
            if (parse.GetValue(output) is { } file) OutputFile.CheckFolder(file);
            return services.GetRequiredService<ExportPersonCommand>().ExportAsync(parse.GetValue(inspection)!, parse.GetValue(caseRef)!, parse.GetValue(output), ct);
        });
        return command;
    }

    private async Task<int> ExportAsync(string inspection, string caseRef, string? file, CancellationToken ct)
    {
        await database.ReadyAsync(ct);
        var id = await records.ResolveInspectionAsync(inspection, ct);
        var json = (await subjectAccess.ExportAsync(id, caseRef, ct)).ToJsonString(Indented);
        if (file is null)
        {
            await Console.Out.WriteLineAsync(json.AsMemory(), ct);
            return CommandLine.Ok;
        }
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            await using var stream = new FileStream(file, options);
            await using var writer = new StreamWriter(stream);
            await writer.WriteLineAsync(json.AsMemory(), ct);
        }
        catch (IOException) when (File.Exists(file))
        {
            throw new UserErrorException($"--out {file} exists already; name a new file", CommandLine.Usage);
        }
        Console.Error.WriteLine($"probity: wrote everything held about case {caseRef} of inspection {id} to {file}");
        return CommandLine.Ok;
    }
}
