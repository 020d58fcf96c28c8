using System.Text.Json;
using System.Text.RegularExpressions;
using Probity.Core.Input;
using Probity.Core.Json;
using Probity.Core.Ratings;
using Probity.Core.Text;

namespace Probity.Core.Datasets;

/// <summary>The manifest (null only when the JSON could not be parsed) and where each value sits.</summary>
public sealed record ManifestReadResult(InspectionManifest? Manifest, JsonLineMap Lines);

/// <summary>
/// Reads inspection.json into an <see cref="InspectionManifest"/>, reporting every problem with its line. Framework
/// references (standard ids, the framework itself) are checked later by <see cref="DatasetParser"/>, which knows them.
/// </summary>
public static partial class ManifestReader
{
    public const string FileName = "inspection.json";

    public static ManifestReadResult Read(string json, List<DatasetProblem> problems, ReadingLimits? limits = null)
    {
        limits ??= ReadingLimits.Default;
        var document = JsonFile.Parse(json, FileName, "the inspection's JSON object (framework, provider, …)", problems, out var lines);
        if (document is null) return new(null, lines);
        using (document)
        {
            // The manifest comes back even when some fields were wrong, so the caller can still check the CSV files
            // against its framework and report everything at once; it is never used to build a dataset then.
            var report = (string path, string message) => ProblemCap.Add(problems, new(FileName, lines.LineOf(path), Describe(path, message)), limits);
            return new(ReadManifest(new ObjectReader(document.RootElement, "$", report), limits), lines);
        }
    }

    /// <summary>"$.panelDecisions[1].move" → "panelDecisions[1].move: message", so the reader knows which value is wrong.</summary>
    private static string Describe(string path, string message) => path == "$" ? message : $"{path[2..]}: {message}";

    private static InspectionManifest ReadManifest(ObjectReader r, ReadingLimits limits)
    {
        var framework = r.String("framework");
        var provider = ReadProvider(r.Object("provider", required: true));
        var published = r.String("published", required: false);
        if (published is not null && !MonthPattern().IsMatch(published))
            r.Problem(r.Child("published"), $"\"{published}\" is not a month in the form yyyy-mm");
        var programmeYear = r.String("programmeYear", required: false);
        if (programmeYear is not null && !Analysis.ProgrammeYear.TryParse(programmeYear, out _))
            r.Problem(r.Child("programmeYear"), $"\"{programmeYear}\" is not a programme year in the form yyyy/yy, such as 2019/20");
        var statusText = r.String("status", required: false);
        InspectionStatus? status = null;
        if (statusText is not null)
        {
            if (InspectionStatusNames.TryParse(statusText, out var s)) status = s;
            else r.Problem(r.Child("status"), $"\"{statusText}\" is not one of {string.Join(", ", InspectionStatusNames.AllTokens)}");
        }
        var manifest = new InspectionManifest
        {
            Framework = framework ?? "",
            Provider = provider ?? new ProviderInfo("", ProviderType.CRC),
            Reference = r.String("reference", required: false),
            LeadInspector = r.String("leadInspector", required: false),
            FieldworkStart = r.Date("fieldworkStart"),
            FieldworkEnd = r.Date("fieldworkEnd"),
            Published = published,
            Status = status,
            ProgrammeYear = programmeYear,
            NotInspected = r.Strings("notInspected"),
            DomainOneRatings = ReadRatingMap(r, "domainOneRatings"),
            DomainOneProposals = ReadProposals(r),
            PanelDecisions = r.Objects("panelDecisions").Select(ReadDecision).OfType<PanelDecision>().ToList(),
            Samples = ReadSamples(r),
            Fieldwork = ReadFieldwork(r.Object("fieldwork")),
            PreviousInspection = ReadPrevious(r.Object("previousInspection")),
            NationalComparator = ReadComparator(r.Object("nationalComparator")),
            KeyData = r.Objects("keyData").Select(ReadKeyDataTable).OfType<KeyDataTable>().ToList(),
            ContextualFacts = r.Objects("contextualFacts").Select(ReadContextualFact).OfType<ContextualFact>().ToList(),
            PerformanceAgainstKeyTargets = r.Objects("performanceAgainstKeyTargets").Select(ReadPerformance).OfType<PerformanceMeasure>().ToList(),
            Recommendations = ReadRecommendations(r.Object("recommendations")),
            Narrative = ReadNarrative(r, limits),
        };
        r.RejectUnknown();
        return manifest;
    }

