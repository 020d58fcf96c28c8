using Probity.Core.Csv;
using Probity.Core.Sampling;

namespace Probity.Synthetic;

/// <summary>One row of a synthetic caseload extract, as the tokens a provider's file would hold.</summary>
public sealed record SyntheticPopulationRow(
    string CaseId, string Sex, string Disposal, string RecordedRosh, DateOnly SentenceDate, DateOnly? ReleaseDate,
    string Requirements, string Office, string OfficerGrade, string ManagedBy, string? TtgEntitled);

/// <summary>
/// A reproducible synthetic caseload extract with exactly the requested number of cases eligible for each sample under
/// the 2019 windows at <see cref="Options.AsAt"/>, and the rest of the caseload outside every window. The same seed always
/// gives the same rows. The defaults are shaped like Northumbria 2019 (spec §6.4 consistency check): 235 eligible
/// case supervision cases (97 at 80%/5), 25 unpaid work requirements, 11 Through the Gate releases.
/// </summary>
public static class SyntheticPopulation
{
    public sealed record Options
    {
        public DateOnly AsAt { get; init; } = new(2019, 8, 19);
        public int CaseSupervision { get; init; } = 235;

        /// <summary>Of which community sentences (the rest are post-release).</summary>
        public double CommunityShare { get; init; } = 0.70;

        public int UnpaidWork { get; init; } = 25;
        public int ThroughTheGate { get; init; } = 11;

        /// <summary>Cases in the case supervision window but managed by the NPS.</summary>
        public int NpsInSupervisionWindow { get; init; } = 14;

        /// <summary>Releases in the Through the Gate window without pre-release entitlement.</summary>
        public int ReleasesNotEntitled { get; init; } = 3;

        /// <summary>The rest of the caseload, outside every window.</summary>
        public int Other { get; init; } = 900;

        public string CasePrefix { get; init; } = "SY";
        public IReadOnlyList<string> Offices { get; init; } = ["Gateshead", "Newcastle", "North Tyneside", "Northumberland", "South Tyneside", "Sunderland"];
    }

    public static readonly IReadOnlyList<string> Header =
    [
        PopulationColumns.CaseId, PopulationColumns.Sex.Name, PopulationColumns.Disposal.Name, PopulationColumns.RecordedRosh.Name,
        PopulationColumns.SentenceDate, PopulationColumns.ReleaseDate, PopulationColumns.Requirements, PopulationColumns.Office,
        PopulationColumns.OfficerGrade.Name, PopulationColumns.ManagedBy.Name, PopulationColumns.TtgEntitled.Name,
    ];

