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

    private static InspectionManifest ReadManifest(ObjectReader reader, ReadingLimits limits)
    {
        var framework = reader.String("framework");
        var provider = ReadProvider(reader.Object("provider", required: true));
        var published = reader.String("published", required: false);
        if (published is not null && !MonthPattern().IsMatch(published))
            reader.Problem(reader.Child("published"), $"\"{published}\" is not a month in the form yyyy-mm");
        var programmeYear = reader.String("programmeYear", required: false);
        if (programmeYear is not null && !Analysis.ProgrammeYear.TryParse(programmeYear, out _))
            reader.Problem(reader.Child("programmeYear"), $"\"{programmeYear}\" is not a programme year in the form yyyy/yy, such as 2019/20");
        var statusText = reader.String("status", required: false);
        InspectionStatus? status = null;
        if (statusText is not null)
        {
            if (InspectionStatusNames.TryParse(statusText, out var s)) status = s;
            else reader.Problem(reader.Child("status"), $"\"{statusText}\" is not one of {string.Join(", ", InspectionStatusNames.AllTokens)}");
        }
        var manifest = new InspectionManifest
        {
            Framework = framework ?? "",
            Provider = provider ?? new ProviderInfo("", ProviderType.CRC),
            Reference = reader.String("reference", required: false),
            LeadInspector = reader.String("leadInspector", required: false),
            FieldworkStart = reader.Date("fieldworkStart"),
            FieldworkEnd = reader.Date("fieldworkEnd"),
            Published = published,
            Status = status,
            ProgrammeYear = programmeYear,
            NotInspected = reader.Strings("notInspected"),
            DomainOneRatings = ReadRatingMap(reader, "domainOneRatings"),
            DomainOneProposals = ReadProposals(reader),
            PanelDecisions = reader.Objects("panelDecisions").Select(ReadDecision).OfType<PanelDecision>().ToList(),
            Samples = ReadSamples(reader),
            Fieldwork = ReadFieldwork(reader.Object("fieldwork")),
            PreviousInspection = ReadPrevious(reader.Object("previousInspection")),
            NationalComparator = ReadComparator(reader.Object("nationalComparator")),
            KeyData = reader.Objects("keyData").Select(ReadKeyDataTable).OfType<KeyDataTable>().ToList(),
            ContextualFacts = reader.Objects("contextualFacts").Select(ReadContextualFact).OfType<ContextualFact>().ToList(),
            PerformanceAgainstKeyTargets = reader.Objects("performanceAgainstKeyTargets").Select(ReadPerformance).OfType<PerformanceMeasure>().ToList(),
            Recommendations = ReadRecommendations(reader.Object("recommendations")),
            Narrative = ReadNarrative(reader, limits),
        };
        manifest = ReadRecords(reader, manifest, limits);
        reader.RejectUnknown();
        return manifest;
    }

    private static ProviderInfo? ReadProvider(ObjectReader? reader)
    {
        if (reader is null) return null;
        var name = reader.String("name");
        var typeText = reader.String("type");
        ProviderType? type = null;
        if (typeText is not null)
        {
            if (Enum.TryParse<ProviderType>(typeText, ignoreCase: false, out var t) && Enum.IsDefined(t)) type = t;
            else reader.Problem(reader.Child("type"), $"\"{typeText}\" is not one of {string.Join(", ", Enum.GetNames<ProviderType>())}");
        }
        var shortName = reader.String("shortName", required: false);
        var region = reader.String("region", required: false);
        reader.RejectUnknown();
        return name is null || type is null ? null : new ProviderInfo(name, type.Value) { ShortName = shortName, Region = region };
    }

    private static Rating? ReadRating(ObjectReader reader, string path, string? token)
    {
        if (token is null) return null;
        if (RatingNames.TryParseToken(token, out var rating)) return rating;
        reader.Problem(path, $"\"{token}\" is not a rating token (one of {string.Join(", ", RatingNames.AllTokens)})");
        return null;
    }

    private static Dictionary<string, Rating> ReadRatingMap(ObjectReader reader, string name)
    {
        var map = new Dictionary<string, Rating>();
        foreach (var (key, value, path) in reader.Map(name))
        {
            if (value.ValueKind != JsonValueKind.String) reader.Problem(path, "expected a rating token in quotes");
            else if (ReadRating(reader, path, value.GetString()) is { } rating) map[key] = rating;
        }
        return map;
    }

    private static Dictionary<string, string> ReadStringMap(ObjectReader reader, string name)
    {
        var map = new Dictionary<string, string>();
        foreach (var (key, value, path) in reader.Map(name))
        {
            if (value.ValueKind == JsonValueKind.String) map[key] = value.GetString()!;
            else reader.Problem(path, "expected text in quotes");
        }
        return map;
    }

    // Each block of inspectors' text is bounded, so that a runaway paste cannot make a report of gigabytes.
    private static Dictionary<string, string> ReadNarrative(ObjectReader reader, ReadingLimits limits)
    {
        var map = ReadStringMap(reader, "narrative");
        foreach (var (key, text) in map.Where(n => n.Value.Length > limits.MaxNarrativeChars).ToList())
        {
            reader.Problem($"{reader.Child("narrative")}.{key}", NarrativeLimit.TooLong(text.Length, limits));
            map.Remove(key);
        }
        return map;
    }

    private static Dictionary<string, DomainOneProposal> ReadProposals(ObjectReader reader)
    {
        var map = new Dictionary<string, DomainOneProposal>();
        foreach (var (key, value, path) in reader.Map("domainOneProposals"))
        {
            var p = new ObjectReader(value, path, reader.Problem);
            var proposed = ReadRating(p, p.Child("proposed"), p.String("proposed", required: false));
            var rationale = p.String("rationale", required: false);
            p.RejectUnknown();
            map[key] = new DomainOneProposal(proposed, rationale);
        }
        return map;
    }

    private static PanelDecision? ReadDecision(ObjectReader reader)
    {
        var standard = reader.String("standard");
        var moveText = reader.String("move");
        PanelMove? move = ExchangeTokens.Moves.TryParse(moveText, out var parsedMove) ? parsedMove : null;
        if (moveText is not null && move is null) reader.Problem(reader.Child("move"), $"\"{moveText}\" is not one of {ExchangeTokens.Moves.List}");
        var basisText = reader.String("basis", required: false) ?? ExchangeTokens.Bases.Token(DecisionBasis.Discretion);
        DecisionBasis? basis = ExchangeTokens.Bases.TryParse(basisText, out var parsedBasis) ? parsedBasis : null;
        if (basis is null) reader.Problem(reader.Child("basis"), $"\"{basisText}\" is not one of {ExchangeTokens.Bases.List}");
        // A missing rationale is the rules' to report (R12), with the decision it belongs to.
        var rationale = reader.Element("rationale") is { ValueKind: JsonValueKind.String } e ? e.GetString()! : "";
        var proposedBy = reader.String("proposedBy", required: false);
        var ratifiedBy = reader.String("ratifiedBy", required: false);
        var date = reader.Date("decisionDate");
        var outsideRules = reader.String("outsideRules", required: false);
        reader.RejectUnknown();
        if (standard is null || move is null || basis is null) return null;
        return new PanelDecision(standard, move.Value, basis.Value, rationale)
        {
            ProposedBy = proposedBy, RatifiedBy = ratifiedBy, DecisionDate = date, OutsideRules = outsideRules,
        };
    }

    private static Dictionary<string, SamplePlan> ReadSamples(ObjectReader reader)
    {
        var map = new Dictionary<string, SamplePlan>();
        foreach (var (key, value, path) in reader.Map("samples"))
        {
            if (CaseColumns.Sample.Code(key) == 0)
                reader.Problem(path, $"\"{key}\" is not a sample ({string.Join(", ", CaseColumns.Sample.Values)})");
            var s = new ObjectReader(value, path, reader.Problem);
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

    private static int? NonNegative(ObjectReader reader, string name)
    {
        var value = reader.Int(name, required: false);
        if (value < 0) reader.Problem(reader.Child(name), "must not be negative");
        return value;
    }

    private static FieldworkFacts ReadFieldwork(ObjectReader? reader)
    {
        if (reader is null) return new FieldworkFacts();
        var facts = new FieldworkFacts
        {
            ResponsibleOfficersInterviewed = NonNegative(reader, "responsibleOfficersInterviewed"),
            Meetings = NonNegative(reader, "meetings"),
            ServiceUsersContactAttempted = NonNegative(reader, "serviceUsersContactAttempted"),
            ServiceUsersViewsRecorded = NonNegative(reader, "serviceUsersViewsRecorded"),
            ObservedWorkProjects = NonNegative(reader, "observedWorkProjects"),
            ObservedInductionSessions = NonNegative(reader, "observedInductionSessions"),
            OfficesVisited = reader.String("officesVisited", required: false),
            SiteVisits = reader.String("siteVisits", required: false),
        };
        reader.RejectUnknown();
        return facts;
    }

    private static Dictionary<string, ComparisonFigure> ReadResults(ObjectReader reader)
    {
        var map = new Dictionary<string, ComparisonFigure>();
        foreach (var (key, value, path) in reader.Map("results"))
        {
            var f = new ObjectReader(value, path, reader.Problem);
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

    private static ComparatorResults? ReadComparator(ObjectReader? reader)
    {
        if (reader is null) return null;
        var comparator = new ComparatorResults
        {
            Label = reader.String("label", required: false),
            Source = reader.String("source", required: false),
            Period = reader.String("period", required: false),
            Results = ReadResults(reader),
        };
        reader.RejectUnknown();
        return comparator;
    }

    private static PreviousInspection? ReadPrevious(ObjectReader? reader)
    {
        if (reader is null) return null;
        var previous = new PreviousInspection
        {
            Label = reader.String("label", required: false),
            Source = reader.String("source", required: false),
            Period = reader.String("period", required: false),
            Results = ReadResults(reader),
            Framework = reader.String("framework", required: false),
            Year = reader.Int("year", required: false),
            Reference = reader.String("reference", required: false),
            OverallRating = ReadRating(reader, reader.Child("overallRating"), reader.String("overallRating", required: false)),
            Score = NonNegative(reader, "score"),
            Ratings = ReadRatingMap(reader, "ratings"),
        };
        reader.RejectUnknown();
        return previous;
    }

    private static KeyDataTable? ReadKeyDataTable(ObjectReader reader)
    {
        var id = reader.String("id");
        var standard = reader.String("standard", required: false);
        var title = reader.String("title", required: false);
        var placedUnder = reader.String("placedUnder", required: false);
        var columns = reader.Strings("columns");
        var source = reader.String("source", required: false);
        var rows = reader.Objects("rows").Select(row => ReadKeyDataRow(row, columns.Count)).OfType<KeyDataRow>().ToList();
        reader.RejectUnknown();
        return id is null ? null : new KeyDataTable
        {
            Id = id, Standard = standard, Title = title, PlacedUnder = placedUnder, Columns = columns, Source = source, Rows = rows,
        };
    }

    private static KeyDataRow? ReadKeyDataRow(ObjectReader reader, int columnCount)
    {
        var label = reader.String("label");
        var values = new List<decimal?>();
        if (reader.Element("values") is { } v)
        {
            if (v.ValueKind != JsonValueKind.Array) reader.Problem(reader.Child("values"), "expected an array of numbers or nulls");
            else foreach (var e in v.EnumerateArray())
            {
                if (e.ValueKind == JsonValueKind.Null) values.Add(null);
                else if (e.ValueKind == JsonValueKind.Number && e.TryGetDecimal(out var d)) values.Add(d);
                else { reader.Problem(reader.Child("values"), "expected an array of numbers or nulls"); break; }
            }
        }
        var valueText = new List<string?>();
        if (reader.Element("valueText") is { ValueKind: JsonValueKind.Array } t)
            valueText.AddRange(t.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null));
        if (columnCount > 0 && values.Count != columnCount)
            reader.Problem(reader.Child("values"), $"has {values.Count} values for {columnCount} columns");
        var unit = reader.String("unit", required: false);
        var footnote = reader.String("footnote", required: false);
        reader.RejectUnknown();
        return label is null ? null : new KeyDataRow { Label = label, Values = values, ValueText = valueText, Unit = unit, Footnote = footnote };
    }

    private static ContextualFact? ReadContextualFact(ObjectReader reader)
    {
        var label = reader.String("label");
        var value = reader.String("value");
        var source = reader.String("source", required: false);
        reader.RejectUnknown();
        return label is null || value is null ? null : new ContextualFact(label, value) { Source = source };
    }

    private static PerformanceMeasure? ReadPerformance(ObjectReader reader)
    {
        var measure = reader.String("measure");
        var label = reader.String("label");
        var m = new PerformanceMeasure(measure ?? "", label ?? "")
        {
            Provider = reader.Decimal("provider"),
            EnglandAndWales = reader.Decimal("englandAndWales"),
            Target = reader.Decimal("target"),
            Source = reader.String("source", required: false),
        };
        reader.RejectUnknown();
        return measure is null || label is null ? null : m;
    }

    private static RecommendationSet ReadRecommendations(ObjectReader? reader)
    {
        if (reader is null) return new RecommendationSet();
        var previous = reader.Objects("previous").Select(p =>
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
        var fresh = reader.Objects("new").Select(p =>
        {
            var number = p.Int("number");
            var text = p.String("text");
            var addressee = p.String("addressee", required: false);
            var repeats = p.Int("repeatsPrevious", required: false);
            var finding = p.String("finding", required: false);
            var plan = ReadActionPlan(p.Object("actionPlan"));
            p.RejectUnknown();
            return number is null || text is null ? null : new Recommendation(number.Value, text)
            {
                Addressee = addressee, RepeatsPrevious = repeats, Finding = finding, ActionPlan = plan,
            };
        }).OfType<Recommendation>().ToList();
        reader.RejectUnknown();
        foreach (var n in fresh.Where(f => f.RepeatsPrevious is { } p && previous.All(x => x.Number != p)))
            reader.Problem(reader.Child("new"), $"recommendation {n.Number} repeats previous recommendation {n.RepeatsPrevious}, which is not listed under \"previous\"");
        return new RecommendationSet { Previous = previous, New = fresh };
    }

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();
}
