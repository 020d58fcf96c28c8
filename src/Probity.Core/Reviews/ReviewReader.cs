using System.Text.Json;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Input;
using Probity.Core.Json;
using Probity.Core.Ratings;
using Probity.Core.Text;

namespace Probity.Core.Reviews;

public sealed record ReviewReadResult(RegionalReview? Review, JsonLineMap Lines)
{
    /// <summary>The line of a value of review.json by its JSON path ("$.pduInspections[0].dataset").</summary>
    public int LineOf(string path) => Lines.LineOf(path);
}

/// <summary>
/// Reads a review folder's <c>review.json</c> into a <see cref="RegionalReview"/> with the exchange format's error contract:
/// every problem at once, each as <c>review.json:line: message</c>. Linked PDU datasets are checked afterwards, by
/// <see cref="ReviewLinks"/>, once the host has read them.
/// </summary>
public static class ReviewReader
{
    public const string FileName = "review.json";

    public static ReviewReadResult Read(string json, List<DatasetProblem> problems, Func<string, FrameworkVersion?>? frameworks = null,
        ReadingLimits? limits = null)
    {
        frameworks ??= FrameworkCatalog.Find;
        limits ??= ReadingLimits.Default;
        var document = JsonFile.Parse(json, FileName, "the review's JSON object (region, areas, pduInspections, …)", problems, out var lines);
        if (document is null) return new(null, lines);
        using (document)
        {
            var before = problems.Count;
            void Report(string path, string message) =>
                ProblemCap.Add(problems, new(FileName, lines.LineOf(path), path == "$" ? message : $"{path[2..]}: {message}"), limits);
            var review = new Reader(frameworks, Report, limits).Review(new ObjectReader(document.RootElement, "$", Report));
            return new(problems.Count == before ? review : null, lines);
        }
    }

    private sealed class Reader(Func<string, FrameworkVersion?> frameworks, Action<string, string> report, ReadingLimits limits)
    {
        private readonly HashSet<string> _pduKeys = [];
        private readonly List<(string Key, string Path)> _citedInspections = [];

        public RegionalReview Review(ObjectReader reader)
        {
            var review = new RegionalReview
            {
                Region = reader.String("region") ?? "",
                Title = reader.String("title", required: false),
                Reference = reader.String("reference", required: false),
                LetterDate = reader.Date("letterDate"),
                Addressee = Person(reader.Object("addressee")),
                Signatory = Person(reader.Object("signatory")),
                Copied = reader.Objects("copied").Select(Person).OfType<ReviewPerson>().ToList(),
                LeadInspector = reader.String("leadInspector", required: false),
                PduInspections = reader.Objects("pduInspections").Select(Pdu).OfType<LinkedPdu>().ToList(),
                Narrative = Narrative(reader),
                Areas = Areas(reader),
            };
            reader.RejectUnknown();
            foreach (var (key, path) in _citedInspections.Where(c => !_pduKeys.Contains(c.Key)))
                report(path, $"\"{key}\" is not the key of a linked PDU inspection ({string.Join(", ", _pduKeys)})");
            return review;
        }

        private static ReviewPerson? Person(ObjectReader? reader)
        {
            if (reader is null) return null;
            var name = reader.String("name");
            var person = name is null ? null : new ReviewPerson(name) { Role = reader.String("role", required: false), Email = reader.String("email", required: false) };
            reader.RejectUnknown();
            return person;
        }

        private Dictionary<string, IReadOnlyList<string>> Narrative(ObjectReader reader)
        {
            var map = new Dictionary<string, IReadOnlyList<string>>();
            foreach (var (key, value, path) in reader.Map("narrative"))
            {
                if (value.ValueKind != JsonValueKind.Array || !value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String))
                    report(path, "expected an array of paragraphs (strings)");
                else if (value.EnumerateArray().Sum(e => (long)e.GetString()!.Length) is var length && length > limits.MaxNarrativeChars)
                    report(path, NarrativeLimit.TooLong((int)Math.Min(length, int.MaxValue), limits));
                else map[key] = value.EnumerateArray().Select(e => e.GetString()!).ToList();
            }
            return map;
        }

