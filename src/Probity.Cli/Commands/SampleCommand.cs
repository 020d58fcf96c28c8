using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Probity.Cli.Output;
using Probity.Cli.Storage;
using Probity.Core.Datasets;
using Probity.Core.Sampling;
using Probity.Exchange;
using Probity.Exchange.Input;

namespace Probity.Cli.Commands;

/// <summary>
/// <c>./probity sample POPULATION.csv --out SAMPLE.csv</c>: draws a stratified, reproducible sample from a caseload extract
/// (spec §6). The rules are Core's; this verb reads the options, the file, and prints.
/// </summary>
public static class SampleCommand
{
    public static Command Create(IServiceProvider services)
    {
        var population = new Argument<string>("POPULATION") { Description = "The provider's caseload extract (CSV); see examples/populations/README.md for its columns." };
        var output = new Option<string>("--out") { Description = "The sample file to write: the population's columns plus stratum, role and reserve_order.", Required = true };
        var type = new Option<string>("--type") { Description = "The sample: case-supervision, unpaid-work or through-the-gate.", DefaultValueFactory = _ => "case-supervision" };
        type.AcceptOnlyFromAmong([.. SampleTypes.AllTokens]);
        var framework = new Option<string>("--framework") { Description = "The framework version whose sampling rules apply.", DefaultValueFactory = _ => "hmip-crc-2019" };
        framework.AcceptOnlyFromAmong([.. SamplingDefaults.Frameworks]);
        var confidence = new Option<double>("--confidence") { Description = "Confidence level, per cent.", DefaultValueFactory = _ => 80 };
        var margin = new Option<double>("--margin") { Description = "Margin of error, percentage points.", DefaultValueFactory = _ => 5 };
        var seed = new Option<ulong?>("--seed")
        {
            Description = "The seed of the random selection; the same seed gives the same sample. Chosen at random (and printed) when omitted.",
            CustomParser = SeedValue,
        };
        var encoding = new Option<string>("--encoding")
        {
            Description = "The text encoding of a CSV extract that is not UTF-8: windows-1252 (Excel's \"CSV (Comma delimited)\") or utf-16 (Excel's \"Unicode Text\").",
            DefaultValueFactory = _ => "utf-8",
        };
        encoding.AcceptOnlyFromAmong([.. InputEncodings.Tokens]);
        var asAt = new Option<string?>("--as-at") { Description = "Work out eligibility at this date (yyyy-mm-dd). Without it every row of the file is taken as eligible." };
        var required = new Option<int?>("--required") { Description = "The required sample size, given instead of calculated (needed for through-the-gate under hmip-crc-2019)." };
        var planning = new Option<int?>("--planning-population") { Description = "The planning estimate of the eligible population to calculate the required size from (default: the eligible count)." };
        var reserves = new Option<int>("--reserve-percent") { Description = "Reserves per stratum, as a percentage of the stratum's sampled cases (rounded up).", DefaultValueFactory = _ => 20 };
        var managedBy = new Option<string?>("--managed-by") { Description = "Which organisations' cases may be sampled: crc, nps or crc,nps (default by sample type and version)." };
        var supervision = new Option<string?>("--supervision-months") { Description = "Case supervision: months under supervision at the as-at date, MIN-MAX (default 6-7)." };
        var begun = new Option<int?>("--uw-begun-months") { Description = "Unpaid work: the requirement began at least this many months before the as-at date (default 3)." };
        var uwWindow = new Option<string?>("--uw-window-weeks") { Description = "Unpaid work: the weeks over which eligible requirements were made, or none (default 2 in 2019, none in 2018)." };
        var releaseWindow = new Option<int?>("--release-window-weeks") { Description = "Through the Gate: the weeks over which releases are eligible (default 4 in 2019, 2 in 2018)." };
        var releasedAgo = new Option<int?>("--released-weeks-ago") { Description = "Through the Gate: the release window ends this many weeks before the as-at date (default 0 in 2019, 6 in 2018)." };
        var anyEntitlement = new Option<bool>("--ignore-ttg-entitlement") { Description = "Through the Gate: include releases not entitled to pre-release Through the Gate services." };
        var json = new Option<bool>("--json") { Description = "Print the draw as one JSON object (for tools) instead of the report." };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace the sample file if it exists." };
        var inspection = new Option<string?>("--inspection") { Description = "Also store the drawn sample with this stored inspection (id or reference), in the database PROBITY_DATA_DIR / PROBITY_DATABASE names." };
        var command = new Command("sample", "Draw a stratified, reproducible sample from a caseload extract: eligibility, required size (or census), allocation, reserves and a balance report.")
        {
            population, output, type, framework, confidence, margin, seed, asAt, required, planning, reserves, managedBy,
            supervision, begun, uwWindow, releaseWindow, releasedAgo, anyEntitlement, json, overwrite, inspection, encoding,
        };
        command.SetCancellableAction((parse, ct) =>
        {
            // --type accepts only the known tokens, so this parse cannot fail once the command line has been accepted.
            if (!SampleTypes.TryParse(parse.GetValue(type), out var sampleType)) throw new UserErrorException($"--type {parse.GetValue(type)} is not a sample type", CommandLine.Usage);
            var plan = SamplingPlan.For(parse.GetValue(framework)!, sampleType)!;
            var randomSeed = parse.GetValue(seed) is null;
            var windows = plan.Windows;
            OnlyFor(parse, sampleType, SampleType.CaseSupervision, supervision);
            OnlyFor(parse, sampleType, SampleType.UnpaidWork, begun, uwWindow);
            OnlyFor(parse, sampleType, SampleType.ThroughTheGate, releaseWindow, releasedAgo, anyEntitlement);
            if (parse.GetValue(supervision) is { } months)
            {
                var (min, max) = MonthRange(months);
                windows = windows with { SupervisionMonthsMin = min, SupervisionMonthsMax = max };
            }
            if (parse.GetValue(begun) is { } b) windows = windows with { RequirementStartedMonthsAgoMin = b };
            if (parse.GetValue(uwWindow) is { } w) windows = windows with { RequirementWindowWeeks = w == "none" ? null : Whole(w, "--uw-window-weeks") };
            if (parse.GetValue(releaseWindow) is { } rw) windows = windows with { ReleaseWindowWeeks = rw };
            if (parse.GetValue(releasedAgo) is { } ago) windows = windows with { ReleasedWeeksAgo = ago };
            if (parse.GetValue(anyEntitlement)) windows = windows with { RequiresPreReleaseTtgEntitlement = false };
            plan = plan with
            {
                ConfidencePercent = parse.GetValue(confidence),
                MarginPercent = parse.GetValue(margin),
                Seed = parse.GetValue(seed) ?? (ulong)System.Security.Cryptography.RandomNumberGenerator.GetInt32(1, 1_000_000),
                AsAt = parse.GetValue(asAt) is { } date ? Date(date) : null,
                Required = parse.GetValue(required),
                PlanningPopulation = parse.GetValue(planning),
                ReservePercent = parse.GetValue(reserves),
                ManagedBy = parse.GetValue(managedBy) is { } m ? m.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : plan.ManagedBy,
                Windows = windows,
            };
            if (plan.Problems() is { Count: > 0 } wrong) throw new UserErrorException(string.Join("\n", wrong), CommandLine.Usage);
            // --encoding accepts only known tokens; without it the extract is read as UTF-8, which TryParse gives for none.
            _ = InputEncodings.TryParse(parse.GetValue(encoding), out var chosen);
            var file = new PopulationFileOptions { Encoding = chosen, Limits = InputLimits.Current, Choice = new EncodingChoice("--encoding {0}") };
            // The database is reached only to store the sample with an inspection.
            (SampleStorage, string)? storeWith = parse.GetValue(inspection) is { } name ? (services.GetRequiredService<SampleStorage>(), name) : null;
            return RunAsync(parse.GetValue(population)!, parse.GetValue(output)!, plan, file, randomSeed, parse.GetValue(json), parse.GetValue(overwrite), storeWith, ct);
        });
        return command;
    }

