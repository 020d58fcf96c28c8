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

        public RegionalReview Review(ObjectReader r)
        {
            var review = new RegionalReview
            {
                Region = r.String("region") ?? "",
                Title = r.String("title", required: false),
                Reference = r.String("reference", required: false),
                LetterDate = r.Date("letterDate"),
                Addressee = Person(r.Object("addressee")),
                Signatory = Person(r.Object("signatory")),
                Copied = r.Objects("copied").Select(Person).OfType<ReviewPerson>().ToList(),
                LeadInspector = r.String("leadInspector", required: false),
                PduInspections = r.Objects("pduInspections").Select(Pdu).OfType<LinkedPdu>().ToList(),
                Narrative = Narrative(r),
                Areas = Areas(r),
            };
            r.RejectUnknown();
            foreach (var (key, path) in _citedInspections.Where(c => !_pduKeys.Contains(c.Key)))
                report(path, $"\"{key}\" is not the key of a linked PDU inspection ({string.Join(", ", _pduKeys)})");
            return review;
        }

        private static ReviewPerson? Person(ObjectReader? r)
        {
            if (r is null) return null;
            var name = r.String("name");
            var person = name is null ? null : new ReviewPerson(name) { Role = r.String("role", required: false), Email = r.String("email", required: false) };
            r.RejectUnknown();
            return person;
        }

        private Dictionary<string, IReadOnlyList<string>> Narrative(ObjectReader r)
        {
            var map = new Dictionary<string, IReadOnlyList<string>>();
            foreach (var (key, value, path) in r.Map("narrative"))
            {
                if (value.ValueKind != JsonValueKind.Array || !value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String))
                    report(path, "expected an array of paragraphs (strings)");
                else if (value.EnumerateArray().Sum(e => (long)e.GetString()!.Length) is var length && length > limits.MaxNarrativeChars)
                    report(path, NarrativeLimit.TooLong((int)Math.Min(length, int.MaxValue), limits));
                else map[key] = value.EnumerateArray().Select(e => e.GetString()!).ToList();
            }
            return map;
        }

        private LinkedPdu? Pdu(ObjectReader r)
        {
            var key = r.String("key");
            var name = r.String("name");
            if (key is not null && !_pduKeys.Add(key)) r.Problem(r.Child("key"), $"PDU inspection \"{key}\" is linked twice");
            var framework = r.String("framework", required: false);
            var version = framework is null ? null : frameworks(framework);
            if (framework is not null && version is null)
                r.Problem(r.Child("framework"), $"framework \"{framework}\" is not known; known frameworks: {string.Join(", ", FrameworkCatalog.Ids)}");
            var dataset = r.String("dataset", required: false);
            // The folder name goes to the file system: a control character (NUL above all) is a mistake, never a name.
            if (dataset is not null && dataset.Any(char.IsControl))
            {
                r.Problem(r.Child("dataset"), "the folder name holds a control character (such as NUL or a line break); name the dataset folder as it is on disk");
                dataset = null;
            }
            var published = Published(r.Object("published"), version);
            var recommendations = Recommendations(r);
            var link = key is null || name is null ? null : new LinkedPdu(key, name)
            {
                OtherNames = r.Strings("otherNames"),
                Dataset = dataset,
                Framework = framework,
                Published = published,
                Recommendations = recommendations,
                Note = r.String("note", required: false),
            };
            r.RejectUnknown();
            if (dataset is null && published is null && recommendations.Count == 0)
                r.Problem("link its \"dataset\" folder, or record what the letter prints about it (\"published\", \"recommendations\")");
            return link;
        }

        private static PublishedPduRatings? Published(ObjectReader? r, FrameworkVersion? framework)
        {
            if (r is null) return null;
            var score = r.Int("score", required: false);
            var max = r.Int("maxScore", required: false);
            if (score < 0) r.Problem(r.Child("score"), "must not be negative");
            if (score > max) r.Problem(r.Child("score"), $"{score} is above the maximum score {max}");
            if ((score is null) != (max is null)) r.Problem("give both score and maxScore, or neither");
            var standards = new List<PublishedStandardRating>();
            var seen = new HashSet<string>();
            foreach (var s in r.Objects("standards"))
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
                OverallRating = ReadRating(r, "overallRating"),
                Standards = standards,
                Source = r.String("source", required: false),
            };
            r.RejectUnknown();
            return published;
        }

        // Catches a misnumbered row (the seed prints "2.2 Planning"): the id must name that standard in the framework.
        private static void CheckStandard(ObjectReader s, FrameworkVersion? framework, string id, string name)
        {
            if (framework is null) return;
            var standard = framework.FindStandard(id);
            if (standard is null) s.Problem(s.Child("standard"), $"\"{id}\" is not a standard of {framework.Id}");
            else if (!string.Equals(standard.Name, name, StringComparison.OrdinalIgnoreCase))
                s.Problem(s.Child("name"), $"standard {id} of {framework.Id} is \"{standard.Name}\", not \"{name}\"");
        }

        private static List<ReviewRecommendation> Recommendations(ObjectReader r)
        {
            var list = new List<ReviewRecommendation>();
            var expected = 1;
            foreach (var x in r.Objects("recommendations"))
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

        private List<ReviewArea> Areas(ObjectReader r)
        {
            var areas = new List<ReviewArea>();
            var keys = new HashSet<string>();
            foreach (var a in r.Objects("areas", required: true))
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
            if (r.Element("areas") is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() == 0) r.Problem(r.Child("areas"), "list at least one area");
            return areas;
        }

        private ReviewFinding? Finding(ObjectReader f)
        {
            var polarityText = Token(f, "polarity", ExchangeTokens.Polarities, out var polarity);
            var text = f.String("text");
            var evidence = f.Objects("evidence").Select(Citation).OfType<EvidenceCitation>().ToList();
            if (f.Element("evidence") is null) f.Problem("\"evidence\" is required: each finding cites what it rests on");
            else if (evidence.Count == 0 && f.Element("evidence") is { ValueKind: JsonValueKind.Array } e && e.GetArrayLength() == 0)
                f.Problem(f.Child("evidence"), "list at least one piece of evidence");
            var note = f.String("note", required: false);
            f.RejectUnknown();
            return polarityText is null || text is null ? null : new ReviewFinding(polarity, text) { Evidence = evidence, Note = note };
        }

        private EvidenceCitation? Citation(ObjectReader c)
        {
            var sourceText = Token(c, "source", ExchangeTokens.EvidenceSources, out var source);
            var detail = c.String("detail");
            var numerator = c.Int("numerator", required: false);
            var denominator = c.Int("denominator", required: false);
            if ((numerator is null) != (denominator is null)) c.Problem("give both numerator and denominator (\"68 out of 84\"), or neither");
            if (denominator is <= 0) c.Problem(c.Child("denominator"), "must be at least 1");
            if (numerator < 0) c.Problem(c.Child("numerator"), "must not be negative");
            if (numerator > denominator) c.Problem(c.Child("numerator"), $"{numerator} cannot exceed the denominator {denominator}");
            var inspection = c.String("inspection", required: false);
            if (inspection is not null) _citedInspections.Add((inspection, c.Child("inspection")));
            var citation = sourceText is null || detail is null ? null : new EvidenceCitation(source, detail)
            {
                Numerator = numerator,
                Denominator = denominator,
                Value = c.Decimal("value"),
                Unit = c.String("unit", required: false),
                Inspection = inspection,
            };
            c.RejectUnknown();
            return citation;
        }

        /// <summary>The token's text (null if absent); an unknown token is reported and leaves <paramref name="value"/> at its default.</summary>
        private static string? Token<T>(ObjectReader r, string name, TokenMap<T> map, out T value) where T : struct, Enum
        {
            var text = r.String(name);
            value = default;
            if (text is not null && !map.TryParse(text, out value))
                r.Problem(r.Child(name), $"\"{text}\" is not one of {map.List}");
            return text;
        }

        private static Rating? ReadRating(ObjectReader r, string name)
        {
            var token = r.String(name, required: false);
            if (token is null) return null;
            if (RatingNames.TryParseToken(token, out var rating)) return rating;
            r.Problem(r.Child(name), $"\"{token}\" is not one of {string.Join(", ", RatingNames.AllTokens)}");
            return null;
        }
    }
}
