using System.Numerics;
using System.Runtime.Intrinsics;
using Probity.Core.Frameworks;
using Probity.Explore.Questions;

namespace Probity.Explore.Engine;

public sealed partial class ExploreData
{
    /// <summary>Counts the question over every inspection held, on every core; nothing is pre-counted for it.</summary>
    public ExploreResult Answer(Question question)
    {
        var splits = question.Splits;
        var sizes = splits.Select(s => s.CodeCount).ToArray();
        var tally = new Tally(sizes.Aggregate(1, (a, b) => a * b), [.. splits.Select(s => s.Slot)]);
        if (question.Measure is InterviewMeasure interview) CountInterviews(question, interview, sizes, tally);
        else CountCases(question, sizes, tally);
        return tally.Result(question, sizes);
    }

    /// <summary>Questions over fewer cases than this are counted on one thread (tests lower it to exercise the parallel path).</summary>
    internal long SequentialBelow { get; set; } = 1 << 18;

    private void CountCases(Question question, int[] sizes, Tally tally)
    {
        var bitmap = question.Filter is null ? Universe : Evaluate(question.Filter);
        var columns = AnswerColumns(question, bitmap);
        var caseSplits = question.Splits.Select((s, k) => (Split: s, Index: k)).Where(s => s.Split.Level == AttributeLevel.Case).ToArray();
        var localSizes = caseSplits.Select(s => sizes[s.Index]).ToArray();
        var localCells = localSizes.Aggregate(1, (a, b) => a * b);
        var (yes, no, na) = question.Measure is CaseMeasure m ? (m.YesCode, m.NoCode, m.NotApplicableCode) : ((byte)1, (byte)2, (byte)3);
        Vector256<byte> yesV = Vector256.Create(yes), noV = Vector256.Create(no), naV = Vector256.Create(na);
        var splitColumns = caseSplits.Select(s => CaseColumns[s.Split.Slot]).ToArray();

        // A question over a few hundred thousand cases is done in a millisecond or two on one core; spreading it over a busy
        // machine's threads costs more in waiting for them than it saves.
        var work = Inspections.Where(e => columns[e.Segment] is not null).Sum(e => (long)e.Count);
        var options = new ParallelOptions { MaxDegreeOfParallelism = work < SequentialBelow ? 1 : -1 };
        Parallel.For(0, Inspections.Length, options, () => new Tally(tally.Cells, tally.InspectionSlots), (n, _, local) =>
        {
            var entry = Inspections[n];
            if (columns[entry.Segment] is not { } column || entry.Count == 0) return local;
            var offset = ColumnOffset(question, entry);
            var counts = new long[localCells * 3];
            var firstWord = entry.Start / Masks.Block;
            var words = (entry.Count + Masks.Block - 1) / Masks.Block;
            for (var w = 0; w < words; w++)
            {
                var filter = bitmap[firstWord + w];
                if (filter == 0) continue;
                var at = offset + w * Masks.Block;
                var y = Masks.Equal(column, at, yesV) & filter;
                var o = Masks.Equal(column, at, noV) & filter;
                var a = na == 0 ? 0 : Masks.Equal(column, at, naV) & filter;
                if (localCells == 1)
                {
                    counts[0] += BitOperations.PopCount(y);
                    counts[1] += BitOperations.PopCount(o);
                    counts[2] += BitOperations.PopCount(a);
                    continue;
                }
                for (var bits = y | o | a; bits != 0; bits &= bits - 1)
                {
                    var b = BitOperations.TrailingZeroCount(bits);
                    var c = entry.Start + w * Masks.Block + b;
                    var cell = 0;
                    for (var k = 0; k < splitColumns.Length; k++) cell = cell * localSizes[k] + splitColumns[k][c];
                    var slot = (y >> b & 1) != 0 ? 0 : (o >> b & 1) != 0 ? 1 : 2;
                    counts[cell * 3 + slot]++;
                }
            }
            local.AddInspection(entry, counts, caseSplits.Select(s => s.Index).ToArray(), localSizes, sizes);
            return local;
        }, tally.Merge);
    }

