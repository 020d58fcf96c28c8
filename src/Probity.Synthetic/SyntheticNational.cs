using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Rules;

namespace Probity.Synthetic;

/// <summary>
/// A reproducible national programme of synthetic inspections for demos and benchmarks: Quality &amp; Impact area
/// inspections (2017/18), two rounds of CRC inspections (2018/19 and 2019/20, every CRC in both, the last of round two cut
/// short with no overall rating), then three years of PDU inspections, each provider with a region and its own quality.
/// Cases carry the annual report's attributes at its published rates (offending-related factors and services delivered,
/// disability and its nature, IOM, first night, RoSH as the provider classified it), responsible officers with grades and
/// caseloads who are interviewed, and recommendations whose progress the next inspection judges. Quality of work falls with
/// the officer's caseload and rises for IOM cases, so the splits have differences to find. Same seed, same programme.
/// </summary>
public static class SyntheticNational
{
    public sealed record Options
    {
        public int Inspections { get; init; } = 60;

        /// <summary>Cases per inspection; null for realistic sample sizes (about 145 for a CRC).</summary>
        public int? CasesPerInspection { get; init; }

        public int Seed { get; init; } = 2020;
    }

    /// <summary>One round of the programme: its year, framework, provider type and share of the inspections.</summary>
    private sealed record Round(ProgrammeYear Year, string Framework, ProviderType Type, double Share, DateOnly First, int Days);

    private static readonly Round[] Rounds =
    [
        new(new(2017), "hmip-qi-2017", ProviderType.Area, 0.05, new(2017, 6, 5), 240),
        new(new(2018), "hmip-crc-2018", ProviderType.CRC, 0.20, new(2018, 6, 4), 330),
        new(new(2019), "hmip-crc-2019", ProviderType.CRC, 0.20, new(2019, 9, 9), 180),
        new(new(2021), "hmip-pdu-2021", ProviderType.PDU, 0.55 / 3, new(2021, 6, 7), 270),
        new(new(2022), "hmip-pdu-2021", ProviderType.PDU, 0.55 / 3, new(2022, 4, 11), 300),
        new(new(2023), "hmip-pdu-2021", ProviderType.PDU, 0.55 / 3, new(2023, 4, 10), 300),
    ];

    private static readonly string[] Regions =
    [
        "North East", "North West", "Yorkshire and the Humber", "East Midlands", "West Midlands", "East of England",
        "London", "Kent, Surrey and Sussex", "South West", "South Central", "Wales", "Greater Manchester",
    ];

    // Annual report 2019/20 §7.1–7.3: prevalence of each factor (relationships not printed: ours), services delivered,
    // the nature of disability among those with one, and the first night after release.
    private static readonly double[] FactorPrevalence = [0.25, 0.12, 0.35, 0.54, 0.40, 0.48, 0.85, 0.49];
    private static readonly double[] FactorDelivered = [0.58, 0.55, 0.50, 0.55, 0.42, 0.41, 0.60, 0.57];
    private static readonly double[] DisabilityKindRate = [0.02, 0.03, 0.15, 0.01, 0.22, 0.77, 0.01, 0.03, 0.11];
    private static readonly (string Token, double Share)[] FirstNight = [("pre-existing", 0.47), ("new-permanent", 0.05), ("new-temporary", 0.22), ("none-or-not-recorded", 0.26)];

    /// <summary>How many inspections each round gets: shares of the total, every inspection placed, rounding spread by largest remainder.</summary>
    private static int[] Allocate(int total)
    {
        var exact = Rounds.Select(r => r.Share * total).ToArray();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        foreach (var i in exact.Select((e, i) => (Remainder: e - Math.Floor(e), i)).OrderByDescending(x => x.Remainder).ThenBy(x => x.i).Take(total - counts.Sum()).Select(x => x.i))
            counts[i]++;
        return counts;
    }

