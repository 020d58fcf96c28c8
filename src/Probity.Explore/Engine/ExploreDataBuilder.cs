using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Explore.Questions;

namespace Probity.Explore.Engine;

/// <summary>
/// Files inspections one case at a time (a stored inspection streams its packed cases), or keeps them whole from data
/// already laid out, and lays them out column-wise at <see cref="Build"/>. Cases are kept per framework version until
/// then, so the inspections may arrive in any order.
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
        segment.AddRow(answers, record);
    }

    /// <summary>
    /// Files again, from data already laid out, every inspection <paramref name="keep"/> accepts: an update replaces only the
    /// inspections that changed, without reading the others from the database again. Their columns are copied a block of
    /// cases at a time at <see cref="Build"/>, not a value at a time.
    /// </summary>
    public ExploreDataBuilder Keep(ExploreData data, Func<long, bool> keep)
    {
        foreach (var entry in data.Inspections)
        {
            if (!keep(entry.Inspection.Id)) continue;
            Begin(entry.Inspection);
            _current!.AddKept(data, entry);
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
            pending.LayOut(items, caseColumns, start);
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
        private readonly List<Run> _runs = [];
        private readonly List<byte> _answers = [];
        private readonly List<byte> _attributes = [];
        private int _rows;

        public int ItemCount { get; } = itemCount;
        public int Cases { get; private set; }
        public int Index { get; set; }
        public int Start { get; set; }

        /// <summary>
        /// Cases in the order they were filed: a run of rows added one case at a time (row-wise, from <see cref="Run.Row"/>),
        /// or one inspection kept from laid-out data (<see cref="Run.Source"/>, its columns from <see cref="Run.SourceStart"/>).
        /// </summary>
        private sealed class Run(int localStart, int row, ExploreData? source, int segment, int sourceStart)
        {
            public int LocalStart { get; } = localStart;
            public int Row { get; } = row;
            public ExploreData? Source { get; } = source;
            public int Segment { get; } = segment;
            public int SourceStart { get; } = sourceStart;
            public int Count { get; set; }
        }

        public void AddRow(ReadOnlySpan<byte> answers, CaseRecord record)
        {
            _answers.AddRange(answers);
            for (var column = 0; column < Core.Datasets.CaseColumns.All.Count; column++) _attributes.Add(record.Code(Core.Datasets.CaseColumns.All[column]));
            _attributes.Add(CaseloadBands.CodeOf(record.ResponsibleOfficerCaseload));
            AddRows(1);
        }

        /// <summary>Keeps an inspection's cases, with the padding after them, as one run copied column by column at build.</summary>
        public void AddKept(ExploreData data, ExploreData.InspectionEntry entry)
        {
            var padded = (entry.Count + Masks.Block - 1) / Masks.Block * Masks.Block;
            if (padded == 0) return;
            if (padded > entry.Count) _padding.Add((Cases + entry.Count, padded - entry.Count));
            _runs.Add(new Run(Cases, -1, data, entry.Segment, entry.Start) { Count = padded });
            Cases += padded;
        }

        /// <summary>Pads with empty cases to the next block of 64, so that the next inspection starts on a block.</summary>
        public void PadToBlock()
        {
            var padding = (Masks.Block - Cases % Masks.Block) % Masks.Block;
            if (padding == 0) return;
            _padding.Add((Cases, padding));
            _answers.AddRange(new byte[padding * ItemCount]);
            _attributes.AddRange(new byte[padding * CaseSlots]);
            AddRows(padding);
        }

        private void AddRows(int count)
        {
            if (_runs.Count == 0 || _runs[^1].Source is not null) _runs.Add(new Run(Cases, _rows, null, -1, -1));
            _runs[^1].Count += count;
            _rows += count;
            Cases += count;
        }

        /// <summary>Writes every run into the segment's item columns and, from <paramref name="start"/>, the case columns.</summary>
        public void LayOut(byte[][] items, byte[][] caseColumns, int start)
        {
            var answers = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_answers);
            var attributes = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_attributes);
            foreach (var run in _runs)
            {
                if (run.Source is { } source)
                {
                    var segment = source.Segments[run.Segment];
                    for (var i = 0; i < ItemCount; i++)
                        segment.Items[i].AsSpan(run.SourceStart - segment.Start, run.Count).CopyTo(items[i].AsSpan(run.LocalStart));
                    for (var a = 0; a < CaseSlots; a++)
                        source.CaseColumns[a].AsSpan(run.SourceStart, run.Count).CopyTo(caseColumns[a].AsSpan(start + run.LocalStart));
                    continue;
                }
                for (var c = 0; c < run.Count; c++)
                {
                    var row = run.Row + c;
                    for (var i = 0; i < ItemCount; i++) items[i][run.LocalStart + c] = answers[row * ItemCount + i];
                    for (var a = 0; a < CaseSlots; a++) caseColumns[a][start + run.LocalStart + c] = attributes[row * CaseSlots + a];
                }
            }
        }

        /// <summary>The real cases between two inspection starts (the padding after them left out).</summary>
        public int RealCases(int from, int to)
        {
            var padded = _padding.Where(p => p.From >= from && p.From < to).Sum(p => p.Padding);
            return to - from - padded;
        }
    }
}