    public static List<SyntheticPopulationRow> Rows(Options options, ulong seed)
    {
        var random = new SplitMix64(seed);
        var windows = new Windows(options.AsAt);
        var kinds = new List<Kind>();
        var community = (int)Math.Round(options.CaseSupervision * options.CommunityShare);
        kinds.AddRange(Enumerable.Repeat(Kind.SupervisedCommunity, community));
        kinds.AddRange(Enumerable.Repeat(Kind.SupervisedPostRelease, options.CaseSupervision - community));
        kinds.AddRange(Enumerable.Repeat(Kind.UnpaidWork, options.UnpaidWork));
        kinds.AddRange(Enumerable.Repeat(Kind.Released, options.ThroughTheGate));
        kinds.AddRange(Enumerable.Repeat(Kind.NpsSupervised, options.NpsInSupervisionWindow));
        kinds.AddRange(Enumerable.Repeat(Kind.ReleasedNotEntitled, options.ReleasesNotEntitled));
        kinds.AddRange(Enumerable.Repeat(Kind.Other, options.Other));
        for (var i = kinds.Count - 1; i > 0; i--) // Fisher–Yates: the case reference says nothing about eligibility
        {
            var j = random.Below(i + 1);
            (kinds[i], kinds[j]) = (kinds[j], kinds[i]);
        }
        var width = Math.Max(6, kinds.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        var rows = new List<SyntheticPopulationRow>(kinds.Count);
        for (var i = 0; i < kinds.Count; i++)
            rows.Add(NewRow($"{options.CasePrefix}-{(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width, '0')}", kinds[i], options, windows, ref random));
        return rows;
    }

    public static void WriteCsv(IEnumerable<SyntheticPopulationRow> rows, TextWriter output)
    {
        var csv = new CsvWriter(output);
        csv.Record([.. Header]);
        foreach (var r in rows)
            csv.Record(r.CaseId, r.Sex, r.Disposal, r.RecordedRosh, Date(r.SentenceDate), Date(r.ReleaseDate), r.Requirements, r.Office,
                r.OfficerGrade, r.ManagedBy, r.TtgEntitled);
    }

    /// <summary>The rows as a population in memory, without writing and parsing CSV.</summary>
    public static SamplingPopulation ToPopulation(IReadOnlyList<SyntheticPopulationRow> rows, string fileName = "synthetic.csv")
    {
        var cases = new PopulationCase[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            cases[i] = new PopulationCase(r.CaseId, i + 2, i)
            {
                Sex = PopulationColumns.Sex.Code(r.Sex),
                Disposal = PopulationColumns.Disposal.Code(r.Disposal),
                RecordedRosh = PopulationColumns.RecordedRosh.Code(r.RecordedRosh),
                OfficerGrade = PopulationColumns.OfficerGrade.Code(r.OfficerGrade),
                ManagedBy = PopulationColumns.ManagedBy.Code(r.ManagedBy),
                TtgEntitled = r.TtgEntitled is null ? (byte)0 : PopulationColumns.TtgEntitled.Code(r.TtgEntitled),
                SentenceDate = r.SentenceDate,
                ReleaseDate = r.ReleaseDate,
                Requirements = r.Requirements.Split(PopulationColumns.RequirementSeparator, StringSplitOptions.RemoveEmptyEntries)
                    .Aggregate((ushort)0, (flags, t) => (ushort)(flags | PopulationColumns.RequirementFlag(t))),
                Office = r.Office,
            };
        }
        return new SamplingPopulation(fileName, Header, cases);
    }

    private enum Kind { SupervisedCommunity, SupervisedPostRelease, UnpaidWork, Released, NpsSupervised, ReleasedNotEntitled, Other }

    /// <summary>The 2019 default windows at the as-at date, which the eligible rows fall inside and the others avoid.</summary>
    private sealed class Windows(DateOnly asAt)
    {
        public readonly DateWindow Supervision = WindowOf(SampleType.CaseSupervision, asAt);
        public readonly DateWindow Requirement = WindowOf(SampleType.UnpaidWork, asAt);
        public readonly DateWindow Release = WindowOf(SampleType.ThroughTheGate, asAt);
        public readonly DateOnly AsAt = asAt;

        public bool InAny(DateOnly date) => Supervision.Contains(date) || Requirement.Contains(date) || Release.Contains(date);

        private static DateWindow WindowOf(SampleType type, DateOnly asAt) =>
            Eligibility.WindowFor(SamplingPlan.For("hmip-crc-2019", type)! with { AsAt = asAt })!;
    }

    private static SyntheticPopulationRow NewRow(string id, Kind kind, Options options, Windows windows, ref SplitMix64 random)
    {
        var nps = kind == Kind.NpsSupervised || (kind == Kind.Other && random.Chance(0.10)) || (kind == Kind.UnpaidWork && random.Chance(0.2));
        var postRelease = kind switch
        {
            Kind.SupervisedPostRelease or Kind.Released or Kind.ReleasedNotEntitled => true,
            Kind.SupervisedCommunity or Kind.UnpaidWork => false,
            _ => random.Chance(0.3),
        };
        DateOnly start = kind switch
        {
            Kind.SupervisedCommunity or Kind.SupervisedPostRelease or Kind.NpsSupervised => random.Between(windows.Supervision.From, windows.Supervision.To),
            Kind.UnpaidWork => random.Between(windows.Requirement.From, windows.Requirement.To),
            Kind.Released or Kind.ReleasedNotEntitled => random.Between(windows.Release.From, windows.Release.To),
            _ => OutsideWindows(windows, ref random),
        };
        var sentence = postRelease ? start.AddDays(-30 - random.Below(700)) : start;
        var requirements = postRelease ? "" : CommunityRequirements(kind == Kind.UnpaidWork, ref random);
        return new SyntheticPopulationRow(
            id,
            random.Chance(0.86) ? "male" : "female",
            postRelease ? "post-release" : "community",
            Rosh(nps, ref random),
            sentence,
            postRelease ? start : null,
            requirements,
            options.Offices[random.Below(options.Offices.Count)],
            random.NextDouble() switch { < 0.40 => "PO", < 0.94 => "PSO", _ => "PQiP" },
            nps ? "nps" : "crc",
            !postRelease ? null : kind switch { Kind.Released => "yes", Kind.ReleasedNotEntitled => "no", _ => random.Chance(0.8) ? "yes" : "no" });
    }

    // The rest of the caseload: sentenced or released in the last two years, never inside a window, never in the future.
    private static DateOnly OutsideWindows(Windows windows, ref SplitMix64 random)
    {
        while (true)
        {
            var date = random.Between(windows.AsAt.AddYears(-2), windows.AsAt.AddDays(-1));
            if (!windows.InAny(date)) return date;
        }
    }

    private static string CommunityRequirements(bool unpaidWork, ref SplitMix64 random)
    {
        var chosen = new List<string>();
        if (random.Chance(0.7)) chosen.Add("rar");
        if (unpaidWork || random.Chance(0.35)) chosen.Add("unpaid-work");
        if (random.Chance(0.1)) chosen.Add("accredited-programme");
        if (random.Chance(0.05)) chosen.Add("drr");
        if (random.Chance(0.05)) chosen.Add("atr");
        if (random.Chance(0.1)) chosen.Add("curfew");
        return string.Join(PopulationColumns.RequirementSeparator, chosen);
    }

    // CRCs hold low and medium RoSH cases; the NPS the high and very high ones (spec §10.1–10.2), with a few exceptions.
    private static string Rosh(bool nps, ref SplitMix64 random) => nps
        ? random.NextDouble() switch { < 0.6 => "high", < 0.7 => "very-high", _ => "medium" }
        : random.NextDouble() switch { < 0.17 => "low", < 0.98 => "medium", _ => "high" };

    private static string? Date(DateOnly? date) => date is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
}
