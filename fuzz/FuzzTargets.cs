using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Input;
using Probity.Core.Reviews;
using Probity.Core.Sampling;
using Probity.Exchange;
using Probity.Exchange.Input;

namespace Probity.Fuzz;

/// <summary>
/// One fuzz target per reader, each taking the fuzzer's bytes as its input. A reader may refuse anything, but only
/// with problems: an exception escaping a target is a crash, and taking longer than the fuzzer's timeout is a hang.
/// The replay test runs every kept finding through these same methods.
/// </summary>
public static class FuzzTargets
{
    public static IReadOnlyList<string> Names { get; } = ["dataset", "review", "extract", "framework"];

    /// <summary>Separates the dataset target's files in one input: inspection.json, cases.csv, answers.csv, then the evidence files.</summary>
    public const byte FileSeparator = 0x1E;

    public static IReadOnlyList<string> DatasetFiles { get; } =
        [ManifestReader.FileName, CasesReader.FileName, AnswersReader.FileName, EvidenceReaders.InterviewsFile, EvidenceReaders.MeetingsFile, EvidenceReaders.PracticeExamplesFile];

    // Limits small enough that each run is quick, so the fuzzer spends its time on paths rather than on big inputs.
    private static readonly ReadingLimits Limits = ReadingLimits.Default with { MaxProblems = 200, MaxRows = 50_000 };

    /// <summary>Runs one target on <paramref name="input"/>: the number of problems the reader found (0 for an accepted input).</summary>
    public static int Run(string target, byte[] input, string workFolder) => target switch
    {
        "dataset" => Dataset(input, workFolder),
        "review" => Review(input),
        "extract" => Extract(input),
        "framework" => Framework(input),
        _ => throw new ArgumentException($"no fuzz target \"{target}\"; the targets are {string.Join(", ", Names)}", nameof(target)),
    };

    /// <summary>A dataset folder built from one input: its files, separated by <see cref="FileSeparator"/>, written to disk and read back.</summary>
    public static int Dataset(byte[] input, string folder)
    {
        Directory.CreateDirectory(folder);
        var start = 0;
        for (var i = 0; i < DatasetFiles.Count; i++)
        {
            var path = Path.Combine(folder, DatasetFiles[i]);
            if (start > input.Length)
            {
                File.Delete(path);
                continue;
            }
            var end = Array.IndexOf(input, FileSeparator, start);
            if (end < 0) end = input.Length;
            File.WriteAllBytes(path, input[start..end]);
            start = end + 1;
        }
        var result = DatasetFolder.Read(folder, Limits);
        Check(result.Succeeded == result.Problems.Count is 0, "a dataset is accepted exactly when it has no problems");
        return result.Problems.Count;
    }

    public static int Review(byte[] input)
    {
        var problems = new List<DatasetProblem>();
        if (Text(input, ReviewReader.FileName, problems) is { } json)
            Check(ReviewReader.Read(json, problems, limits: Limits).Review is null == problems.Count > 0, "a review is read exactly when it has no problems");
        return problems.Count;
    }

    public static int Framework(byte[] input)
    {
        var problems = new List<DatasetProblem>();
        if (Text(input, "framework.json", problems) is not { } json) return problems.Count;
        var result = FrameworkLoader.Load(json, "framework.json");
        Check(result.Succeeded == result.Problems.Count is 0, "a framework loads exactly when it has no problems");
        return result.Problems.Count;
    }

    /// <summary>A caseload extract (CSV in UTF-8, or an .xlsx workbook) read, drawn from and written out as a sample file.</summary>
    public static int Extract(byte[] input)
    {
        var plan = SamplingPlan.For("hmip-crc-2019", SampleType.CaseSupervision)! with { Seed = 7, AsAt = new DateOnly(2019, 8, 19) };
        var options = new PopulationFileOptions { Limits = Limits };
        var problems = new List<DatasetProblem>();
        var population = PopulationFile.Read(new MemoryStream(input), "extract.csv", plan, problems, options);
        if (population is null) return problems.Count;
        var draw = StratifiedSampler.Draw(population, plan, problems);
        if (draw is null || draw.Eligible == 0) return problems.Count;
        using var again = PopulationFile.Open(new MemoryStream(input), options);
        SampleFileWriter.Write(again, draw, TextWriter.Null);
        return problems.Count;
    }

    private static string? Text(byte[] input, string name, List<DatasetProblem> problems)
    {
        using var reader = new InputTextReader(new MemoryStream(input), InputEncoding.Utf8, Limits.MaxJsonFileBytes, ReadingLimits.JsonFileSize);
        return InputText.ReadAll(reader, name, problems, Limits);
    }

    private static void Check(bool holds, string what)
    {
        if (!holds) throw new InvalidOperationException($"broken promise: {what}");
    }
}