        private LinkedPdu? Pdu(ObjectReader reader)
        {
            var key = reader.String("key");
            var name = reader.String("name");
            if (key is not null && !_pduKeys.Add(key)) reader.Problem(reader.Child("key"), $"PDU inspection \"{key}\" is linked twice");
            var framework = reader.String("framework", required: false);
            var version = framework is null ? null : frameworks(framework);
            if (framework is not null && version is null)
                reader.Problem(reader.Child("framework"), $"framework \"{framework}\" is not known; known frameworks: {string.Join(", ", FrameworkCatalog.Ids)}");
            var dataset = reader.String("dataset", required: false);
            // The folder name goes to the file system: a control character (NUL above all) is a mistake, never a name.
            if (dataset is not null && dataset.Any(char.IsControl))
            {
                reader.Problem(reader.Child("dataset"), "the folder name holds a control character (such as NUL or a line break); name the dataset folder as it is on disk");
                dataset = null;
            }
            var published = Published(reader.Object("published"), version);
            var recommendations = Recommendations(reader);
            var link = key is null || name is null ? null : new LinkedPdu(key, name)
            {
                OtherNames = reader.Strings("otherNames"),
                Dataset = dataset,
                Framework = framework,
                Published = published,
                Recommendations = recommendations,
                Note = reader.String("note", required: false),
            };
            reader.RejectUnknown();
            if (dataset is null && published is null && recommendations.Count == 0)
                reader.Problem("link its \"dataset\" folder, or record what the letter prints about it (\"published\", \"recommendations\")");
            return link;
        }

        private static PublishedPduRatings? Published(ObjectReader? reader, FrameworkVersion? framework)
        {
            if (reader is null) return null;
            var score = reader.Int("score", required: false);
            var max = reader.Int("maxScore", required: false);
            if (score < 0) reader.Problem(reader.Child("score"), "must not be negative");
            if (score > max) reader.Problem(reader.Child("score"), $"{score} is above the maximum score {max}");
            if ((score is null) != (max is null)) reader.Problem("give both score and maxScore, or neither");
            var standards = new List<PublishedStandardRating>();
            var seen = new HashSet<string>();
            foreach (var s in reader.Objects("standards"))
            {
                var id = s.String("standard");
                var name = s.String("name");
                var token = s.String("rating");
                s.RejectUnknown();
                Rating? rating = null;
                if (token is not null && token != ExchangeTokens.NotInspected)
                {
                    if (RatingNames.TryParseToken(token, out var parsed)) rating = parsed;
                    else s.Problem(s.Child("rating"), $"\"{token}\" is not one of {string.Join(", ", RatingNames.AllTokens)}, {ExchangeTokens.NotInspected}");
                }
                if (id is null || name is null || token is null) continue;
                if (!seen.Add(id)) s.Problem(s.Child("standard"), $"standard {id} is listed twice (the letter prints 2.2 twice: Probity numbers the standards as the framework does)");
                CheckStandard(s, framework, id, name);
                standards.Add(new PublishedStandardRating(id, name, rating));
            }
            var published = new PublishedPduRatings
            {
                Score = score,
                MaxScore = max,
                OverallRating = ReadRating(reader, "overallRating"),
                Standards = standards,
                Source = reader.String("source", required: false),
            };
            reader.RejectUnknown();
            return published;
        }

        // Catches a misnumbered row (the seed prints "2.2 Planning"): the id must name that standard in the framework.
        private static void CheckStandard(ObjectReader standardReader, FrameworkVersion? framework, string id, string name)
        {
            if (framework is null) return;
            var standard = framework.FindStandard(id);
            if (standard is null) standardReader.Problem(standardReader.Child("standard"), $"\"{id}\" is not a standard of {framework.Id}");
            else if (!string.Equals(standard.Name, name, StringComparison.OrdinalIgnoreCase))
                standardReader.Problem(standardReader.Child("name"), $"standard {id} of {framework.Id} is \"{standard.Name}\", not \"{name}\"");
        }

        private static List<ReviewRecommendation> Recommendations(ObjectReader reader)
        {
            var list = new List<ReviewRecommendation>();
            var expected = 1;
            foreach (var x in reader.Objects("recommendations"))
            {
                var number = x.Int("number");
                var levelText = Token(x, "level", ExchangeTokens.AddresseeLevels, out var level);
                var addressee = x.String("addressee");
                var text = x.String("text");
                x.RejectUnknown();
                // Annexe one numbers each PDU's recommendations from 1, the region's and HMPPS's continuing the PDU's numbering.
                if (number is not null && number != expected)
                    x.Problem(x.Child("number"), $"is {number}; a PDU's recommendations are numbered 1, 2, 3 … in order, so this one is {expected}");
                expected++;
                if (number is null || addressee is null || text is null || levelText is null) continue;
                list.Add(new ReviewRecommendation(number.Value, level, addressee, text));
            }
            return list;
        }

