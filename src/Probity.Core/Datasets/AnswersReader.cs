using Probity.Core.Csv;
using Probity.Core.Frameworks;
using Probity.Core.Input;
using Probity.Core.Ratings;
using Probity.Core.Rules;

namespace Probity.Core.Datasets;

/// <summary>
/// Reads answers.csv straight into an <see cref="AnswerGrid"/>: unknown cases and questions, bad answer tokens, duplicate
/// answers and yes/no answers outside an item's population are all reported with their lines.
/// </summary>
public static class AnswersReader
{
    public const string FileName = "answers.csv";

    public static AnswerGrid? Read(TextReader text, FrameworkVersion framework, IReadOnlyList<CaseRecord> cases, List<DatasetProblem> problems,
        ReadingLimits? limits = null)
    {
        var table = CsvTable.Open(FileName, text, ["case_id", "question", "answer"], problems, limits);
        if (table is null) return null;
        var caseColumn = table.IndexOf("case_id");
        var questionColumn = table.IndexOf("question");
        var answerColumn = table.IndexOf("answer");
        var noteColumn = table.IndexOf("note");

        var caseIndex = new Dictionary<string, int>(cases.Count, StringComparer.Ordinal);
        for (var i = 0; i < cases.Count; i++) caseIndex[cases[i].CaseId] = i;
        var caseLookup = caseIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        var items = framework.Questions.Items;
        var itemIndex = items.ToDictionary(i => i.Id, i => i.Index, StringComparer.Ordinal);
        var itemLookup = itemIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        var scopes = items.Select(AnswerTallies.ScopeOf).ToArray();
        var nonCaseKeyQuestions = framework.KeyQuestions.Where(k => !k.IsAnsweredPerCase).ToDictionary(k => k.Id, StringComparer.Ordinal);
        var grid = new AnswerGrid(cases.Count, items.Count);

        while (table.Next())
        {
            var caseId = table[caseColumn];
            var question = table[questionColumn];
            var answerText = table[answerColumn];
            if (!caseLookup.TryGetValue(caseId, out var c))
            {
                table.Problem(caseId.IsEmpty ? "case_id is empty" : $"case \"{caseId}\" is not in cases.csv");
                continue;
            }
            if (!itemLookup.TryGetValue(question, out var q))
            {
                table.Problem(DescribeUnknownQuestion(question.ToString(), framework, nonCaseKeyQuestions));
                continue;
            }
            if (!JudgementNames.TryParse(answerText, out var answer))
            {
                table.Problem(answerText.IsEmpty
                    ? $"case {caseId} has an empty answer to {question}; write yes, no or na (leave the row out if it was not assessed)"
                    : $"answer \"{answerText}\" to {question} is not one of yes, no, na");
                continue;
            }
            if (grid[c, q] != Judgement.NotRecorded)
            {
                table.Problem($"case {caseId} is answered on {question} more than once");
                continue;
            }
            var scope = scopes[q];
            if (answer != Judgement.NotApplicable && !scope.Contains(cases[c]))
            {
                table.Problem(DescribeOutsidePopulation(cases[c], items[q], scope, answer));
                continue;
            }
            grid[c, q] = answer;
            if (noteColumn is not null && !table[noteColumn].IsEmpty) grid.SetNote(c, q, table[noteColumn].ToString());
        }
        return table.Stopped ? null : grid;
    }

    private static string DescribeUnknownQuestion(string question, FrameworkVersion framework, Dictionary<string, KeyQuestion> nonCase)
    {
        if (question.Length == 0) return "question is empty";
        if (nonCase.TryGetValue(question, out var kq))
            return kq.Role == KeyQuestionRole.QualitativeOnly
                ? $"question \"{question}\" produces qualitative evidence only and has no case answers"
                : $"question \"{question}\" is a judgement key question of standard {kq.Standard.Id}, rated by the lead inspector, not from case data";
        var suggestion = Suggestions.Nearest(question, framework.Questions.Ids);
        var hint = suggestion is null ? "" : $" (did you mean {suggestion}?)";
        if (!framework.PromptsKnown && question.Count(ch => ch == '.') == 3)
            return $"question \"{question}\" is a prompt, but framework {framework.Id} has no published prompts: answer its key questions only";
        return $"question \"{question}\" is not in framework {framework.Id}{hint}";
    }

    private static string DescribeOutsidePopulation(CaseRecord record, AnswerableItem item, ItemScope scope, Judgement answer)
    {
        var population = scope.Population;
        if (!population.Contains(record))
        {
            var name = population.IsSubSample ? population.Name.ToLowerInvariant() : $"{population.Name.ToLowerInvariant()}";
            return $"case {record.CaseId} is outside the {name} for {item.Id} ({population.ExplainExclusion(record)}) but is answered \"{answer.Token()}\"";
        }
        var condition = scope.Condition!;
        var failed = condition.Filters.First(f => !f.Matches(record));
        return $"case {record.CaseId} is outside {item.Id}'s condition ({condition.AppliesWhere}; {failed.Column.Name}={record.Get(failed.Column) ?? "not recorded"}) but is answered \"{answer.Token()}\"";
    }
}
