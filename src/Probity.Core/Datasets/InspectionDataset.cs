using Probity.Core.Frameworks;

namespace Probity.Core.Datasets;

/// <summary>
/// A whole inspection in memory, as the exchange format describes it: the manifest, the cases, every answer, and the
/// domain-one evidence. Produced by <see cref="DatasetParser"/> (only once valid) or built by storage.
/// </summary>
public sealed class InspectionDataset
{
    private readonly Dictionary<string, int> _caseIndex;

    public InspectionDataset(FrameworkVersion framework, InspectionManifest manifest, IReadOnlyList<CaseRecord> cases, AnswerGrid answers)
    {
        if (answers.CaseCount != cases.Count || answers.ItemCount != framework.Questions.Count)
            throw new ArgumentException("the answer grid must have one row per case and one column per answerable item");
        Framework = framework;
        Manifest = manifest;
        Cases = cases;
        Answers = answers;
        _caseIndex = new Dictionary<string, int>(cases.Count);
        for (var i = 0; i < cases.Count; i++) _caseIndex[cases[i].CaseId] = i;
    }

    public FrameworkVersion Framework { get; }
    public InspectionManifest Manifest { get; }
    public IReadOnlyList<CaseRecord> Cases { get; }
    public AnswerGrid Answers { get; }
    public IReadOnlyList<OfficerInterview> Interviews { get; init; } = [];
    public IReadOnlyList<Meeting> Meetings { get; init; } = [];
    public IReadOnlyList<PracticeExample> PracticeExamples { get; init; } = [];

    public int? IndexOf(string caseId) => _caseIndex.TryGetValue(caseId, out var i) ? i : null;

    public int CountInSample(string sample) => Cases.Count(c => c.Sample == sample);
}
