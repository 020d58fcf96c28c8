using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Explore.Questions;

namespace Probity.Explore.Engine;

/// <summary>
/// Files inspections one case at a time (a stored inspection streams its packed cases) and lays them out column-wise at
/// <see cref="Build"/>. Rows are kept per framework version until then, so the inspections may arrive in any order.
/// </summary>
public sealed class ExploreDataBuilder
{
    private static readonly int CaseSlots = AttributeCatalog.CaseloadBandSlot + 1;
    private readonly Dictionary<string, Pending> _segments = new(StringComparer.Ordinal);
    private readonly List<(ExploreInspection Inspection, Pending Segment, int LocalStart, List<byte> Interviews)> _inspections = [];
    private Pending? _current;

    public ExploreDataBuilder Add(InspectionDataset dataset, long id)
    {
        Begin(ExploreInspection.Of(dataset, id));
        for (var c = 0; c < dataset.Cases.Count; c++) AddCase(dataset.Cases[c], dataset.Answers.Row(c));
        foreach (var interview in dataset.Interviews) AddInterview(interview);
        return this;
    }

    public void Begin(ExploreInspection inspection)
    {
        var id = inspection.Framework.Id;
        if (!_segments.TryGetValue(id, out var segment)) _segments[id] = segment = new Pending(inspection.Framework.Questions.Count);
        segment.PadToBlock();
        _current = segment;
        _inspections.Add((inspection, segment, segment.Cases, []));
    }

    public void AddCase(CaseRecord record, ReadOnlySpan<byte> answers)
    {
        var segment = _current ?? throw new InvalidOperationException("Begin an inspection before adding its cases");
        segment.Answers.AddRange(answers);
        for (var column = 0; column < Core.Datasets.CaseColumns.All.Count; column++) segment.Attributes.Add(record.Code(Core.Datasets.CaseColumns.All[column]));
        segment.Attributes.Add(CaseloadBands.CodeOf(record.ResponsibleOfficerCaseload));
        segment.Cases++;
    }

    /// <summary>
    /// Files again, from data already laid out, every inspection <paramref name="keep"/> accepts: an update replaces only the
    /// inspections that changed, without reading the others from the database again.
    /// </summary>
    public ExploreDataBuilder Keep(ExploreData data, Func<long, bool> keep)
    {
        foreach (var entry in data.Inspections)
        {
            if (!keep(entry.Inspection.Id)) continue;
            Begin(entry.Inspection);
            var segment = data.Segments[entry.Segment];
            var pending = _current!;
            for (var c = entry.Start; c < entry.Start + entry.Count; c++)
            {
                foreach (var item in segment.Items) pending.Answers.Add(item[c - segment.Start]);
                foreach (var column in data.CaseColumns) pending.Attributes.Add(column[c]);
                pending.Cases++;
            }
            _inspections[^1].Interviews.AddRange(entry.InterviewAnswers);
        }
        return this;
    }

    public void AddInterview(OfficerInterview interview)
    {
        if (_current is null) throw new InvalidOperationException("Begin an inspection before adding its interviews");
        foreach (var q in InterviewQuestions.All)
            _inspections[^1].Interviews.Add(interview.Answers.TryGetValue(q.Column, out var yes) ? (byte)(yes ? 1 : 2) : (byte)0);
    }

    public ExploreData Build()
    {
        foreach (var s in _segments.Values) s.PadToBlock();
        var order = _segments.OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        var total = order.Sum(s => s.Value.Cases);
        var caseColumns = Enumerable.Range(0, CaseSlots).Select(_ => new byte[total]).ToArray();
        var segments = new ExploreData.Segment[order.Count];
        var start = 0;
        for (var k = 0; k < order.Count; k++)
        {
            var (id, pending) = (order[k].Key, order[k].Value);
            pending.Index = k;
            pending.Start = start;
            var items = Enumerable.Range(0, pending.ItemCount).Select(_ => new byte[pending.Cases]).ToArray();
            var answers = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(pending.Answers);
            var attributes = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(pending.Attributes);
            for (var c = 0; c < pending.Cases; c++)
            {
                for (var i = 0; i < pending.ItemCount; i++) items[i][c] = answers[c * pending.ItemCount + i];
                for (var a = 0; a < CaseSlots; a++) caseColumns[a][start + c] = attributes[c * CaseSlots + a];
            }
            segments[k] = new ExploreData.Segment(Core.Frameworks.FrameworkCatalog.Get(id), start, pending.Cases, new ColumnSet(items));
            start += pending.Cases;
        }

        var placed = _inspections.OrderBy(i => i.Segment.Index).ThenBy(i => i.LocalStart).ToList();
        var entries = new ExploreData.Placed[placed.Count];
        for (var n = 0; n < placed.Count; n++)
        {
            var (inspection, segment, localStart, interviews) = placed[n];
            var next = n + 1 < placed.Count && placed[n + 1].Segment == segment ? placed[n + 1].LocalStart : segment.Cases;
            entries[n] = new ExploreData.Placed(inspection, segment.Start + localStart, segment.RealCases(localStart, next), segment.Index,
                interviews.Count / InterviewQuestions.All.Count, [.. interviews]);
        }
        return ExploreData.Assemble(segments, entries, new ColumnSet(caseColumns), total);
    }

    private sealed class Pending(int itemCount)
    {
        private readonly List<(int From, int Padding)> _padding = [];

        public int ItemCount { get; } = itemCount;
        public List<byte> Answers { get; } = [];
        public List<byte> Attributes { get; } = [];
        public int Cases { get; set; }
        public int Index { get; set; }
        public int Start { get; set; }

        /// <summary>Pads with empty cases to the next block of 64, so that the next inspection starts on a block.</summary>
        public void PadToBlock()
        {
            var padding = (Masks.Block - Cases % Masks.Block) % Masks.Block;
            if (padding == 0) return;
            _padding.Add((Cases, padding));
            Answers.AddRange(new byte[padding * ItemCount]);
            Attributes.AddRange(new byte[padding * CaseSlots]);
            Cases += padding;
        }

        /// <summary>The real cases between two inspection starts (the padding after them left out).</summary>
        public int RealCases(int from, int to)
        {
            var padded = _padding.Where(p => p.From >= from && p.From < to).Sum(p => p.Padding);
            return to - from - padded;
        }
    }
}
