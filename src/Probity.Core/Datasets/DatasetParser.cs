using Probity.Core.Frameworks;
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

    public static DatasetParseResult Parse(IDatasetSource source, Func<string, FrameworkVersion?>? frameworks = null)
    {
        frameworks ??= FrameworkCatalog.Find;
        var problems = new List<DatasetProblem>();
        var warnings = new List<DatasetProblem>();
        foreach (var missing in RequiredFiles.Where(f => source.Open(f) is not { } r || Dispose(r)))
            problems.Add(new(missing, null, "missing: a dataset folder needs inspection.json, cases.csv and answers.csv"));

        ManifestReadResult? manifest = null;
        FrameworkVersion? framework = null;
        using (var text = source.Open(ManifestReader.FileName))
        {
            if (text is not null)
            {
                manifest = ManifestReader.Read(text.ReadToEnd(), problems);
                framework = ResolveFramework(manifest, frameworks, problems);
            }
        }

        CasesReader.Result? cases = null;
        using (var text = source.Open(CasesReader.FileName))
            if (text is not null) cases = CasesReader.Read(text, framework, problems);

        AnswerGrid? answers = null;
        if (framework is not null && cases is not null)
            using (var text = source.Open(AnswersReader.FileName))
                if (text is not null) answers = AnswersReader.Read(text, framework, cases.Cases, problems);

        var interviews = ReadOptional(source, EvidenceReaders.InterviewsFile, t => EvidenceReaders.ReadInterviews(t, problems)) ?? [];
        var meetings = ReadOptional(source, EvidenceReaders.MeetingsFile, t => EvidenceReaders.ReadMeetings(t, problems)) ?? [];
        var examples = framework is null || cases is null
            ? []
            : ReadOptional(source, EvidenceReaders.PracticeExamplesFile,
                t => EvidenceReaders.ReadPracticeExamples(t, framework, cases.Lines.Keys.ToHashSet(), problems)) ?? [];

        if (manifest?.Manifest is null || framework is null || cases is null || answers is null)
            return new(null, null, problems, warnings);

        var dataset = new InspectionDataset(framework, manifest.Manifest, cases.Cases, answers)
        {
            Interviews = interviews,
            Meetings = meetings,
            PracticeExamples = examples,
        };
        DatasetValidator.Validate(dataset, manifest.Lines, cases.Lines, problems, warnings);
        var rating = InspectionRater.Rate(framework, RatingInputs.From(dataset));
        foreach (var p in rating.Problems)
        {
            var path = p.DecisionIndex is { } i ? $"$.panelDecisions[{i}]" : "$";
            problems.Add(new(ManifestReader.FileName, manifest.Lines.LineOf(path), p.Message));
        }
        return problems.Count == 0 ? new(dataset, rating, problems, warnings) : new(null, null, problems, warnings);
    }

    private static bool Dispose(TextReader reader)
    {
        reader.Dispose();
        return false;
    }

    private static T? ReadOptional<T>(IDatasetSource source, string file, Func<TextReader, T> read) where T : class
    {
        using var text = source.Open(file);
        return text is null ? null : read(text);
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
