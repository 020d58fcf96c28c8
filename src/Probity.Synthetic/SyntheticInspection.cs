using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Rules;

namespace Probity.Synthetic;

/// <summary>
/// Realistic, reproducible synthetic inspections for demos, benchmarks and load tests: the same seed always gives the same
/// dataset. Each case has a latent quality of work, so answers correlate within a case the way real assessments do, and
/// the provider has its own overall quality, so ratings spread across providers.
/// </summary>
public static class SyntheticInspection
{
    public sealed record Options
    {
        public int CaseSupervision { get; init; } = 100;
        public int UnpaidWork { get; init; } = 25;
        public int ThroughTheGate { get; init; } = 12;

        /// <summary>The provider's mean chance of a "yes"; varies ratings between providers.</summary>
        public double ProviderQuality { get; init; } = 0.65;

        /// <summary>Share of prompt answers recorded as not applicable.</summary>
        public double PromptNotApplicable { get; init; } = 0.08;

        public string CasePrefix { get; init; } = "SY";
        public string ProviderName { get; init; } = "Synthetic CRC";
        public ProviderType ProviderType { get; init; } = ProviderType.CRC;
        public DateOnly FieldworkStart { get; init; } = new(2019, 9, 16);
    }

    public static InspectionDataset Create(FrameworkVersion framework, Options options, int seed)
    {
        var random = new Random(seed);
        var cases = new List<CaseRecord>();
        void Add(string sample, int count, string code)
        {
            if (!framework.Samples.Contains(sample)) return;
            for (var i = 1; i <= count; i++) cases.Add(NewCase($"{options.CasePrefix}-{code}-{i:D6}", sample, random));
        }
        Add("case-supervision", options.CaseSupervision, "CS");
        Add("unpaid-work", options.UnpaidWork, "UW");
        Add("through-the-gate", options.ThroughTheGate, "TTG");
        Add("court-work", options.CaseSupervision / 4, "CW");

        var items = framework.Questions.Items;
        var scopes = items.Select(AnswerTallies.ScopeOf).ToArray();
        var grid = new AnswerGrid(cases.Count, items.Count);
        for (var c = 0; c < cases.Count; c++)
        {
            var quality = Math.Clamp(options.ProviderQuality + (random.NextDouble() - 0.5) * 0.5, 0.02, 0.98);
            for (var i = 0; i < items.Count; i++)
            {
                if (!scopes[i].Contains(cases[c])) continue;
                var isPrompt = !items[i].IsKeyQuestion;
                if (isPrompt && random.NextDouble() < options.PromptNotApplicable)
                    grid[c, i] = Judgement.NotApplicable;
                else
                    grid[c, i] = random.NextDouble() < quality ? Judgement.Yes : Judgement.No;
            }
        }
        var manifest = new InspectionManifest
        {
            Framework = framework.Id,
            Provider = new ProviderInfo(options.ProviderName, options.ProviderType),
            FieldworkStart = options.FieldworkStart,
            DomainOneRatings = framework.Standards.Where(s => s.RatedBy == RatingBasis.Judgement)
                .ToDictionary(s => s.Id, _ => (Rating)random.Next(1, 3)),
        };
        return new InspectionDataset(framework, manifest, cases, grid);
    }

    private static CaseRecord NewCase(string id, string sample, Random random)
    {
        var record = new CaseRecord(id);
        record.Set(CaseColumns.Sample, sample);
        record.Set(CaseColumns.Sex, random.NextDouble() < 0.16 ? "female" : "male");
        record.Set(CaseColumns.Rosh, Pick(random, ["low", "medium", "medium", "medium", "high"]));
        if (sample is "case-supervision" or "through-the-gate")
            record.Set(CaseColumns.Disposal, sample == "through-the-gate" || random.NextDouble() < 0.3 ? "post-release" : "community");
        if (sample == "case-supervision")
        {
            record.Set(CaseColumns.RoGrade, random.NextDouble() < 0.5 ? "PO" : "PSO");
            record.ResponsibleOfficerCaseload = 25 + random.Next(70);
            foreach (var column in new[] { CaseColumns.Bame, CaseColumns.Disability, CaseColumns.SubstanceMisuse, CaseColumns.DomesticAbuse, CaseColumns.ChildSafeguarding })
                record.Set(column, random.NextDouble() < 0.35 ? "yes" : "no");
        }
        return record;
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