    /// <summary>The inspections, one at a time (a large programme never sits in memory at once), in programme order.</summary>
    public static IEnumerable<InspectionDataset> Generate(Options options)
    {
        if (options.Inspections < 1) throw new ArgumentOutOfRangeException(nameof(options), "at least one inspection");
        if (options.CasesPerInspection is < 4) throw new ArgumentOutOfRangeException(nameof(options), "at least four cases per inspection");
        var counts = Allocate(options.Inspections);
        var providers = new Random(options.Seed);
        // Each provider's own quality of work; round two and later PDU years a little better (annual report: "signs of recovery").
        var quality = Enumerable.Range(0, counts.Max()).Select(_ => Math.Clamp(0.58 + Normal(providers) * 0.08, 0.3, 0.9)).ToArray();
        var previous = new Dictionary<string, InspectionDataset>();
        var number = 0;
        for (var r = 0; r < Rounds.Length; r++)
        {
            var round = Rounds[r];
            for (var k = 0; k < counts[r]; k++)
            {
                number++;
                var provider = Provider(round.Type, k);
                var cut = round.Framework == "hmip-crc-2019" && counts[r] >= 5 && k == counts[r] - 1;
                var dataset = Inspection(options, round, provider, k, counts[r], number, quality[k] + 0.03 * (round.Year.StartYear - 2018),
                    previous.GetValueOrDefault(provider.Name), cut);
                previous[provider.Name] = dataset;
                yield return dataset;
            }
        }
    }

    private static ProviderInfo Provider(ProviderType type, int index) => type switch
    {
        ProviderType.CRC => new($"Synthetic {Regions[index % Regions.Length]} CRC {index + 1:D3}", type) { ShortName = $"Synthetic CRC {index + 1:D3}", Region = Regions[index % Regions.Length] },
        ProviderType.PDU => new($"Synthetic PDU {index + 1:D3}", type) { Region = Regions[index % Regions.Length] },
        _ => new($"Synthetic area {index + 1:D3}", type) { Region = Regions[index % Regions.Length] },
    };

    private static InspectionDataset Inspection(Options options, Round round, ProviderInfo provider, int index, int inRound, int number, double quality,
        InspectionDataset? previous, bool cutShort)
    {
        var seed = unchecked(options.Seed * 7919 + number);
        var random = new Random(seed ^ 0x5A17);
        var framework = FrameworkCatalog.Get(round.Framework);
        var total = options.CasesPerInspection ?? (round.Type == ProviderType.Area ? 45 + random.Next(10) : 130 + random.Next(30));
        var (cs, uw, ttg) = round.Type switch
        {
            ProviderType.CRC => (total * 7 / 10, total * 2 / 10, total - total * 7 / 10 - total * 2 / 10),
            ProviderType.PDU => (total * 4 / 5, 0, 0), // court work is a quarter of case supervision: 80% + 20%
            _ => (total, 0, 0),
        };
        var start = round.First.AddDays(inRound <= 1 ? 0 : index * round.Days / (inRound - 1));
        var synthetic = SyntheticInspection.Create(framework, new SyntheticInspection.Options
        {
            CaseSupervision = cs, UnpaidWork = uw, ThroughTheGate = ttg, ProviderQuality = Math.Clamp(quality, 0.05, 0.95),
            CasePrefix = $"S{number:D5}", ProviderName = provider.Name, ProviderType = provider.Type, FieldworkStart = start,
        }, seed);

        var officers = Officers(random, Math.Max(1, cs / 6));
        Enrich(synthetic, random, officers, round.Type);
        var interviews = officers.Select(o => Interview(random, o)).ToList();
        var manifest = synthetic.Manifest with
        {
            Provider = provider,
            Reference = $"SYN-{round.Year.StartYear}-{provider.Type}-{index + 1:D3}",
            ProgrammeYear = round.Year.ToString(),
            FieldworkEnd = start.AddDays(11),
            Status = InspectionStatus.Published,
            Published = start.AddMonths(4).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            // The inspection cut short (Hampshire and Isle of Wight, 2019/20): domain one was never judged, so there is no overall rating.
            DomainOneRatings = cutShort ? new Dictionary<string, Rating>() : synthetic.Manifest.DomainOneRatings,
            Fieldwork = new FieldworkFacts
            {
                ResponsibleOfficersInterviewed = interviews.Count,
                ObservedWorkProjects = uw > 0 ? 4 + random.Next(8) : null,
                ObservedInductionSessions = uw > 0 ? 1 + random.Next(3) : null,
            },
            Recommendations = new RecommendationSet { Previous = Progress(random, previous), New = Recommendations(random, provider) },
        };
        return new InspectionDataset(framework, manifest, synthetic.Cases, synthetic.Answers) { Interviews = interviews };
    }