    private static ProviderInfo? ReadProvider(ObjectReader? r)
    {
        if (r is null) return null;
        var name = r.String("name");
        var typeText = r.String("type");
        ProviderType? type = null;
        if (typeText is not null)
        {
            if (Enum.TryParse<ProviderType>(typeText, ignoreCase: false, out var t) && Enum.IsDefined(t)) type = t;
            else r.Problem(r.Child("type"), $"\"{typeText}\" is not one of {string.Join(", ", Enum.GetNames<ProviderType>())}");
        }
        var shortName = r.String("shortName", required: false);
        var region = r.String("region", required: false);
        r.RejectUnknown();
        return name is null || type is null ? null : new ProviderInfo(name, type.Value) { ShortName = shortName, Region = region };
    }

    private static Rating? ReadRating(ObjectReader r, string path, string? token)
    {
        if (token is null) return null;
        if (RatingNames.TryParseToken(token, out var rating)) return rating;
        r.Problem(path, $"\"{token}\" is not a rating token (one of {string.Join(", ", RatingNames.AllTokens)})");
        return null;
    }

    private static Dictionary<string, Rating> ReadRatingMap(ObjectReader r, string name)
    {
        var map = new Dictionary<string, Rating>();
        foreach (var (key, value, path) in r.Map(name))
        {
            if (value.ValueKind != JsonValueKind.String) r.Problem(path, "expected a rating token in quotes");
            else if (ReadRating(r, path, value.GetString()) is { } rating) map[key] = rating;
        }
        return map;
    }

    private static Dictionary<string, string> ReadStringMap(ObjectReader r, string name)
    {
        var map = new Dictionary<string, string>();
        foreach (var (key, value, path) in r.Map(name))
        {
            if (value.ValueKind == JsonValueKind.String) map[key] = value.GetString()!;
            else r.Problem(path, "expected text in quotes");
        }
        return map;
    }

    // Each block of inspectors' text is bounded, so that a runaway paste cannot make a report of gigabytes.
    private static Dictionary<string, string> ReadNarrative(ObjectReader r, ReadingLimits limits)
    {
        var map = ReadStringMap(r, "narrative");
        foreach (var (key, text) in map.Where(n => n.Value.Length > limits.MaxNarrativeChars).ToList())
        {
            r.Problem($"{r.Child("narrative")}.{key}", NarrativeLimit.TooLong(text.Length, limits));
            map.Remove(key);
        }
        return map;
    }

    private static Dictionary<string, DomainOneProposal> ReadProposals(ObjectReader r)
    {
        var map = new Dictionary<string, DomainOneProposal>();
        foreach (var (key, value, path) in r.Map("domainOneProposals"))
        {
            var p = new ObjectReader(value, path, r.Problem);
            var proposed = ReadRating(p, p.Child("proposed"), p.String("proposed", required: false));
            var rationale = p.String("rationale", required: false);
            p.RejectUnknown();
            map[key] = new DomainOneProposal(proposed, rationale);
        }
        return map;
    }

    private static PanelDecision? ReadDecision(ObjectReader r)
    {
        var standard = r.String("standard");
        var moveText = r.String("move");
        PanelMove? move = ExchangeTokens.Moves.TryParse(moveText, out var parsedMove) ? parsedMove : null;
        if (moveText is not null && move is null) r.Problem(r.Child("move"), $"\"{moveText}\" is not one of {ExchangeTokens.Moves.List}");
        var basisText = r.String("basis", required: false) ?? ExchangeTokens.Bases.Token(DecisionBasis.Discretion);
        DecisionBasis? basis = ExchangeTokens.Bases.TryParse(basisText, out var parsedBasis) ? parsedBasis : null;
        if (basis is null) r.Problem(r.Child("basis"), $"\"{basisText}\" is not one of {ExchangeTokens.Bases.List}");
        // A missing rationale is the rules' to report (R12), with the decision it belongs to.
        var rationale = r.Element("rationale") is { ValueKind: JsonValueKind.String } e ? e.GetString()! : "";
        var proposedBy = r.String("proposedBy", required: false);
        var ratifiedBy = r.String("ratifiedBy", required: false);
        var date = r.Date("decisionDate");
        r.RejectUnknown();
        if (standard is null || move is null || basis is null) return null;
        return new PanelDecision(standard, move.Value, basis.Value, rationale) { ProposedBy = proposedBy, RatifiedBy = ratifiedBy, DecisionDate = date };
    }

