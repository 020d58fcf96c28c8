using Probity.Core.Datasets;
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
    internal ExploreData(Segment[] segments, InspectionEntry[] inspections, byte[][] caseColumns, ulong[] universe, AttributeCatalog catalog)
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
    internal byte[][] CaseColumns { get; }

    /// <summary>One bit per real case (padding left clear).</summary>
    internal ulong[] Universe { get; }

    public AttributeCatalog Catalog { get; }
    public int CaseCount { get; }
    public int InspectionCount => Inspections.Length;

    /// <summary>Reads a question as written (see <see cref="QuestionBinder"/>) against this data's attributes.</summary>
    public Question Ask(string measure, string? where, string? by) => QuestionBinder.Bind(measure, where, by, Catalog);

    /// <summary>One framework version's cases: where they start in the programme, and one answer column per item.</summary>
    internal sealed record Segment(FrameworkVersion Framework, int Start, int Length, byte[][] Items);

    /// <summary>
    /// One inspection: its cases [Start, Start + Count), its segment, its attribute codes by slot, its fieldwork date, and its
    /// responsible officer interviews (one byte per question per interview: 1 yes, 2 no, 0 not recorded).
    /// </summary>
    internal sealed record InspectionEntry(ExploreInspection Inspection, int Start, int Count, int Segment, int[] Codes,
        int Interviews, byte[] InterviewAnswers);
}
