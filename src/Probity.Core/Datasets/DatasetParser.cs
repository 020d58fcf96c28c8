using Probity.Core.Frameworks;
using Probity.Core.Input;
using Probity.Core.Ratings;
using Probity.Core.Rules;

namespace Probity.Core.Datasets;

/// <summary>A dataset accepted whole (with its rating), or every problem found; warnings are for the ratings panel.</summary>
public sealed record DatasetParseResult(
    InspectionDataset? Dataset,
    InspectionRating? Rating,
    IReadOnlyList<DatasetProblem> Problems,
    IReadOnlyList<DatasetProblem> Warnings)
{
    public bool Succeeded => Dataset is not null;
}

/// <summary>
/// Reads a dataset in the exchange format (§1) and checks it against its framework: accepted whole or not at all (§2),
/// with every problem reported as file:line, not just the first.
/// </summary>
public static class DatasetParser
{
    public static readonly IReadOnlyList<string> RequiredFiles = [ManifestReader.FileName, CasesReader.FileName, AnswersReader.FileName];

    public static DatasetParseResult Parse(IDatasetSource source, Func<string, FrameworkVersion?>? frameworks = null, ReadingLimits? limits = null)
    {
        frameworks ??= FrameworkCatalog.Find;
        limits ??= ReadingLimits.Default;
        var problems = new List<DatasetProblem>();
        var warnings = new List<DatasetProblem>();
        using var files = new OpenFiles(source, problems);
        var manifestText = files.Required(ManifestReader.FileName);
        var casesText = files.Required(CasesReader.FileName);
        var answersText = files.Required(AnswersReader.FileName);

        ManifestReadResult? manifest = null;
        FrameworkVersion? framework = null;
        if (manifestText is not null && InputText.ReadAll(manifestText, ManifestReader.FileName, problems, limits) is { } json)
        {
            manifest = ManifestReader.Read(json, problems, limits);
            framework = ResolveFramework(manifest, frameworks, problems);
        }

        var cases = casesText is null ? null : CasesReader.Read(casesText, framework, problems, limits);
        var answers = framework is null || cases is null || answersText is null
            ? null
            : AnswersReader.Read(answersText, framework, cases.Cases, problems, limits);

        var interviews = files.Optional(EvidenceReaders.InterviewsFile) is { } i ? EvidenceReaders.ReadInterviews(i, problems, limits) : [];
        var meetings = files.Optional(EvidenceReaders.MeetingsFile) is { } m ? EvidenceReaders.ReadMeetings(m, problems, limits) : [];
        var examples = framework is not null && cases is not null && files.Optional(EvidenceReaders.PracticeExamplesFile) is { } p
            ? EvidenceReaders.ReadPracticeExamples(p, framework, cases.Lines.Keys.ToHashSet(), problems, limits)
            : [];

        // Past the problem limit the reading stopped part way: checking the whole would only add what is not kept.
        if (manifest?.Manifest is null || framework is null || cases is null || answers is null || ProblemCap.Reached(problems, limits))
            return new(null, null, problems, warnings);

        var dataset = new InspectionDataset(framework, manifest.Manifest, cases.Cases, answers)
        {
            Interviews = interviews,
            Meetings = meetings,
            PracticeExamples = examples,
        };
        DatasetValidator.Validate(dataset, manifest.Lines, cases.Lines, problems, warnings);
        var rating = InspectionRater.Rate(framework, RatingInputs.From(dataset));
        foreach (var problem in rating.Problems)
        {
            var path = problem.DecisionIndex is { } index ? $"$.panelDecisions[{index}]" : "$";
            problems.Add(new(ManifestReader.FileName, manifest.Lines.LineOf(path), problem.Message));
        }
        if (problems.Count > limits.MaxProblems)
        {
            var last = problems[limits.MaxProblems];
            problems.RemoveRange(limits.MaxProblems, problems.Count - limits.MaxProblems);
            ProblemCap.Stop(problems, last.File, last.Line, limits);
        }
        return problems.Count == 0 ? new(dataset, rating, problems, warnings) : new(null, null, problems, warnings);
    }

    /// <summary>
    /// The dataset's files, each opened once: a required one that is missing, or any that the host refuses to read (a
    /// folder, a pipe, too large), is a problem named after the file; every reader is closed at the end.
    /// </summary>
    private sealed class OpenFiles(IDatasetSource source, List<DatasetProblem> problems) : IDisposable
    {
        private readonly List<TextReader> _open = [];

        public TextReader? Required(string fileName)
        {
            var text = Open(fileName, out var refused);
            if (text is null && !refused)
                problems.Add(new(fileName, null, "missing: a dataset folder needs inspection.json, cases.csv and answers.csv"));
            return text;
        }

        public TextReader? Optional(string fileName) => Open(fileName, out _);

        private TextReader? Open(string fileName, out bool refused)
        {
            refused = false;
            try
            {
                var text = source.Open(fileName);
                if (text is not null) _open.Add(text);
                return text;
            }
            catch (InputRefusedException e)
            {
                problems.Add(new(fileName, e.Line, e.Message));
                refused = true;
                return null;
            }
        }

        public void Dispose()
        {
            foreach (var text in _open) text.Dispose();
        }
    }

    private static FrameworkVersion? ResolveFramework(ManifestReadResult manifest, Func<string, FrameworkVersion?> frameworks, List<DatasetProblem> problems)
    {
        if (manifest.Manifest is not { } m || string.IsNullOrEmpty(m.Framework)) return null;
        var framework = frameworks(m.Framework);
        if (framework is null)
            problems.Add(new(ManifestReader.FileName, manifest.Lines.LineOf("$.framework"),
                $"framework \"{m.Framework}\" is not known; known frameworks: {string.Join(", ", FrameworkCatalog.Ids)}"));
        return framework;
    }
}
