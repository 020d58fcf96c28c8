using System.Globalization;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;

namespace Probity.Explore.Questions;

/// <summary>
/// Turns a question as an analyst writes it (measure, filter, splits) into a <see cref="Question"/>, or says exactly what is
/// wrong: an unknown attribute (with the known ones), an unknown value (with the allowed ones), a split too many.
/// </summary>
public static class QuestionBinder
{
    public const int MaxSplits = 2;

    public static Question Bind(string measure, string? where, string? by, AttributeCatalog catalog)
    {
        var m = BindMeasure(measure, catalog);
        var filter = FilterParser.Parse(where) is { } syntax ? BindFilter(syntax, catalog) : null;
        var splits = (by ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(catalog.Require).ToList();
        if (splits.Count > MaxSplits) throw new QuestionException($"a question can be split by at most {MaxSplits} attributes; this one names {splits.Count}");
        if (splits.Distinct().Count() < splits.Count) throw new QuestionException("a question cannot be split twice by the same attribute");
        if (splits.Find(s => s.IsDate) is { } date) throw new QuestionException($"{date.Key} is a date: filter by it (for example {date.Key}>=2019-04-01) rather than split by it");
        if (m is InterviewMeasure)
        {
            if (filter is { InspectionOnly: false })
                throw new QuestionException($"\"{m.Key}\" is an interview question: it takes filters on the inspection only (year, provider-type, framework, provider, region, inspection, fieldwork)");
            if (splits.Find(s => s.Level == AttributeLevel.Case) is { } split)
                throw new QuestionException($"\"{m.Key}\" is an interview question: it cannot be split by the case attribute {split.Key}");
        }
        return new Question(m, filter, splits) { Where = where?.Trim() };
    }

    public static Measure BindMeasure(string measure, AttributeCatalog catalog)
    {
        var text = measure.Trim();
        if (text.Length == 0) throw new QuestionException("a question needs a measure: an item such as 2.1.3, a case attribute such as need-accommodation, or an interview question such as workload-manageable");
        for (var i = 0; i < InterviewQuestions.All.Count; i++)
        {
            var q = InterviewQuestions.All[i];
            if (Dimension.Normalise(q.Column) == Dimension.Normalise(text) || string.Equals(q.MetricId, text, StringComparison.OrdinalIgnoreCase))
                return new InterviewMeasure(q, i);
        }
        if (catalog.Find(text) is { } attribute)
        {
            byte yes = (byte)attribute.CodeOf("yes"), no = (byte)attribute.CodeOf("no");
            if (attribute.Level != AttributeLevel.Case || yes == 0 || no == 0)
                throw new QuestionException($"{attribute.Key} cannot be a measure: a measure counts yes and no; split by {attribute.Key} instead");
            var na = (byte)Math.Max(attribute.CodeOf("na"), attribute.CodeOf("unknown"));
            return new CaseMeasure(attribute, yes, no, na);
        }
        var frameworks = catalog.Frameworks.Select(FrameworkCatalog.Find).OfType<FrameworkVersion>().ToList();
        var item = frameworks.Select(f => f.Questions.Find(text)).OfType<AnswerableItem>().FirstOrDefault();
        if (item is null)
            throw new QuestionException($"\"{text}\" is not a measure: no stored framework ({string.Join(", ", catalog.Frameworks)}) has an item with that id, " +
                "and it is neither a case attribute with yes and no values nor an interview question");
        return new ItemMeasure(item.Id, item.Prompt?.Text ?? item.KeyQuestion.Title);
    }

    private static Filter BindFilter(FilterSyntax syntax, AttributeCatalog catalog) => syntax switch
    {
        AndSyntax a => new AndFilter(BindFilter(a.Left, catalog), BindFilter(a.Right, catalog)),
        OrSyntax o => new OrFilter(BindFilter(o.Left, catalog), BindFilter(o.Right, catalog)),
        NotSyntax n => new NotFilter(BindFilter(n.Operand, catalog)),
        ConditionSyntax c => BindCondition(c, catalog),
        _ => throw new ArgumentOutOfRangeException(nameof(syntax)),
    };

    private static Filter BindCondition(ConditionSyntax c, AttributeCatalog catalog)
    {
        var attribute = catalog.Require(c.Attribute);
        var ordering = c.Comparison is Comparison.Less or Comparison.LessOrEqual or Comparison.Greater or Comparison.GreaterOrEqual;
        if (ordering && !attribute.IsOrdered)
            throw new QuestionException($"{attribute.Key} has no order: use =, != or in (…) with it");
        if (attribute.IsDate)
        {
            if (c.Comparison is Comparison.In or Comparison.NotIn) throw new QuestionException($"{attribute.Key} is a date: compare it with =, !=, <, <=, > or >=");
            if (!DateOnly.TryParseExact(c.Values[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw new QuestionException($"\"{c.Values[0]}\" is not a date: write {attribute.Key} dates as 2019-04-01");
            return new DateCondition(c.Comparison, date);
        }
        var codes = c.Values.Select(v => attribute.CodeOf(v) is var code and > 0 ? code : throw UnknownValue(attribute, v)).ToList();
        var matches = new bool[attribute.CodeCount];
        for (var code = 0; code < matches.Length; code++)
            matches[code] = c.Comparison switch
            {
                Comparison.Equal or Comparison.In => codes.Contains(code),
                Comparison.NotEqual or Comparison.NotIn => !codes.Contains(code),
                // Ordered values are held in order (years ascending); "not recorded" never passes a comparison.
                Comparison.Less => code > 0 && code < codes[0],
                Comparison.LessOrEqual => code > 0 && code <= codes[0],
                Comparison.Greater => code > codes[0],
                _ => code >= codes[0],
            };
        return new CodeCondition(attribute, matches);
    }

    private static QuestionException UnknownValue(Dimension attribute, string value) =>
        new(attribute.Values.Count == 0
            ? $"\"{value}\" is not a value of {attribute.Key}: no stored inspection has one"
            : $"\"{value}\" is not a value of {attribute.Key}; the values are {string.Join(", ", attribute.Values.Select(v => v.Contains(' ', StringComparison.Ordinal) ? $"\"{v}\"" : v))}");
}