        private List<ReviewArea> Areas(ObjectReader reader)
        {
            var areas = new List<ReviewArea>();
            var keys = new HashSet<string>();
            foreach (var a in reader.Objects("areas", required: true))
            {
                var key = a.String("key");
                var title = a.String("title");
                if (key is not null && !keys.Add(key)) a.Problem(a.Child("key"), $"area \"{key}\" is defined twice");
                var narrative = a.Strings("narrative");
                var findings = a.Objects("findings").Select(Finding).OfType<ReviewFinding>().ToList();
                var headings = a.Bool("headingsPrinted") ?? false;
                a.RejectUnknown();
                if (narrative.Count == 0 && findings.Count == 0) a.Problem("an area needs its narrative, its findings, or both");
                if (key is not null && title is not null)
                    areas.Add(new ReviewArea(key, title) { HeadingsPrinted = headings, Narrative = narrative, Findings = findings });
            }
            if (reader.Element("areas") is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() == 0) reader.Problem(reader.Child("areas"), "list at least one area");
            return areas;
        }

        private ReviewFinding? Finding(ObjectReader findingReader)
        {
            var polarityText = Token(findingReader, "polarity", ExchangeTokens.Polarities, out var polarity);
            var text = findingReader.String("text");
            var evidence = findingReader.Objects("evidence").Select(Citation).OfType<EvidenceCitation>().ToList();
            if (findingReader.Element("evidence") is null) findingReader.Problem("\"evidence\" is required: each finding cites what it rests on");
            else if (evidence.Count == 0 && findingReader.Element("evidence") is { ValueKind: JsonValueKind.Array } e && e.GetArrayLength() == 0)
                findingReader.Problem(findingReader.Child("evidence"), "list at least one piece of evidence");
            var note = findingReader.String("note", required: false);
            findingReader.RejectUnknown();
            return polarityText is null || text is null ? null : new ReviewFinding(polarity, text) { Evidence = evidence, Note = note };
        }

        private EvidenceCitation? Citation(ObjectReader citationReader)
        {
            var sourceText = Token(citationReader, "source", ExchangeTokens.EvidenceSources, out var source);
            var detail = citationReader.String("detail");
            var numerator = citationReader.Int("numerator", required: false);
            var denominator = citationReader.Int("denominator", required: false);
            if ((numerator is null) != (denominator is null)) citationReader.Problem("give both numerator and denominator (\"68 out of 84\"), or neither");
            if (denominator is <= 0) citationReader.Problem(citationReader.Child("denominator"), "must be at least 1");
            if (numerator < 0) citationReader.Problem(citationReader.Child("numerator"), "must not be negative");
            if (numerator > denominator) citationReader.Problem(citationReader.Child("numerator"), $"{numerator} cannot exceed the denominator {denominator}");
            var inspection = citationReader.String("inspection", required: false);
            if (inspection is not null) _citedInspections.Add((inspection, citationReader.Child("inspection")));
            var citation = sourceText is null || detail is null ? null : new EvidenceCitation(source, detail)
            {
                Numerator = numerator,
                Denominator = denominator,
                Value = citationReader.Decimal("value"),
                Unit = citationReader.String("unit", required: false),
                Inspection = inspection,
            };
            citationReader.RejectUnknown();
            return citation;
        }

        /// <summary>The token's text (null if absent); an unknown token is reported and leaves <paramref name="value"/> at its default.</summary>
        private static string? Token<T>(ObjectReader reader, string name, TokenMap<T> map, out T value) where T : struct, Enum
        {
            var text = reader.String(name);
            value = default;
            if (text is not null && !map.TryParse(text, out value))
                reader.Problem(reader.Child(name), $"\"{text}\" is not one of {map.List}");
            return text;
        }

        private static Rating? ReadRating(ObjectReader reader, string name)
        {
            var token = reader.String(name, required: false);
            if (token is null) return null;
            if (RatingNames.TryParseToken(token, out var rating)) return rating;
            reader.Problem(reader.Child(name), $"\"{token}\" is not one of {string.Join(", ", RatingNames.AllTokens)}");
            return null;
        }
    }
}