    /// <summary>
    /// Checks the output path, then reads and draws, and only then reaches the database (to find the inspection the sample
    /// is stored with, before the file is written): bad input never opens or creates a database, and a mistyped id writes nothing.
    /// </summary>
    private static async Task<int> RunAsync(string populationPath, string outPath, SamplingPlan plan, PopulationFileOptions file, bool randomSeed, bool json,
        bool overwrite, (SampleStorage Storage, string Inspection)? storeWith, CancellationToken ct)
    {
        if (Path.GetFullPath(outPath) == Path.GetFullPath(populationPath)) throw new UserErrorException("--out names the population file itself; choose another name", CommandLine.Usage);
        OutputFile.CheckFolder(outPath);
        if (!overwrite && File.Exists(outPath)) throw new UserErrorException($"{outPath} already exists; choose another name or replace it with --overwrite");
        var problems = new List<DatasetProblem>();
        if (FileStatus.Of(populationPath).Kind == FileKind.Missing) throw new UserErrorException($"{populationPath}: no such file");
        var population = PopulationFile.Read(populationPath, plan, problems, file);
        var draw = population is null ? null : StratifiedSampler.Draw(population, plan, problems);
        if (draw is null)
        {
            ProblemPrinter.Print(problems, Console.Error, "nothing was written");
            return CommandLine.InvalidInput;
        }
        if (draw.Eligible == 0)
            throw new UserErrorException($"no case in {populationPath} is eligible ({draw.Eligibility.Considered.ToString("N0", CultureInfo.InvariantCulture)} rows"
                + string.Concat(draw.Eligibility.Exclusions.Select(e => $"; {e.Count} {e.Description}")) + "); nothing was written");
        long? inspectionId = storeWith is { } named ? await named.Storage.InspectionAsync(named.Inspection, ct) : null;
        AtomicFile.WriteText(outPath, writer =>
        {
            using var again = PopulationFile.Open(populationPath, file) ?? throw new IOException($"{populationPath} disappeared while it was being sampled");
            SampleFileWriter.Write(again, draw, writer);
        }, overwrite);
        if (json) Console.Out.Write(SampleJson.Write(draw, outPath));
        else SampleReport.Write(draw, outPath, randomSeed, Console.Out);
        if (storeWith is { } target && inspectionId is { } id) await target.Storage.StoreAsync(id, draw, outPath, ct);
        return CommandLine.Ok;
    }

    // A seed is a whole number from 0 up; anything else is said in words, not as the .NET type it failed to become.
    private static ulong? SeedValue(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
        result.AddError($"--seed \"{text}\" is not a seed: give a whole number from 0 to {ulong.MaxValue}");
        return null;
    }

    /// <summary>A window option of another sample type is a mistake worth saying, not ignoring.</summary>
    private static void OnlyFor(ParseResult parse, SampleType chosen, SampleType applies, params Option[] options)
    {
        foreach (var option in options.Where(o => chosen != applies && parse.GetResult(o) is { Implicit: false }))
            throw new UserErrorException($"{option.Name} applies to {applies.Token()} samples, not {chosen.Token()}", CommandLine.Usage);
    }

    private static DateOnly Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UserErrorException($"--as-at \"{text}\" is not a date written yyyy-mm-dd", CommandLine.Usage);

    private static (int Min, int Max) MonthRange(string text)
    {
        var parts = text.Split('-');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var min)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var max))
            return (min, max);
        throw new UserErrorException($"--supervision-months \"{text}\" is not a range of months such as 6-7", CommandLine.Usage);
    }

    private static int Whole(string text, string option) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new UserErrorException($"{option} \"{text}\" is not a whole number of weeks or none", CommandLine.Usage);
}
