using Probity.Core.Analysis;
using Probity.Core.Frameworks;
using Probity.Explore.Questions;

namespace Probity.Explore.Engine;

/// <summary>
/// The published inspections' answers held for counting. Cases are numbered across the whole programme, grouped by framework
/// version (a segment) and within it by inspection, each inspection starting on a block of 64 so that a 64-bit word of a
/// filter bitmap never spans two inspections. Each segment keeps one byte column per item (its cases contiguous); every
/// case attribute is one byte column over all cases; the inspection attributes are codes per inspection.
/// </summary>
public sealed partial class ExploreData
{
    internal ExploreData(Segment[] segments, InspectionEntry[] inspections, ColumnSet caseColumns, ulong[] universe, AttributeCatalog catalog)
    {
        Segments = segments;
        Inspections = inspections;
        CaseColumns = caseColumns;
        Universe = universe;
        Catalog = catalog;
        CaseCount = inspections.Sum(i => i.Count);
    }

    internal Segment[] Segments { get; }
    internal InspectionEntry[] Inspections { get; }

    /// <summary>Per case attribute slot (the cases.csv columns, then the caseload band), one code per case.</summary>
    internal ColumnSet CaseColumns { get; }

    /// <summary>One bit per real case (padding left clear).</summary>
    internal ulong[] Universe { get; }

    public AttributeCatalog Catalog { get; }
    public int CaseCount { get; }
    public int InspectionCount => Inspections.Length;

    /// <summary>Reads a question as written (see <see cref="QuestionBinder"/>) against this data's attributes.</summary>
    public Question Ask(string measure, string? where, string? by) => QuestionBinder.Bind(measure, where, by, Catalog);

    /// <summary>An inspection placed in the layout: its first case, its real cases, its segment and its interviews.</summary>
    internal sealed record Placed(ExploreInspection Inspection, int Start, int Count, int Segment, int Interviews, byte[] InterviewAnswers);

    /// <summary>Names the values of the inspection attributes, codes each inspection, and marks the real cases.</summary>
    internal static ExploreData Assemble(Segment[] segments, Placed[] placed, ColumnSet caseColumns, int cases)
    {
        var inspections = placed.Select(p => p.Inspection).ToList();
        var years = inspections.Select(i => i.Year).OfType<ProgrammeYear>().Distinct().Order().Select(y => y.ToString()).ToList();
        var frameworks = segments.Select(s => s.Framework.Id).ToList();
        var providers = inspections.Select(i => i.Provider).Distinct().Order(StringComparer.Ordinal).ToList();
        var regions = inspections.Select(i => i.Region).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var references = inspections.Select(i => i.Reference).Distinct().ToList();
        var catalog = new AttributeCatalog(years, frameworks, providers, regions, references);
        var universe = new ulong[cases / Masks.Block];
        var entries = new InspectionEntry[placed.Length];
        for (var n = 0; n < placed.Length; n++)
        {
            var (inspection, first, count) = (placed[n].Inspection, placed[n].Start, placed[n].Count);
            Mark(universe, first, count);
            int[] codes =
            [
                inspection.Year is { } y ? catalog.Find("year")!.CodeOf(y.ToString()) : 0,
                catalog.Find("provider-type")!.CodeOf(inspection.ProviderType.ToString()),
                catalog.Framework.CodeOf(inspection.Framework.Id),
                catalog.Find("provider")!.CodeOf(inspection.Provider),
                inspection.Region is { } r ? catalog.Find("region")!.CodeOf(r) : 0,
                catalog.Find("inspection")!.CodeOf(inspection.Reference),
            ];
            entries[n] = new InspectionEntry(inspection, first, count, placed[n].Segment, codes, placed[n].Interviews, placed[n].InterviewAnswers);
        }
        return new ExploreData(segments, entries, caseColumns, universe, catalog);
    }

    /// <summary>Sets the bits of cases [first, first + count), a whole word at a time where it can.</summary>
    private static void Mark(ulong[] universe, int first, int count)
    {
        var c = first;
        for (; c < first + count && c % Masks.Block != 0; c++) universe[c / Masks.Block] |= 1UL << (c % Masks.Block);
        for (; c + Masks.Block <= first + count; c += Masks.Block) universe[c / Masks.Block] = ulong.MaxValue;
        for (; c < first + count; c++) universe[c / Masks.Block] |= 1UL << (c % Masks.Block);
    }

    /// <summary>One framework version's cases: where they start in the programme, and one answer column per item.</summary>
    internal sealed record Segment(FrameworkVersion Framework, int Start, int Length, ColumnSet Items);

    /// <summary>
    /// One inspection: its cases [Start, Start + Count), its segment, its attribute codes by slot, its fieldwork date, and its
    /// responsible officer interviews (one byte per question per interview: 1 yes, 2 no, 0 not recorded).
    /// </summary>
    internal sealed record InspectionEntry(ExploreInspection Inspection, int Start, int Count, int Segment, int[] Codes,
        int Interviews, byte[] InterviewAnswers);
}
