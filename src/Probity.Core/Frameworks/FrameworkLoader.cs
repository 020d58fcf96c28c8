using System.Text.Json;
using System.Text.RegularExpressions;
using Probity.Core.Json;
using Probity.Core.Datasets;
using Probity.Core.Ratings;

namespace Probity.Core.Frameworks;

/// <summary>The outcome of loading a framework file: the framework, or every problem found, each with its JSON path.</summary>
public sealed record FrameworkLoadResult(FrameworkVersion? Framework, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Framework is not null;
}

/// <summary>
/// Reads and validates a framework version file (see frameworks/README.md): ids unique and well formed, every
/// reference resolves, key-question bands cover 0–100, overall bands start at 0. Reports all problems at once.
/// </summary>
public static partial class FrameworkLoader
{
    private static readonly string[] ProviderTypes = Enum.GetNames<ProviderType>();

    public static FrameworkLoadResult Load(string json, string source)
    {
        var faults = new List<DatasetProblem>();
        var document = JsonFile.Parse(json, source, "a framework version's JSON object (id, title, domains, …)", faults, out _);
        if (document is null) return new(null, faults.Select(p => p.ToString()).ToList());
        using (document)
        {
            var problems = new List<string>();
            var framework = new Builder(problems).Build(new ObjectReader(document.RootElement, "$", (path, message) => problems.Add($"{path}: {message}")));
            return problems.Count == 0
                ? new(framework, [])
                : new(null, problems.Select(p => $"{source}: {p}").ToList());
        }
    }

