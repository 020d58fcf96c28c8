using System.Collections.Concurrent;
using System.Globalization;
using CsCheck;
using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Explore.Engine;
using Probity.Explore.Questions;
using Probity.Synthetic;

namespace Probity.Explore.Tests;

/// <summary>
/// The engine's counts, for random questions over random small programmes, equal a plain LINQ count over the cases: every
/// cell's yes / no / na and inspections, and the totals. Questions are written as text, so the parser is exercised too.
/// </summary>
public class EngineMatchesPlainCountTests
{
    private static readonly ConcurrentDictionary<int, Programme> Programmes = new();

    private sealed record FlatCase(ExploreInspection Inspection, CaseRecord Record, byte[] Answers, IReadOnlyList<OfficerInterview> Interviews, bool First);

    private sealed record Programme(ExploreData Data, List<FlatCase> Cases, List<(ExploreInspection Inspection, IReadOnlyList<OfficerInterview> Interviews)> Inspections);

    private static Programme ProgrammeOf(int seed) => Programmes.GetOrAdd(seed, s =>
    {
        var random = new Random(s);
        var datasets = SyntheticNational.Generate(new SyntheticNational.Options { Inspections = 2 + random.Next(7), CasesPerInspection = 4 + random.Next(70), Seed = s }).ToList();
        var builder = new ExploreDataBuilder();
        var cases = new List<FlatCase>();
        var inspections = new List<(ExploreInspection, IReadOnlyList<OfficerInterview>)>();
        for (var i = 0; i < datasets.Count; i++)
        {
            builder.Add(datasets[i], i + 1);
            var inspection = ExploreInspection.Of(datasets[i], i + 1);
            inspections.Add((inspection, datasets[i].Interviews));
            for (var c = 0; c < datasets[i].Cases.Count; c++)
                cases.Add(new FlatCase(inspection, datasets[i].Cases[c], datasets[i].Answers.Row(c).ToArray(), datasets[i].Interviews, c == 0));
        }
        var data = builder.Build();
        // Half the programmes are counted on every core, as a large one is, so that both paths are compared.
        if (s % 2 == 0) data.SequentialBelow = 0;
        return new Programme(data, cases, inspections);
    });

    [Fact]
    public void Counts_equal_a_plain_count_over_the_cases_for_1000_random_questions()
    {
        var questions = Gen.Int[0, 24].SelectMany(seed => QuestionGen(ProgrammeOf(seed)).Select(q => (seed, q)));
        questions.Sample(t => Check(ProgrammeOf(t.seed), t.q), iter: 1000, threads: 1,
            print: t => $"seed {t.seed}: --measure {t.q.Measure} --where \"{t.q.Where}\" --by {t.q.By}");
    }

    private sealed record Written(string Measure, string? Where, string? By);

    private static Gen<Written> QuestionGen(Programme p)
    {
        var catalog = p.Data.Catalog;
        var frameworks = catalog.Frameworks.Select(FrameworkCatalog.Get).ToList();
        var items = frameworks.SelectMany(f => f.Questions.Ids).Distinct().Order(StringComparer.Ordinal).ToArray();
        var caseMeasures = catalog.All.Where(a => a.Level == AttributeLevel.Case && a.CodeOf("yes") > 0 && a.CodeOf("no") > 0).Select(a => a.Key).ToArray();
        var interviews = InterviewQuestions.All.Select(q => q.Column).ToArray();
        var measure = Gen.Frequency((6, (IGen<string>)Gen.OneOf(items)), (3, Gen.OneOf(caseMeasures)), (1, Gen.OneOf(interviews)));
        return measure.SelectMany(m =>
        {
            var inspectionOnly = interviews.Contains(m);
            var attributes = catalog.All.Where(a => (!inspectionOnly || a.Level == AttributeLevel.Inspection) && (a.Values.Count > 0 || a.IsDate)).ToArray();
            var splittable = attributes.Where(a => !a.IsDate).Select(a => a.Key).ToArray();
            var by = Gen.Int[0, 2].SelectMany(n => Gen.Shuffle(splittable, n)).Select(keys => keys.Length == 0 ? null : string.Join(",", keys));
            var where = Gen.Frequency((1, (IGen<string?>)Gen.Const((string?)null)), (4, FilterGen(attributes, 3).Select(s => (string?)s)));
            return Gen.Select(where, by, (w, b) => new Written(m, w, b));
        });
    }

