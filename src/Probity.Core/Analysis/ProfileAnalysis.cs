using Probity.Core.Datasets;

namespace Probity.Core.Analysis;

/// <summary>
/// Annual report §7.2–7.3 and §6.2, and the reports' "Characteristics of inspected domain 2 cases" (spec §7.2 kd-1.3): who
/// the inspected people on probation were (sex, ethnicity, disability and its nature, substance misuse, domestic abuse,
/// child safeguarding, IOM, mental health treatment requirements), Through the Gate first-night accommodation, and how
/// the inspectors' RoSH judgements compare with the providers' classifications.
/// </summary>
public static class ProfileAnalysis
{
    public const string Name = "profile";
    private const string CaseSupervision = "case-supervision";
    private const string ThroughTheGate = "through-the-gate";

    /// <summary>The case characteristics of kd-1.3 and the annual report, with the metric ids reports hold them under.</summary>
    public static readonly IReadOnlyList<(string Metric, CaseColumn Column, string Token, string Label)> Characteristics =
    [
        ("cs.female", CaseColumns.Sex, "female", "Proportion of caseload who are female"),
        ("cs.bame", CaseColumns.Bame, "yes", "Proportion of inspected cases who are black and minority ethnic"),
        ("cs.disability", CaseColumns.Disability, "yes", "Proportion of inspected cases with a disability"),
        ("cs.substanceMisuse", CaseColumns.SubstanceMisuse, "yes", "Proportion of inspected cases where inspectors identified substance misuse problems"),
        ("cs.domesticAbuse", CaseColumns.DomesticAbuse, "yes", "Proportion of inspected cases where inspectors identified domestic abuse issues"),
        ("cs.childSafeguarding", CaseColumns.ChildSafeguarding, "yes", "Proportion of inspected cases where inspectors identified child safeguarding issues"),
        ("cs.childSafeguardingUnknown", CaseColumns.ChildSafeguarding, "unknown", "Cases with no clear record of whether child safeguarding issues were present"),
        ("cs.iom", CaseColumns.Iom, "yes", "Proportion of inspected cases managed under integrated offender management"),
        ("cs.mhtr", CaseColumns.MentalHealthTreatmentRequirement, "yes", "Cases with a mental health treatment requirement"),
    ];