    internal static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut < 0 ? message.TrimEnd('.') : message[..cut];
    }

    [GeneratedRegex(@"^[a-z][a-z0-9-]*$")]
    private static partial Regex VersionIdPattern();

    [GeneratedRegex(@"^[A-Za-z0-9]+$")]
    private static partial Regex IdSegmentPattern();

    private sealed class Builder(List<string> problems)
    {
        private readonly Dictionary<string, string> _ids = new();
        private readonly Dictionary<string, Population> _populations = new();
        private readonly Dictionary<string, ApplicabilityCondition> _conditions = new();
        private readonly HashSet<string> _viewKeys = [];
        private IReadOnlyList<string> _samples = [];
        private bool _promptsKnown = true;
        private bool _rated;

        public FrameworkVersion? Build(ObjectReader root)
        {
            var id = root.String("id");
            if (id is not null && !VersionIdPattern().IsMatch(id))
                problems.Add($"{root.Child("id")}: \"{id}\" must be lower case letters, digits and hyphens, e.g. hmip-crc-2019");
            var title = root.String("title");
            var providerTypes = root.Strings("providerTypes");
            foreach (var t in providerTypes.Where(t => !ProviderTypes.Contains(t)))
                problems.Add($"{root.Child("providerTypes")}: \"{t}\" is not one of {string.Join(", ", ProviderTypes)}");
            var previous = root.String("previousVersion", required: false);
            _promptsKnown = root.Bool("promptsKnown") ?? true;
            var terminology = ReadTerminology(root.Object("terminology"));
            _samples = root.Strings("samples");
            if (_samples.Count == 0) root.Problem("\"samples\" must list at least one sample");
            foreach (var s in _samples.Where(s => CaseColumns.Sample.Code(s) == 0))
                problems.Add($"{root.Child("samples")}: \"{s}\" is not a sample of the exchange format ({string.Join(", ", CaseColumns.Sample.Values)})");

            var ratingRulesReader = root.Object("ratingRules");
            _rated = ratingRulesReader is not null;
            var ratingRules = ratingRulesReader is null ? null : ReadRatingRules(ratingRulesReader);
            var significance = ReadSignificance(root.Object("significance"));
            foreach (var p in root.Objects("populations")) ReadPopulation(p);
            foreach (var c in root.Objects("conditions")) ReadCondition(c);
            var views = root.Objects("views").Select(ReadView).OfType<FrameworkView>().ToList();
            var domains = root.Objects("domains", required: true).Select(ReadDomain).ToList();
            if (domains.Count == 0) root.Problem("\"domains\" must list at least one domain");
            root.RejectUnknown();

            if (problems.Count > 0) return null;
            var framework = new FrameworkVersion(id!, title!, domains!, _populations.Values.ToList(), _conditions.Values.ToList(),
                ratingRules, significance)
            {
                ProviderTypes = providerTypes,
                PreviousVersion = previous,
                PromptsKnown = _promptsKnown,
                Terminology = terminology,
                Samples = _samples,
                Views = views,
            };
            return framework;
        }

        private static Terminology ReadTerminology(ObjectReader? reader)
        {
            if (reader is null) return Terminology.ServiceUser;
            var person = reader.String("personOnProbation");
            var practitioner = reader.String("practitioner");
            reader.RejectUnknown();
            return new Terminology(person ?? "", practitioner ?? "");
        }

        private RatingRules? ReadRatingRules(ObjectReader reader)
        {
            var scale = new List<RatingLevel>();
            foreach (var level in reader.Objects("scale", required: true))
            {
                var token = level.String("token");
                var name = level.String("name");
                var score = level.Int("score");
                level.RejectUnknown();
                if (token is null || name is null || score is null) continue;
                if (!RatingNames.TryParseToken(token, out var rating))
                    problems.Add($"{level.Child("token")}: \"{token}\" is not one of {string.Join(", ", RatingNames.AllTokens)}");
                else scale.Add(new RatingLevel(rating, name, score.Value));
            }
            if (scale.Select(s => s.Rating).Distinct().Count() != 4 || scale.Count != 4)
                reader.Problem("\"scale\" must give each of the four ratings exactly once");
            else if (!scale.Select(s => s.Rating).SequenceEqual(Enum.GetValues<Rating>()))
                reader.Problem("\"scale\" must list the ratings from inadequate to outstanding");

            var kqBands = new List<KeyQuestionBand>();
            foreach (var b in reader.Objects("keyQuestionBands", required: true))
            {
                var min = b.Int("min");
                var rating = ReadRating(b, "rating");
                var label = b.String("label", required: false) ?? "";
                b.RejectUnknown();
                if (min is < 0 or > 100) problems.Add($"{b.Child("min")}: {min} is outside 0–100");
                if (min is null || rating is null) continue;
                kqBands.Add(new KeyQuestionBand(min.Value, rating.Value, label));
            }
            CheckBands(reader.Child("keyQuestionBands"), kqBands.Select(b => (b.Min, b.Rating)).ToList(), "percent");

            OverallBandTable? overall = null;
            var o = reader.Object("overallBands", required: true);
            if (o is not null)
            {
                var basisText = o.String("basis");
                OverallBandBasis? basis = basisText switch
                {
                    "points" => OverallBandBasis.Points,
                    "percent-of-maximum" => OverallBandBasis.PercentOfMaximum,
                    null => null,
                    _ => null,
                };
                if (basisText is not null && basis is null)
                    problems.Add($"{o.Child("basis")}: \"{basisText}\" is not one of points, percent-of-maximum");
                var bands = new List<OverallBand>();
                foreach (var b in o.Objects("bands", required: true))
                {
                    var min = b.Int("min");
                    var rating = ReadRating(b, "rating");
                    b.RejectUnknown();
                    if (min is not null && rating is not null) bands.Add(new OverallBand(min.Value, rating.Value));
                }
                CheckBands(o.Child("bands"), bands.Select(b => (b.Min, b.Rating)).ToList(), "score");
                if (basis == OverallBandBasis.PercentOfMaximum && bands.Any(b => b.Min > 100))
                    problems.Add($"{o.Child("bands")}: a percent-of-maximum band cannot start above 100");
                o.RejectUnknown();
                overall = new OverallBandTable(basis ?? OverallBandBasis.Points, bands);
            }

            DiscretionRules? discretion = null;
            var d = reader.Object("discretion", required: true);
            if (d is not null)
            {
                var proximity = d.Int("proximityPoints") ?? 0;
                var oneCase = d.Bool("oneCaseTest") ?? false;
                var downward = d.Bool("downward") ?? false;
                var maxBands = d.Int("maxBands") ?? 1;
                if (proximity < 0) problems.Add($"{d.Child("proximityPoints")}: must not be negative");
                if (maxBands < 1) problems.Add($"{d.Child("maxBands")}: must be at least 1");
                d.RejectUnknown();
                discretion = new DiscretionRules(proximity, oneCase, downward, maxBands);
            }
            var printScore = reader.Bool("printScore") ?? true;
            reader.RejectUnknown();
            if (overall is null || discretion is null) return null;
            return new RatingRules(scale, kqBands, overall, discretion) { PrintScore = printScore };
        }

        /// <summary>Bands must start at 0, rise strictly, and each must rate higher than the one below it.</summary>
        private void CheckBands(string path, List<(int Min, Rating Rating)> bands, string unit)
        {
            if (bands.Count == 0)
            {
                problems.Add($"{path}: at least one band is required");
                return;
            }
            if (bands[0].Min != 0)
                problems.Add($"{path}: the first band must start at 0, so that every {unit} has a band (it starts at {bands[0].Min})");
            for (var i = 1; i < bands.Count; i++)
            {
                if (bands[i].Min <= bands[i - 1].Min)
                    problems.Add($"{path}[{i}]: min {bands[i].Min} must be above the previous band's min {bands[i - 1].Min}");
                if (bands[i].Rating <= bands[i - 1].Rating)
                    problems.Add($"{path}[{i}]: rating {bands[i].Rating.Token()} must be higher than the previous band's");
            }
        }

        private Rating? ReadRating(ObjectReader reader, string name)
        {
            var token = reader.String(name);
            if (token is null) return null;
            if (RatingNames.TryParseToken(token, out var rating)) return rating;
            problems.Add($"{reader.Child(name)}: \"{token}\" is not one of {string.Join(", ", RatingNames.AllTokens)}");
            return null;
        }

        private SignificanceRule ReadSignificance(ObjectReader? reader)
        {
            if (reader is null) return SignificanceRule.Default;
            var test = reader.String("test");
            if (test is not null && test != "two-proportion-z")
                problems.Add($"{reader.Child("test")}: \"{test}\" is not a known test (two-proportion-z)");
            var alpha = reader.Double("alpha") ?? 0.10;
            if (alpha is <= 0 or >= 1) problems.Add($"{reader.Child("alpha")}: must be between 0 and 1");
            var tails = reader.Int("tails", required: false) ?? 2;
            if (tails is not (1 or 2)) problems.Add($"{reader.Child("tails")}: must be 1 or 2");
            var pooled = reader.Bool("pooled") ?? true;
            reader.RejectUnknown();
            return new SignificanceRule(alpha, tails, pooled);
        }

        private void ReadPopulation(ObjectReader reader)
        {
            var id = reader.String("id");
            var name = reader.String("name");
            var sample = reader.String("sample");
            var description = reader.String("description", required: false);
            var filters = ReadFilters(reader);
            reader.RejectUnknown();
            if (sample is not null && !_samples.Contains(sample))
                problems.Add($"{reader.Child("sample")}: \"{sample}\" is not one of this framework's samples ({string.Join(", ", _samples)})");
            if (id is null || name is null || sample is null) return;
            if (!_populations.TryAdd(id, new Population(id, name, sample, filters) { Description = description }))
                problems.Add($"{reader.Child("id")}: population \"{id}\" is defined twice");
        }

        private FrameworkView? ReadView(ObjectReader reader)
        {
            var key = reader.String("key");
            var title = reader.String("title");
            var populationId = reader.String("population", required: false);
            reader.RejectUnknown();
            if (key is not null && !_viewKeys.Add(key)) problems.Add($"{reader.Child("key")}: view \"{key}\" is defined twice");
            Population? population = null;
            if (populationId is not null && !_populations.TryGetValue(populationId, out population))
                problems.Add($"{reader.Child("population")}: unknown population \"{populationId}\" (known: {string.Join(", ", _populations.Keys)})");
            return key is null || title is null ? null : new FrameworkView(key, title, population);
        }

        private void ReadCondition(ObjectReader reader)
        {
            var id = reader.String("id");
            var applies = reader.String("appliesWhere");
            var basis = reader.String("basis");
            if (basis is not null && basis is not ("stated" or "implied"))
                problems.Add($"{reader.Child("basis")}: \"{basis}\" is not one of stated, implied");
            var naExpected = reader.Bool("notApplicableExpected") ?? true;
            var filters = ReadFilters(reader);
            reader.RejectUnknown();
            if (id is null || applies is null || basis is null) return;
            if (!_conditions.TryAdd(id, new ApplicabilityCondition(id, applies, basis, filters) { NotApplicableExpected = naExpected }))
                problems.Add($"{reader.Child("id")}: condition \"{id}\" is defined twice");
        }

        private List<AttributeFilter> ReadFilters(ObjectReader reader)
        {
            var filters = new List<AttributeFilter>();
            foreach (var (key, value, path) in reader.Map("where"))
            {
                var column = CaseColumns.Find(key);
                if (column is null)
                {
                    problems.Add($"{path}: \"{key}\" is not a case attribute of the exchange format");
                    continue;
                }
                if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
                {
                    problems.Add($"{path}: expected an array of values");
                    continue;
                }
                var values = value.EnumerateArray().Select(v => v.GetString()!).ToList();
                foreach (var bad in values.Where(v => column.Code(v) == 0))
                    problems.Add($"{path}: \"{bad}\" is not a value of {key} ({string.Join(", ", column.Values)})");
                if (values.Count == 0) problems.Add($"{path}: list at least one value");
                else filters.Add(new AttributeFilter(column, values.Where(v => column.Code(v) != 0).ToList()));
            }
            return filters;
        }

        private Domain? ReadDomain(ObjectReader reader)
        {
            var key = reader.String("key");
            var title = reader.String("title");
            if (key is not null) ClaimId(key, reader.Child("key"), "domain key");
            var standards = reader.Objects("standards", required: true).Select(s => ReadStandard(s, key)).ToList();
            var domain = new Domain(key ?? "", title ?? "", standards.OfType<Standard>().ToList())
            {
                RatingsPageHeading = reader.String("ratingsPageHeading", required: false) ?? $"{key}. {title}",
                ChapterHeading = reader.String("chapterHeading", required: false) ?? $"{key}. {title}",
                Footnote = reader.String("footnote", required: false),
            };
            reader.RejectUnknown();
            foreach (var s in domain.Standards) s.Domain = domain;
            return domain;
        }

        private Standard? ReadStandard(ObjectReader reader, string? domainKey)
        {
            var id = reader.String("id");
            if (id is not null)
            {
                ClaimId(id, reader.Child("id"), "standard id");
                CheckChildId(id, domainKey, reader.Child("id"), "domain");
            }
            var name = reader.String("name");
            var statement = reader.String("statement");
            var ratedByText = reader.String("ratedBy");
            RatingBasis? ratedBy = ratedByText switch
            {
                "case-data" => RatingBasis.CaseData,
                "judgement" => RatingBasis.Judgement,
                "none" => RatingBasis.None,
                _ => null,
            };
            if (ratedByText is not null && ratedBy is null)
                problems.Add($"{reader.Child("ratedBy")}: \"{ratedByText}\" is not one of case-data, judgement, none");
            if (ratedBy is RatingBasis.None && _rated)
                problems.Add($"{reader.Child("ratedBy")}: a framework with rating rules rates every standard (case-data or judgement)");
            if (ratedBy is RatingBasis.CaseData or RatingBasis.Judgement && !_rated)
                problems.Add($"{reader.Child("ratedBy")}: \"{ratedByText}\" needs the framework's ratingRules");
            var topic = reader.String("topic", required: false) ?? name?.ToLowerInvariant() ?? "";
            var keyQuestions = reader.Objects("keyQuestions").Select(k => ReadKeyQuestion(k, id, ratedBy)).OfType<KeyQuestion>().ToList();

            QualitativeAdjustmentRule? adjustment = null;
            var qa = reader.Object("qualitativeAdjustment");
            if (qa is not null)
            {
                var evidence = qa.String("evidenceKeyQuestion");
                var maxBands = qa.Int("maxBands", required: false) ?? 1;
                qa.RejectUnknown();
                if (evidence is not null && !keyQuestions.Any(k => k.Id == evidence && k.Role == KeyQuestionRole.QualitativeOnly))
                    problems.Add($"{qa.Child("evidenceKeyQuestion")}: \"{evidence}\" is not a qualitative-only key question of standard {id}");
                if (maxBands < 1) problems.Add($"{qa.Child("maxBands")}: must be at least 1");
                if (ratedBy != RatingBasis.CaseData) problems.Add($"{qa.Path}: only a case-data standard has a qualitative adjustment");
                if (evidence is not null) adjustment = new QualitativeAdjustmentRule(evidence, maxBands);
            }
            if (ratedBy == RatingBasis.CaseData && !keyQuestions.Any(k => k.Role == KeyQuestionRole.Rated))
                problems.Add($"{reader.Path}: a case-data standard needs at least one rated key question");
            reader.RejectUnknown();
            if (id is null || name is null || statement is null || ratedBy is null) return null;
            return new Standard(id, name, statement, ratedBy.Value, keyQuestions) { Topic = topic, QualitativeAdjustment = adjustment };
        }

        private KeyQuestion? ReadKeyQuestion(ObjectReader reader, string? standardId, RatingBasis? ratedBy)
        {
            var id = reader.String("id");
            if (id is not null)
            {
                ClaimId(id, reader.Child("id"), "key question id");
                CheckChildId(id, standardId, reader.Child("id"), "standard");
            }
            var title = reader.String("title");
            var annexTitle = reader.String("annexTitle", required: false);
            var roleText = reader.String("role");
            KeyQuestionRole? role = roleText switch
            {
                "rated" => KeyQuestionRole.Rated,
                "qualitative-only" => KeyQuestionRole.QualitativeOnly,
                "judgement" => KeyQuestionRole.Judgement,
                "counted" => KeyQuestionRole.Counted,
                _ => null,
            };
            if (roleText is not null && role is null)
                problems.Add($"{reader.Child("role")}: \"{roleText}\" is not one of rated, qualitative-only, judgement, counted");
            if (role == KeyQuestionRole.Rated && ratedBy != RatingBasis.CaseData)
                problems.Add($"{reader.Child("role")}: a rated key question belongs to a case-data standard");
            if (role == KeyQuestionRole.Judgement && ratedBy != RatingBasis.Judgement)
                problems.Add($"{reader.Child("role")}: a judgement key question belongs to a judgement standard");
            if (role == KeyQuestionRole.Counted && ratedBy != RatingBasis.None)
                problems.Add($"{reader.Child("role")}: a counted key question belongs to an unrated standard (ratedBy none)");

            var populationId = reader.String("population", required: false);
            Population? population = null;
            var needsPopulation = role is KeyQuestionRole.Rated or KeyQuestionRole.Counted;
            if (populationId is not null)
            {
                if (!needsPopulation) problems.Add($"{reader.Child("population")}: only rated or counted key questions have case data");
                else if (!_populations.TryGetValue(populationId, out population))
                    problems.Add($"{reader.Child("population")}: unknown population \"{populationId}\" (known: {string.Join(", ", _populations.Keys)})");
            }
            else if (needsPopulation) reader.Problem("\"population\" is required for a key question answered per case");

            var prompts = reader.Objects("prompts").Select(p => ReadPrompt(p, id)).OfType<Prompt>().ToList();
            if (prompts.Count > 0 && !needsPopulation) problems.Add($"{reader.Child("prompts")}: only key questions answered per case have prompts");
            if (prompts.Count > 0 && !_promptsKnown) problems.Add($"{reader.Child("prompts")}: the framework says promptsKnown: false");
            var comparableWith = reader.Strings("comparableWith");
            var wordingSource = reader.String("wordingSource", required: false);
            var tableText = reader.String("tableText", required: false);
            var promptTable = ReadPromptTable(reader.Object("promptTable"));
            if (promptTable is not null && prompts.Count == 0) problems.Add($"{reader.Child("promptTable")}: only a key question with prompts has a prompt table");
            reader.RejectUnknown();
            if (id is null || title is null || role is null) return null;
            var keyQuestion = new KeyQuestion(id, title, role.Value, population, prompts)
            {
                AnnexTitle = annexTitle,
                ComparableWith = comparableWith,
                WordingSource = wordingSource,
                TableText = tableText,
                PromptTable = promptTable,
            };
            return keyQuestion;
        }

        private static PromptTable? ReadPromptTable(ObjectReader? reader)
        {
            if (reader is null) return null;
            var title = reader.String("title");
            var rowHeading = reader.String("rowHeading");
            var valueHeading = reader.String("valueHeading");
            reader.RejectUnknown();
            return title is null || rowHeading is null || valueHeading is null ? null : new PromptTable(title, rowHeading, valueHeading);
        }

        private Prompt? ReadPrompt(ObjectReader reader, string? keyQuestionId)
        {
            var id = reader.String("id");
            if (id is not null)
            {
                ClaimId(id, reader.Child("id"), "prompt id");
                CheckChildId(id, keyQuestionId, reader.Child("id"), "key question");
            }
            var text = reader.String("text");
            var conditionId = reader.String("condition", required: false);
            ApplicabilityCondition? condition = null;
            if (conditionId is not null && !_conditions.TryGetValue(conditionId, out condition))
                problems.Add($"{reader.Child("condition")}: unknown condition \"{conditionId}\" ({(_conditions.Count == 0 ? "the framework defines no conditions" : "known: " + string.Join(", ", _conditions.Keys))})");
            var footnote = reader.String("footnote", required: false);
            var note = reader.String("note", required: false);
            var comparableWith = reader.Strings("comparableWith");
            reader.RejectUnknown();
            if (id is null || text is null) return null;
            var prompt = new Prompt(id, text, condition) { Footnote = footnote, Note = note, ComparableWith = comparableWith };
            return prompt;
        }

        private void ClaimId(string id, string path, string what)
        {
            if (_ids.TryGetValue(id, out var first))
                problems.Add($"{path}: {what} \"{id}\" is already used at {first}");
            else _ids[id] = path;
        }

        /// <summary>A child's id is its parent's id plus one segment: standard 2.1 → key question 2.1.3 → prompt 2.1.3.d.</summary>
        private void CheckChildId(string id, string? parentId, string path, string parent)
        {
            if (parentId is null) return;
            var prefix = parentId + ".";
            if (!id.StartsWith(prefix, StringComparison.Ordinal) || !IdSegmentPattern().IsMatch(id[prefix.Length..]))
                problems.Add($"{path}: \"{id}\" should be the {parent} id \"{parentId}\" followed by one more segment, e.g. \"{parentId}.1\"");
        }
    }
}
