using Probity.Core.Frameworks;
using Probity.Core.Json;
using Probity.Core.Ratings;
using Probity.Core.Rules;

namespace Probity.Core.Datasets;

/// <summary>The checks that need the whole dataset at once: references into the framework, missing answers, V1–V2.</summary>
internal static class DatasetValidator
{
    private const string Manifest = ManifestReader.FileName;

    public static void Validate(InspectionDataset dataset, JsonLineMap lines, IReadOnlyDictionary<string, int> caseLines,
        List<DatasetProblem> problems, List<DatasetProblem> warnings)
    {
        var framework = dataset.Framework;
        var m = dataset.Manifest;
        void ManifestProblem(string path, string message) => problems.Add(new(Manifest, lines.LineOf(path), message));

        if (framework.ProviderTypes.Count > 0 && !framework.ProviderTypes.Contains(m.Provider.Type.ToString()))
            ManifestProblem("$.provider.type", $"provider type {m.Provider.Type} is not inspected under {framework.Id} (it inspects {string.Join(", ", framework.ProviderTypes)})");
        foreach (var (id, i) in m.NotInspected.Select((id, i) => (id, i)).Where(x => framework.FindStandard(x.id) is null))
            ManifestProblem($"$.notInspected[{i}]", $"\"{id}\" is not a standard of {framework.Id}");
        CheckJudgementKeys(m.DomainOneRatings.Keys, "domainOneRatings", framework, ManifestProblem);
        CheckJudgementKeys(m.DomainOneProposals.Keys, "domainOneProposals", framework, ManifestProblem);
        foreach (var sample in m.Samples.Keys.Where(s => !framework.Samples.Contains(s)))
            ManifestProblem($"$.samples.{sample}", $"sample \"{sample}\" is not used by {framework.Id} ({string.Join(", ", framework.Samples)})");
        if (!framework.IsRated && (m.DomainOneRatings.Count > 0 || m.PanelDecisions.Count > 0))
            ManifestProblem("$", $"{framework.Id} has no ratings: remove domainOneRatings and panelDecisions");
        InspectionRecordsValidator.Check(dataset, ManifestProblem);

        CheckMissingAnswers(dataset, caseLines, problems);
        ViewMembership.Check(dataset, caseLines, problems);
        WarnAboutNotApplicable(dataset, warnings);
    }

    private static void CheckJudgementKeys(IEnumerable<string> keys, string field, FrameworkVersion framework, Action<string, string> problem)
    {
        foreach (var id in keys)
        {
            var standard = framework.FindStandard(id);
            if (standard is null) problem($"$.{field}.{id}", $"\"{id}\" is not a standard of {framework.Id}");
            else if (standard.RatedBy != RatingBasis.Judgement)
                problem($"$.{field}.{id}", $"standard {id} {standard.Name} is rated from case data, not by judgement: it takes no {field} entry");
        }
    }

    // Exchange format §1: every case in a rated key question's population needs an answer (na included), so an unfinished
    // assessment is never rated by accident. One line per case, naming what it lacks.
    private static void CheckMissingAnswers(InspectionDataset dataset, IReadOnlyDictionary<string, int> caseLines, List<DatasetProblem> problems)
    {
        var required = dataset.Framework.Questions.Items
            .Where(i => i.IsKeyQuestion && i.KeyQuestion.Role is KeyQuestionRole.Rated or KeyQuestionRole.Counted
                        && !dataset.Manifest.NotInspected.Contains(i.KeyQuestion.Standard.Id))
            .ToList();
        for (var c = 0; c < dataset.Cases.Count; c++)
        {
            var record = dataset.Cases[c];
            List<string>? missing = null;
            foreach (var item in required)
                if (dataset.Answers[c, item.Index] == Judgement.NotRecorded && item.Population.Contains(record))
                    (missing ??= []).Add(item.Id);
            if (missing is null) continue;
            var list = missing.Count > 6 ? string.Join(", ", missing.Take(6)) + $" and {missing.Count - 6} more" : string.Join(", ", missing);
            problems.Add(new(CasesReader.FileName, caseLines.GetValueOrDefault(record.CaseId),
                $"case {record.CaseId} has no answer to {list} in answers.csv (each needs yes, no or na)"));
        }
    }

    // V1: na inside a rated key question's population should say why. V2: na where the prompt is expected in all cases.
    private static void WarnAboutNotApplicable(InspectionDataset dataset, List<DatasetProblem> warnings)
    {
        foreach (var item in dataset.Framework.Questions.Items)
        {
            var v1 = item.IsKeyQuestion && item.KeyQuestion.Role == KeyQuestionRole.Rated;
            var v2 = item.Prompt?.Condition is { NotApplicableExpected: false };
            if (!v1 && !v2) continue;
            var cases = new List<string>();
            for (var c = 0; c < dataset.Cases.Count; c++)
            {
                if (dataset.Answers[c, item.Index] != Judgement.NotApplicable || !item.Population.Contains(dataset.Cases[c])) continue;
                if (v2 || dataset.Answers.Note(c, item.Index) is null) cases.Add(dataset.Cases[c].CaseId);
            }
            if (cases.Count == 0) continue;
            var which = cases.Count > 5 ? string.Join(", ", cases.Take(5)) + $" and {cases.Count - 5} more" : string.Join(", ", cases);
            warnings.Add(new(AnswersReader.FileName, null, v2
                ? $"{item.Id} is expected in all cases ({item.Prompt!.Footnote ?? item.Prompt.Condition!.AppliesWhere}) but {cases.Count} answered na: {which}"
                : $"{item.Id}: {cases.Count} case{(cases.Count == 1 ? "" : "s")} answered na without a reason in the note column: {which}"));
        }
    }
}