    private static Dictionary<string, SamplePlan> ReadSamples(ObjectReader r)
    {
        var map = new Dictionary<string, SamplePlan>();
        foreach (var (key, value, path) in r.Map("samples"))
        {
            if (CaseColumns.Sample.Code(key) == 0)
                r.Problem(path, $"\"{key}\" is not a sample ({string.Join(", ", CaseColumns.Sample.Values)})");
            var s = new ObjectReader(value, path, r.Problem);
            var plan = new SamplePlan
            {
                Required = NonNegative(s, "required"),
                Census = s.Bool("census") ?? false,
                EligiblePopulation = NonNegative(s, "eligiblePopulation"),
                Note = s.String("note", required: false),
            };
            s.RejectUnknown();
            map[key] = plan;
        }
        return map;
    }

    private static int? NonNegative(ObjectReader r, string name)
    {
        var value = r.Int(name, required: false);
        if (value < 0) r.Problem(r.Child(name), "must not be negative");
        return value;
    }

    private static FieldworkFacts ReadFieldwork(ObjectReader? r)
    {
        if (r is null) return new FieldworkFacts();
        var facts = new FieldworkFacts
        {
            ResponsibleOfficersInterviewed = NonNegative(r, "responsibleOfficersInterviewed"),
            Meetings = NonNegative(r, "meetings"),
            ServiceUsersContactAttempted = NonNegative(r, "serviceUsersContactAttempted"),
            ServiceUsersViewsRecorded = NonNegative(r, "serviceUsersViewsRecorded"),
            ObservedWorkProjects = NonNegative(r, "observedWorkProjects"),
            ObservedInductionSessions = NonNegative(r, "observedInductionSessions"),
            OfficesVisited = r.String("officesVisited", required: false),
            SiteVisits = r.String("siteVisits", required: false),
        };
        r.RejectUnknown();
        return facts;
    }

    private static Dictionary<string, ComparisonFigure> ReadResults(ObjectReader r)
    {
        var map = new Dictionary<string, ComparisonFigure>();
        foreach (var (key, value, path) in r.Map("results"))
        {
            var f = new ObjectReader(value, path, r.Problem);
            var figure = new ComparisonFigure
            {
                Yes = NonNegative(f, "yes"),
                Answered = NonNegative(f, "answered"),
                Percent = NonNegative(f, "percent"),
            };
            f.RejectUnknown();
            if (figure.Percent > 100) f.Problem(f.Child("percent"), "a percentage is at most 100");
            if (figure.Yes > figure.Answered) f.Problem(path, $"yes ({figure.Yes}) cannot exceed answered ({figure.Answered})");
            if ((figure.Yes is null) != (figure.Answered is null)) f.Problem(path, "give both yes and answered, or neither");
            if (figure.Yes is null && figure.Percent is null) f.Problem(path, "give the counts (yes, answered) or the percent");
            map[key] = figure;
        }
        return map;
    }

    private static ComparatorResults? ReadComparator(ObjectReader? r)
    {
        if (r is null) return null;
        var comparator = new ComparatorResults
        {
            Label = r.String("label", required: false),
            Source = r.String("source", required: false),
            Period = r.String("period", required: false),
            Results = ReadResults(r),
        };
        r.RejectUnknown();
        return comparator;
    }

    private static PreviousInspection? ReadPrevious(ObjectReader? r)
    {
        if (r is null) return null;
        var previous = new PreviousInspection
        {
            Label = r.String("label", required: false),
            Source = r.String("source", required: false),
            Period = r.String("period", required: false),
            Results = ReadResults(r),
            Framework = r.String("framework", required: false),
            Year = r.Int("year", required: false),
            Reference = r.String("reference", required: false),
            OverallRating = ReadRating(r, r.Child("overallRating"), r.String("overallRating", required: false)),
            Score = NonNegative(r, "score"),
            Ratings = ReadRatingMap(r, "ratings"),
        };
        r.RejectUnknown();
        return previous;
    }