    /// <summary>Per segment, the column the measure is read from (null where the segment's framework has no such item).</summary>
    private byte[]?[] AnswerColumns(Question question, ulong[] bitmap)
    {
        if (question.Measure is CaseMeasure m) return [.. Segments.Select(_ => CaseColumns[m.Attribute.Slot])];
        var item = ((ItemMeasure)question.Measure).ItemId;
        var columns = Segments.Select(s => s.Framework.Questions.Find(item) is { } i ? s.Items[i.Index] : null).ToArray();
        // Only segments that hold a case the filter lets through take part; their versions must be comparable for this item.
        var taking = Segments.Where((s, k) => columns[k] is not null && Inspections.Any(e => e.Segment == k && AnySet(bitmap, e))).Select(s => s.Framework).ToList();
        for (var a = 0; a < taking.Count; a++)
            for (var b = a + 1; b < taking.Count; b++)
                if (!Comparable(taking[a], taking[b], item))
                    throw new QuestionException($"{item} is not comparable between {taking[a].Id} and {taking[b].Id}: the item means something different in each " +
                        $"version, so add a framework to the filter (for example framework={taking[b].Id})");
        return columns;
    }

    private static bool Comparable(FrameworkVersion a, FrameworkVersion b, string item)
    {
        static IReadOnlyList<string> Of(FrameworkVersion f, string id) =>
            f.Questions.Find(id) is { } i ? i.Prompt?.ComparableWith ?? i.KeyQuestion.ComparableWith : [];
        return Of(a, item).Contains(b.Id) || Of(b, item).Contains(a.Id);
    }

    private int ColumnOffset(Question question, InspectionEntry entry) =>
        question.Measure is CaseMeasure ? entry.Start : entry.Start - Segments[entry.Segment].Start;

    private static bool AnySet(ulong[] bitmap, InspectionEntry entry)
    {
        var first = entry.Start / Masks.Block;
        for (var w = first; w < first + (entry.Count + Masks.Block - 1) / Masks.Block; w++)
            if (bitmap[w] != 0) return true;
        return false;
    }

    private void CountInterviews(Question question, InterviewMeasure measure, int[] sizes, Tally tally)
    {
        var questions = Core.Datasets.InterviewQuestions.All.Count;
        foreach (var entry in Inspections)
        {
            if (question.Filter is { } f && !Passes(f, entry)) continue;
            var counts = new long[3];
            for (var i = 0; i < entry.Interviews; i++)
            {
                var answer = entry.InterviewAnswers[i * questions + measure.Index];
                if (answer != 0) counts[answer - 1]++;
            }
            tally.AddInspection(entry, counts, [], [], sizes);
        }
    }

    /// <summary>Evaluates a filter to one bit per case (padding clear).</summary>
    internal ulong[] Evaluate(Filter filter) => filter switch
    {
        AndFilter a => Masks.And(Evaluate(a.Left), Evaluate(a.Right)),
        OrFilter o => Masks.Or(Evaluate(o.Left), Evaluate(o.Right)),
        NotFilter n => Masks.Not(Evaluate(n.Operand), Universe),
        CodeCondition { Attribute.Level: AttributeLevel.Case } c => CaseCondition(c),
        _ => InspectionCondition(filter),
    };

    private ulong[] CaseCondition(CodeCondition condition)
    {
        var bits = new ulong[Universe.Length];
        Masks.Matching(CaseColumns[condition.Attribute.Slot], condition.Matches, bits, Universe);
        return bits;
    }

    private ulong[] InspectionCondition(Filter condition)
    {
        var bits = new ulong[Universe.Length];
        foreach (var entry in Inspections)
        {
            if (!Passes(condition, entry)) continue;
            var first = entry.Start / Masks.Block;
            Array.Copy(Universe, first, bits, first, (entry.Count + Masks.Block - 1) / Masks.Block);
        }
        return bits;
    }

    /// <summary>Whether an inspection passes a filter made of inspection conditions only.</summary>
    private static bool Passes(Filter filter, InspectionEntry entry) => filter switch
    {
        AndFilter a => Passes(a.Left, entry) && Passes(a.Right, entry),
        OrFilter o => Passes(o.Left, entry) || Passes(o.Right, entry),
        NotFilter n => !Passes(n.Operand, entry),
        CodeCondition c => c.Matches[entry.Codes[c.Attribute.Slot]],
        DateCondition d => d.Matches(entry.Inspection.FieldworkStart),
        _ => throw new ArgumentOutOfRangeException(nameof(filter)),
    };
}