    private static Gen<string> FilterGen(Dimension[] attributes, int depth)
    {
        var condition = Gen.OneOf(attributes).SelectMany(a => ConditionGen(a));
        if (depth == 0) return condition;
        var inner = FilterGen(attributes, depth - 1);
        return Gen.Frequency(
            (4, (IGen<string>)condition),
            (2, Gen.Select(inner, inner, (l, r) => $"{l} and {r}")),
            (2, Gen.Select(inner, inner, (l, r) => $"({l} or {r})")),
            (1, inner.Select(x => $"not ({x})")));
    }

    private static Gen<string> ConditionGen(Dimension a)
    {
        if (a.IsDate)
            return Gen.Select(Gen.OneOf(new[] { "<", "<=", ">", ">=", "=", "!=" }), Gen.Date[new DateTime(2017, 1, 1), new DateTime(2024, 12, 31)],
                (op, d) => $"{a.Key}{op}{d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        var value = Gen.OneOf(a.Values.ToArray()).Select(v => v.Contains(' ', StringComparison.Ordinal) ? $"\"{v}\"" : v);
        var ops = a.IsOrdered ? new[] { "=", "!=", "<", "<=", ">", ">=" } : ["=", "!="];
        return Gen.Frequency(
            (3, (IGen<string>)Gen.Select(Gen.OneOf(ops), value, (op, v) => $"{a.Key} {op} {v}")),
            (1, Gen.Select(Gen.Bool, value.Array[1, 3], (not, vs) => $"{a.Key} {(not ? "not in" : "in")} ({string.Join(", ", vs)})")));
    }

