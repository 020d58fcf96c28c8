using System.Globalization;
using System.Text.Json;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Json;
using Probity.Core.Rules;

namespace Probity.Core.Analysis;

/// <summary>The "All CRCs" block for an inspection.json (its <see cref="ComparatorResults.Period"/> set) and the table behind it.</summary>
public sealed record ComparatorBlock(ComparatorResults Comparator, AnalysisResult Analysis)
{
    /// <summary><c>{"nationalComparator": {label, source, period, results}}</c>, ready to put in an inspection.json.</summary>
    public string ToJson()
    {
        return JsonFile.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("nationalComparator");
            Json.JsonWriting.OptionalString(w, "label", Comparator.Label);
            Json.JsonWriting.OptionalString(w, "source", Comparator.Source);
            Json.JsonWriting.OptionalString(w, "period", Comparator.Period);
            w.WriteStartObject("results");
            foreach (var (id, f) in Comparator.Results)
            {
                w.WriteStartObject(id);
                Json.JsonWriting.OptionalInt(w, "yes", f.Yes);
                Json.JsonWriting.OptionalInt(w, "answered", f.Answered);
                Json.JsonWriting.OptionalInt(w, "percent", f.Percent);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }
}

/// <summary>
/// R24: the national comparator ("All CRCs") for inspections under <c>framework</c>, pooled from stored inspections of a
/// period — counts, not only percentages, so R20 can test a provider against it. Key questions and prompts pool the
/// same item id from every version in the scope (the 2019 reports print round one's aggregate); the case characteristics
/// (cs.*) and interview figures (ro.*) come from every inspection in the scope.
/// </summary>
public static class NationalComparator
{
    public const string Name = "comparator";
    private const string CaseSupervision = "case-supervision";

    /// <summary>
    /// The inspections to pool for <paramref name="framework"/>'s comparator from a scope as typed: every framework version
    /// (the 2019 reports print round one's aggregate), and only the framework's provider type where it inspects one type.
    /// </summary>
    public static AnalysisScope Pool(FrameworkVersion framework, AnalysisScope scope) =>
        scope with { Framework = null, ProviderType = scope.ProviderType ?? SingleType(framework) };

    private static ProviderType? SingleType(FrameworkVersion framework) =>
        framework.ProviderTypes.Count == 1 && Enum.TryParse<ProviderType>(framework.ProviderTypes[0], out var t) ? t : null;