    private sealed record Officer(string Id, string Grade, int Caseload);

    private static List<Officer> Officers(Random random, int count) =>
        Enumerable.Range(1, count).Select(i =>
        {
            var po = random.NextDouble() < 0.55;
            // POs hold more cases; about one in seven officers holds more than 75 (annual report §5.2: 15 per cent).
            var caseload = (int)Math.Round(Math.Clamp((po ? 52 : 44) + Normal(random) * 18, 8, 130));
            return new Officer($"RO-{i:D3}", po ? "PO" : "PSO", caseload);
        }).ToList();

    private static OfficerInterview Interview(Random random, Officer officer)
    {
        // A majority stop calling their workload reasonable above 50 cases (annual report §5.1).
        var manageable = random.NextDouble() < 1 / (1 + Math.Exp((officer.Caseload - 50) / 8.0));
        var answers = new Dictionary<string, bool> { ["workload_manageable"] = manageable };
        foreach (var q in InterviewQuestions.All.Skip(1)) answers[q.Column] = random.NextDouble() < 0.72;
        return new OfficerInterview(officer.Id) { Grade = officer.Grade, Caseload = officer.Caseload, Answers = answers };
    }

    /// <summary>The annual report's case attributes, then the answers moved by caseload and IOM, then any answer a new attribute now requires.</summary>
    private static void Enrich(InspectionDataset dataset, Random random, List<Officer> officers, ProviderType type)
    {
        var grid = dataset.Answers;
        for (var c = 0; c < dataset.Cases.Count; c++)
        {
            var record = dataset.Cases[c];
            record.Set(CaseColumns.ProviderRosh, ProviderRosh(random, record.Get(CaseColumns.Rosh)));
            if (type == ProviderType.Area) record.Set(CaseColumns.ManagingOrganisation, random.NextDouble() < 0.65 ? "CRC" : "NPS");
            if (record.Sample == "through-the-gate")
            {
                var night = Pick(random, FirstNight);
                record.Set(CaseColumns.FirstNightArrangement, night);
                record.Set(CaseColumns.FirstNightAccommodation, night is "pre-existing" or "new-permanent" ? "yes" : night == "new-temporary" ? "no" : "unknown");
            }
            if (record.Sample != "case-supervision") continue;

            var officer = officers[random.Next(officers.Count)];
            record.ResponsibleOfficer = officer.Id;
            record.Set(CaseColumns.RoGrade, officer.Grade);
            record.ResponsibleOfficerCaseload = officer.Caseload;
            var iom = random.NextDouble() < 0.12;
            record.Set(CaseColumns.Iom, iom ? "yes" : "no");
            record.Set(CaseColumns.MentalHealthTreatmentRequirement, random.NextDouble() < 0.01 ? "yes" : "no");
            for (var f = 0; f < CaseColumns.OffendingFactors.Count; f++)
            {
                var factor = CaseColumns.OffendingFactors[f];
                var need = random.NextDouble() < FactorPrevalence[f];
                record.Set(factor.Need, need ? "yes" : "no");
                if (need) record.Set(factor.Delivered, random.NextDouble() < FactorDelivered[f] ? "yes" : random.NextDouble() < 0.85 ? "no" : "na");
            }
            var disabled = record.Get(CaseColumns.Disability) == "yes";
            for (var d = 0; d < CaseColumns.DisabilityKinds.Count; d++)
                if (disabled) record.Set(CaseColumns.DisabilityKinds[d].Column, random.NextDouble() < DisabilityKindRate[d] ? "yes" : "no");

            // Worse with a heavy caseload (Figure 6), better for IOM cases (about 10 points, §6.9).
            var worse = officer.Caseload >= 50 ? 0.08 + (officer.Caseload - 50) * 0.002 : 0;
            var better = iom ? 0.12 : 0;
            for (var i = 0; i < grid.ItemCount; i++)
            {
                if (grid[c, i] == Judgement.Yes && random.NextDouble() < worse) grid[c, i] = Judgement.No;
                else if (grid[c, i] == Judgement.No && random.NextDouble() < better) grid[c, i] = Judgement.Yes;
            }
        }
        FillNewlyInScope(dataset, random);
    }