    private static KeyDataTable? ReadKeyDataTable(ObjectReader r)
    {
        var id = r.String("id");
        var standard = r.String("standard", required: false);
        var title = r.String("title", required: false);
        var placedUnder = r.String("placedUnder", required: false);
        var columns = r.Strings("columns");
        var source = r.String("source", required: false);
        var rows = r.Objects("rows").Select(row => ReadKeyDataRow(row, columns.Count)).OfType<KeyDataRow>().ToList();
        r.RejectUnknown();
        return id is null ? null : new KeyDataTable
        {
            Id = id, Standard = standard, Title = title, PlacedUnder = placedUnder, Columns = columns, Source = source, Rows = rows,
        };
    }

    private static KeyDataRow? ReadKeyDataRow(ObjectReader r, int columnCount)
    {
        var label = r.String("label");
        var values = new List<decimal?>();
        if (r.Element("values") is { } v)
        {
            if (v.ValueKind != JsonValueKind.Array) r.Problem(r.Child("values"), "expected an array of numbers or nulls");
            else foreach (var e in v.EnumerateArray())
            {
                if (e.ValueKind == JsonValueKind.Null) values.Add(null);
                else if (e.ValueKind == JsonValueKind.Number && e.TryGetDecimal(out var d)) values.Add(d);
                else { r.Problem(r.Child("values"), "expected an array of numbers or nulls"); break; }
            }
        }
        var valueText = new List<string?>();
        if (r.Element("valueText") is { ValueKind: JsonValueKind.Array } t)
            valueText.AddRange(t.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null));
        if (columnCount > 0 && values.Count != columnCount)
            r.Problem(r.Child("values"), $"has {values.Count} values for {columnCount} columns");
        var unit = r.String("unit", required: false);
        var footnote = r.String("footnote", required: false);
        r.RejectUnknown();
        return label is null ? null : new KeyDataRow { Label = label, Values = values, ValueText = valueText, Unit = unit, Footnote = footnote };
    }

    private static ContextualFact? ReadContextualFact(ObjectReader r)
    {
        var label = r.String("label");
        var value = r.String("value");
        var source = r.String("source", required: false);
        r.RejectUnknown();
        return label is null || value is null ? null : new ContextualFact(label, value) { Source = source };
    }

    private static PerformanceMeasure? ReadPerformance(ObjectReader r)
    {
        var measure = r.String("measure");
        var label = r.String("label");
        var m = new PerformanceMeasure(measure ?? "", label ?? "")
        {
            Provider = r.Decimal("provider"),
            EnglandAndWales = r.Decimal("englandAndWales"),
            Target = r.Decimal("target"),
            Source = r.String("source", required: false),
        };
        r.RejectUnknown();
        return measure is null || label is null ? null : m;
    }

    private static RecommendationSet ReadRecommendations(ObjectReader? r)
    {
        if (r is null) return new RecommendationSet();
        var previous = r.Objects("previous").Select(p =>
        {
            var number = p.Int("number");
            var text = p.String("text");
            var progressText = p.String("progress", required: false);
            RecommendationProgress? progress = null;
            if (progressText is not null)
            {
                if (RecommendationProgressNames.TryParse(progressText, out var g)) progress = g;
                else p.Problem(p.Child("progress"), $"\"{progressText}\" is not one of {string.Join(", ", RecommendationProgressNames.AllTokens)}");
            }
            var evidence = p.String("evidence", required: false);
            p.RejectUnknown();
            return number is null || text is null ? null : new PreviousRecommendation(number.Value, text) { Progress = progress, Evidence = evidence };
        }).OfType<PreviousRecommendation>().ToList();
        var fresh = r.Objects("new").Select(p =>
        {
            var number = p.Int("number");
            var text = p.String("text");
            var addressee = p.String("addressee", required: false);
            var repeats = p.Int("repeatsPrevious", required: false);
            p.RejectUnknown();
            return number is null || text is null ? null : new Recommendation(number.Value, text) { Addressee = addressee, RepeatsPrevious = repeats };
        }).OfType<Recommendation>().ToList();
        r.RejectUnknown();
        foreach (var n in fresh.Where(f => f.RepeatsPrevious is { } p && previous.All(x => x.Number != p)))
            r.Problem(r.Child("new"), $"recommendation {n.Number} repeats previous recommendation {n.RepeatsPrevious}, which is not listed under \"previous\"");
        return new RecommendationSet { Previous = previous, New = fresh };
    }

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();
}