    public static AnalysisResult Run(IReadOnlyList<InspectionFacts> inspections, AnalysisScope scope)
    {
        var characteristics = new AnalysisTable("characteristics", "Characteristics of inspected case-supervision cases",
            ("year", "Programme year"), ("provider_type", "Provider type"), ("metric", "Metric"), ("label", "Characteristic"),
            ("cases", "Cases"), ("count", "Cases with it"), ("percent", "%"));
        var disability = new AnalysisTable("disability", "Nature of disability",
            ("year", "Programme year"), ("provider_type", "Provider type"), ("kind", "Kind"), ("name", "Nature of the disability"),
            ("count", "Cases"), ("base", "Of"), ("percent", "%"));
        var firstNight = new AnalysisTable("first-night", "Through the Gate: the first night after release",
            ("year", "Programme year"), ("provider_type", "Provider type"), ("arrangement", "Arrangement"), ("ttg_cases", "Through the Gate cases"),
            ("count", "Cases"), ("base", "Cases with the first night recorded"), ("percent", "%"));
        var rosh = new AnalysisTable("rosh-classification", "RoSH: the provider's classification against the inspector's judgement",
            ("year", "Programme year"), ("provider_type", "Provider type"), ("both_recorded", "Cases with both recorded"), ("same", "Same level"),
            ("inspector_higher", "Inspector judged higher"), ("inspector_lower", "Inspector judged lower"), ("low_should_be_medium", "Classified low, judged medium"));

        var groups = GroupingAndRounding.ByYearAndTypeAndAll(inspections).Select(g => (g.Key, Profile: Pool(g.Inspections))).ToList();
        foreach (var (key, profile) in groups)
        {
            object?[] lead = [key.Year, key.ProviderType];
            var cases = profile.Cases(CaseSupervision);
            if (cases > 0)
            {
                foreach (var (metric, column, token, label) in Characteristics)
                {
                    var n = profile.Count(CaseSupervision, column, token);
                    characteristics.Add([.. lead, metric, label, cases, n, GroupingAndRounding.Percent(n, cases)]);
                }
                var disabled = profile.Count(CaseSupervision, CaseColumns.Disability, "yes");
                disability.Add([.. lead, "any", "Has a disability", disabled, cases, GroupingAndRounding.Percent(disabled, cases)]);
                foreach (var kind in CaseColumns.DisabilityKinds)
                {
                    var n = profile.Joint(CaseSupervision, CountsLayout.DisabilityPair(kind), "yes", "yes");
                    disability.Add([.. lead, kind.Key, kind.Name, n, disabled, GroupingAndRounding.Percent(n, disabled)]);
                }
                AddRosh(rosh, lead, profile);
            }
            var ttg = profile.Cases(ThroughTheGate);
            if (ttg > 0)
            {
                var column = CaseColumns.FirstNightArrangement;
                var recorded = ttg - profile.Count(ThroughTheGate, column, null);
                foreach (var token in column.Values)
                {
                    var n = profile.Count(ThroughTheGate, column, token);
                    firstNight.Add([.. lead, token, ttg, n, recorded, GroupingAndRounding.Percent(n, recorded)]);
                }
            }
        }

        var charts = new List<BarChart>();
        if (groups.Count > 0)
        {
            var key = groups[^1].Key;
            var rows = disability.Where(("year", key.Year), ("provider_type", key.ProviderType)).Skip(1).ToList();
            if (rows.Count > 0)
                charts.Add(new BarChart("disability", $"Nature of disability ({NeedsAnalysis.Describe(key)})",
                    "Of the case-supervision cases with a disability, the percentage with each kind (a case may have more than one).", "disability",
                    rows.Select(r => (string)r["name"]!).ToList(), [new ChartSeries("% of cases with a disability", rows.Select(r => (double?)(int?)r["percent"]).ToList())])
                { Unit = "%" });
            var nights = firstNight.Where(("year", key.Year), ("provider_type", key.ProviderType)).ToList();
            if (nights.Count > 0)
                charts.Add(new BarChart("first-night", $"Through the Gate: first night after release ({NeedsAnalysis.Describe(key)})",
                    "Of the Through the Gate cases with the first night recorded, the percentage in each arrangement.", "first-night",
                    nights.Select(r => (string)r["arrangement"]!).ToList(), [new ChartSeries("% of cases", nights.Select(r => (double?)(int?)r["percent"]).ToList())])
                { Unit = "%" });
        }
        return new AnalysisResult(Name, "Profile of inspected cases: characteristics, disability, first night, RoSH", scope, inspections.Count,
            [characteristics, disability, firstNight, rosh])
        {
            Charts = charts,
            Notes =
            [
                "Characteristics and disability are of case-supervision cases; each percentage is of every case-supervision case of the group (a case with \"unknown\" or nothing recorded counts in the denominator, as kd-1.3 does). The last group, \"all\", pools the whole scope.",
                "The nature of a disability is a multi-select: each kind is a percentage of the cases with a disability, and they may add to more than 100 (annual report §7.2).",
                "First night: a percentage of the Through the Gate cases with the arrangement recorded (annual report §7.3).",
                "RoSH: the inspector's judgement (rosh) against the provider's classification (rosh_provider), where both are recorded (annual report §6.2: \"a 'medium' rather than a 'low' risk of harm categorisation should have been assigned\").",
            ],
        };
    }

    internal static CaseProfile Pool(IEnumerable<InspectionFacts> inspections)
    {
        var pooled = new CaseProfile();
        foreach (var i in inspections) pooled.Add(i.RequireCounts().Profile);
        return pooled;
    }

    private static void AddRosh(AnalysisTable table, object?[] lead, CaseProfile profile)
    {
        var pair = CountsLayout.RoshAgreement;
        int both = 0, same = 0, higher = 0, lower = 0;
        for (var p = 0; p < pair.First.Values.Count; p++)
            for (var i = 0; i < pair.Second.Values.Count; i++)
            {
                var n = profile.Joint(CaseSupervision, pair, pair.First.Values[p], pair.Second.Values[i]);
                both += n;
                if (i == p) same += n;
                else if (i > p) higher += n;
                else lower += n;
            }
        table.Add([.. lead, both, same, higher, lower, profile.Joint(CaseSupervision, pair, "low", "medium")]);
    }
}