    // Setting managing_organisation puts area cases into their provider's populations: answer what they are now asked.
    private static void FillNewlyInScope(InspectionDataset dataset, Random random)
    {
        var items = dataset.Framework.Questions.Items;
        var scopes = items.Select(AnswerTallies.ScopeOf).ToArray();
        for (var c = 0; c < dataset.Cases.Count; c++)
            for (var i = 0; i < items.Count; i++)
                if (dataset.Answers[c, i] == Judgement.NotRecorded && scopes[i].Contains(dataset.Cases[c]))
                    dataset.Answers[c, i] = random.NextDouble() < 0.6 ? Judgement.Yes : Judgement.No;
    }

    private static string? ProviderRosh(Random random, string? inspector)
    {
        if (inspector is null) return null;
        var levels = CaseColumns.Rosh.Values;
        var at = levels.ToList().IndexOf(inspector);
        var roll = random.NextDouble();
        // Providers mostly agree; where not, they more often classify lower than the inspector judges (§6.2).
        var moved = roll < 0.12 ? at - 1 : roll < 0.15 ? at + 1 : at;
        return levels[Math.Clamp(moved, 0, levels.Count - 1)];
    }

    private static List<PreviousRecommendation> Progress(Random random, InspectionDataset? previous) =>
        previous?.Manifest.Recommendations.New.Select(r => new PreviousRecommendation(r.Number, r.Text)
        {
            // Annexe 2: 18 sufficient, 28 some, 13 no progress of 59.
            Progress = random.NextDouble() switch
            {
                < 0.31 => RecommendationProgress.SufficientProgress,
                < 0.78 => RecommendationProgress.SomeProgress,
                _ => RecommendationProgress.NoProgress,
            },
        }).ToList() ?? [];

    private static readonly string[] Themes =
    [
        "Improve risk management and public protection procedures",
        "Improve staff skills in evidence-based offender supervision",
        "Increase the breadth and availability of rehabilitation opportunities and interventions",
        "Increase the amount and quality of management oversight",
        "Improve work in key aspects of case management including assessment, planning and reviewing",
        "Improve the quality of premises, facilities and ICT",
        "Ensure that workloads are manageable",
    ];

    private static List<Recommendation> Recommendations(Random random, ProviderInfo provider) =>
        Enumerable.Range(1, 5 + random.Next(6)).Select(n => new Recommendation(n, Themes[random.Next(Themes.Length)])
        {
            Addressee = random.NextDouble() < 0.15 ? "HM Prison and Probation Service" : provider.ShortName ?? provider.Name,
        }).ToList();

    private static string Pick(Random random, (string Token, double Share)[] shares)
    {
        var roll = random.NextDouble();
        foreach (var (token, share) in shares)
            if ((roll -= share) < 0) return token;
        return shares[^1].Token;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