    private static void Check(Programme p, Written w)
    {
        var question = p.Data.Ask(w.Measure, w.Where, w.By);
        var expected = PlainCount(p, question, out var incomparable);
        if (incomparable)
        {
            var error = Assert.Throws<QuestionException>(() => p.Data.Answer(question));
            Assert.Contains("is not comparable between", error.Message, StringComparison.Ordinal);
            return;
        }
        var result = p.Data.Answer(question);
        var actual = result.Cells.ToDictionary(c => string.Join(",", c.Codes), c => (c.Yes, c.No, c.NotApplicable, c.Inspections));
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), actual.OrderBy(e => e.Key, StringComparer.Ordinal));
        if (question.Splits.Count == 0) return;
        var grand = result.Totals.Single(t => t.Codes.All(c => c < 0));
        Assert.Equal((expected.Values.Sum(e => e.Yes), expected.Values.Sum(e => e.No), expected.Values.Sum(e => e.Na)), (grand.Yes, grand.No, grand.NotApplicable));
    }

    /// <summary>The same question the plain way: every case in a list, filtered and grouped with LINQ.</summary>
    private static Dictionary<string, (long Yes, long No, long Na, int Inspections)> PlainCount(Programme p, Question q, out bool incomparable)
    {
        incomparable = false;
        var catalog = p.Data.Catalog;
        if (q.Measure is InterviewMeasure im)
        {
            return p.Inspections
                .Where(i => q.Filter is null || Passes(q.Filter, catalog, i.Inspection, null))
                .SelectMany(i => i.Interviews.Where(v => v.Answers.ContainsKey(im.Question.Column)).Select(v => (i.Inspection, Answer: v.Answers[im.Question.Column] ? 0 : 1)))
                .GroupBy(x => string.Join(",", q.Splits.Select(s => Code(s, catalog, x.Inspection, null))))
                .ToDictionary(g => g.Key, g => ((long)g.Count(x => x.Answer == 0), (long)g.Count(x => x.Answer == 1), 0L, g.Select(x => x.Inspection.Id).Distinct().Count()));
        }
        var passing = p.Cases.Where(c => q.Filter is null || Passes(q.Filter, catalog, c.Inspection, c.Record)).ToList();
        var answered = passing.Select(c => (Case: c, Answer: AnswerOf(q.Measure, c))).ToList();
        if (q.Measure is ItemMeasure item)
        {
            var taking = passing.Select(c => c.Inspection.Framework).Where(f => f.Questions.Find(item.ItemId) is not null).DistinctBy(f => f.Id).ToList();
            incomparable = taking.SelectMany(a => taking.Where(b => string.CompareOrdinal(a.Id, b.Id) < 0 && !Comparable(a, b, item.ItemId))).Any();
        }
        return answered.Where(x => x.Answer > 0)
            .GroupBy(x => string.Join(",", q.Splits.Select(s => Code(s, catalog, x.Case.Inspection, x.Case.Record))))
            .ToDictionary(g => g.Key, g => ((long)g.Count(x => x.Answer == 1), (long)g.Count(x => x.Answer == 2), (long)g.Count(x => x.Answer == 3),
                g.Select(x => x.Case.Inspection.Id).Distinct().Count()));
    }

    private static bool Comparable(FrameworkVersion a, FrameworkVersion b, string id)
    {
        var x = a.Questions.Find(id)!;
        var y = b.Questions.Find(id)!;
        return (x.Prompt?.ComparableWith ?? x.KeyQuestion.ComparableWith).Contains(b.Id) || (y.Prompt?.ComparableWith ?? y.KeyQuestion.ComparableWith).Contains(a.Id);
    }

    /// <summary>1 yes, 2 no, 3 not applicable, 0 not counted.</summary>
    private static int AnswerOf(Measure measure, FlatCase c)
    {
        if (measure is ItemMeasure item) return c.Inspection.Framework.Questions.Find(item.ItemId) is { } i ? c.Answers[i.Index] : 0;
        var m = (CaseMeasure)measure;
        var code = CaseCode(m.Attribute, c.Record);
        return code == 0 ? 0 : code == m.YesCode ? 1 : code == m.NoCode ? 2 : code == m.NotApplicableCode ? 3 : 0;
    }

    private static bool Passes(Filter f, AttributeCatalog catalog, ExploreInspection i, CaseRecord? r) => f switch
    {
        AndFilter a => Passes(a.Left, catalog, i, r) && Passes(a.Right, catalog, i, r),
        OrFilter o => Passes(o.Left, catalog, i, r) || Passes(o.Right, catalog, i, r),
        NotFilter n => !Passes(n.Operand, catalog, i, r),
        DateCondition d => i.FieldworkStart is { } date && d.Comparison switch
        {
            Comparison.Equal => date == d.Date,
            Comparison.NotEqual => date != d.Date,
            Comparison.Less => date < d.Date,
            Comparison.LessOrEqual => date <= d.Date,
            Comparison.Greater => date > d.Date,
            _ => date >= d.Date,
        },
        CodeCondition c => c.Matches[Code(c.Attribute, catalog, i, r)],
        _ => throw new ArgumentOutOfRangeException(nameof(f)),
    };

    private static int Code(Dimension a, AttributeCatalog catalog, ExploreInspection i, CaseRecord? r) => a.Key switch
    {
        "year" => i.Year is { } y ? a.CodeOf(y.ToString()) : 0,
        "provider-type" => a.CodeOf(i.ProviderType.ToString()),
        "framework" => a.CodeOf(i.Framework.Id),
        "provider" => a.CodeOf(i.Provider),
        "region" => i.Region is null ? 0 : a.CodeOf(i.Region),
        "inspection" => a.CodeOf(i.Reference),
        _ => CaseCode(catalog.Find(a.Key)!, r!),
    };

    private static int CaseCode(Dimension a, CaseRecord r) =>
        a.Key == "caseload-band" ? CaseloadBands.CodeOf(r.ResponsibleOfficerCaseload) : r.Code(CaseColumns.All.Single(c => Dimension.Normalise(c.Name) == a.Key));
}