    public static ComparatorBlock Build(FrameworkVersion framework, IReadOnlyList<InspectionFacts> inspections, AnalysisScope scope)
    {
        var table = new AnalysisTable("results", "National comparator figures",
            ("id", "Item or metric"), ("kind", "Kind"), ("inspections", "Inspections"), ("yes", "Yes"), ("answered", "Answered"), ("percent", "%"),
            ("comparable", "Every source comparable (R22)"));
        var results = new Dictionary<string, ComparisonFigure>();
        void Add(string id, string kind, int count, long yes, long answered, bool? comparable = null)
        {
            if (answered <= 0) return;
            var figure = new ComparisonFigure { Yes = checked((int)yes), Answered = checked((int)answered), Percent = GroupingAndRounding.Percent(yes, answered) };
            results[id] = figure;
            table.Add(id, kind, count, figure.Yes, figure.Answered, figure.Percent, comparable);
        }

        foreach (var item in framework.Questions.Items)
        {
            // The same item id of any version inspected in the scope (the scope is one provider type): the 2019 reports print
            // round one's aggregate even for 2.4.1 and 2.4.2, whose wording changed (R22 gates only the previous inspection).
            var sources = inspections.Where(i => i.Framework.Questions.Find(item.Id) is { } other && other.IsKeyQuestion == item.IsKeyQuestion).ToList();
            var total = new Tally(0, 0);
            var with = 0;
            foreach (var i in sources)
            {
                var t = i.RequireCounts().Tallies.Get(CaseSplits.All, 1, i.Framework.Questions[item.Id].Index);
                total += t;
                if (t.HasValue) with++;
            }
            Add(item.Id, NationalItemAnalysis.Kind(item), with, total.Yes, total.Answered, sources.All(i => RevisitAnalysis.Comparable(framework, item, i.Framework)));
        }

        var profile = ProfileAnalysis.Pool(inspections);
        var withCases = inspections.Count(i => i.RequireCounts().Profile.Cases(CaseSupervision) > 0);
        if (profile.Cases(CaseSupervision) is > 0 and var cases)
            foreach (var (metric, column, token, _) in ProfileAnalysis.Characteristics)
                if (cases - profile.Count(CaseSupervision, column, null) > 0)
                    Add(metric, "case characteristic", withCases, profile.Count(CaseSupervision, column, token), cases);

        foreach (var q in InterviewQuestions.All)
        {
            var (yes, no, with) = Interviews(inspections, q.Column, null);
            Add(q.MetricId, "interview", with, yes, yes + no);
        }
        foreach (var (grade, metric) in new[] { ("PO", "ro.poCaseloadUnmanageable"), ("PSO", "ro.psoCaseloadUnmanageable") })
        {
            var (yes, no, with) = Interviews(inspections, InterviewAnalysis.WorkloadQuestion, grade);
            Add(metric, "interview", with, no, yes + no);
        }

        var (first, last) = Span(inspections, scope);
        var label = LabelFor(scope.ProviderType);
        var comparator = new ComparatorResults
        {
            Label = label,
            Source = $"From inspection data for all HMI Probation inspections, {first} to {last}.",
            Period = $"between {first} and {last}",
            Results = results,
        };
        var analysis = new AnalysisResult(Name, $"National comparator for {framework.Id}: {label}", scope, inspections.Count, [table])
        {
            Notes =
            [
                $"Pooled counts (R24) over {inspections.Count} inspection(s) with fieldwork from {first} to {last}. A key question or prompt pools the item of the same id from every framework version in the scope, as the 2019 reports print round one's aggregate; \"comparable\" says whether every source version is comparable with {framework.Id} (R22).",
                "Case characteristics (cs.*) are of every case-supervision case; interview figures (ro.*) of every responsible officer who answered. ro.poCaseloadUnmanageable and ro.psoCaseloadUnmanageable count the officers of the grade who said their workload was not manageable.",
            ],
        };
        return new ComparatorBlock(comparator, analysis);
    }

    private static (int Yes, int No, int Inspections) Interviews(IReadOnlyList<InspectionFacts> inspections, string column, string? grade)
    {
        int yes = 0, no = 0, with = 0;
        foreach (var i in inspections)
        {
            var (y, n) = i.Interviews.Answers(column, grade);
            yes += y;
            no += n;
            if (y + n > 0) with++;
        }
        return (yes, no, with);
    }

    /// <summary>"All CRCs", "All NPS divisions", "All PDUs"; "All providers" when the scope mixes types.</summary>
    public static string LabelFor(ProviderType? type) => type switch
    {
        ProviderType.CRC => "All CRCs",
        ProviderType.NPS => "All NPS divisions",
        ProviderType.PDU => "All PDUs",
        ProviderType.Area => "All areas",
        _ => "All providers",
    };

    /// <summary>The months the figures cover: the scope's period where given, else the first and last fieldwork start pooled.</summary>
    private static (string First, string Last) Span(IReadOnlyList<InspectionFacts> inspections, AnalysisScope scope)
    {
        var starts = inspections.Where(i => i.FieldworkStart is not null).Select(i => i.FieldworkStart!.Value).ToList();
        var from = scope.From ?? (starts.Count > 0 ? starts.Min() : scope.Year?.FirstDay);
        var to = scope.To ?? (starts.Count > 0 ? starts.Max() : scope.Year?.LastDay);
        return (Month(from), Month(to));
    }

    private static string Month(DateOnly? date) => date?.ToString("MMMM yyyy", CultureInfo.InvariantCulture) ?? "an unknown date";
}
