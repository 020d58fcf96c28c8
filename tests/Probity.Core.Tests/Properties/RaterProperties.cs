using CsCheck;
using Probity.Core.Datasets;
using Probity.Core.Ratings;
using Probity.Core.Rules;

namespace Probity.Core.Tests.Properties;

/// <summary>
/// Properties of the rater over random datasets: its results do not depend on the order of cases or answers, and a
/// panel decision moves a standard's rating by exactly one band, never more (R12), whatever the decisions asked.
/// </summary>
public class RaterProperties
{
    // Everything the rater decides, as one comparable text.
    private static string Summary(InspectionRating rating) => string.Join('\n',
        rating.Standards.Select(s => $"{s.Standard.Id} {s.Status} {s.IndicativeRating} {s.Rating} {s.Score} {s.LowestPercent} [{string.Join(',', s.LowestKeyQuestions)}] "
            + $"{s.Eligibility} {string.Join(';', s.KeyQuestions.Select(k => $"{k.KeyQuestion.Id}={k.Tally}/{k.Band}/{k.IsLowest}"))}")
        .Append($"{rating.Score}/{rating.MaxScore} {rating.OverallRating}")
        .Concat(rating.Items.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => $"{i.Key}={i.Value}"))
        .Concat(rating.Problems.Select(p => p.Message)));

    private static readonly Gen<(InspectionDataset Dataset, int[] CaseOrder, int[] AnswerOrder)> Shuffled =
        from dataset in ReaderProperties.Datasets
        from cases in Gen.Int.Array[200]
        from answers in Gen.Int.Array[200]
        select (dataset, cases, answers);

    [Fact]
    public void The_rating_is_the_same_whatever_the_order_of_cases_and_answers()
    {
        Shuffled.Sample((dataset, caseOrder, answerOrder) =>
        {
            var files = ReaderProperties.Write(dataset);
            var original = ReaderProperties.Read(files);
            Assert.True(original.Succeeded, string.Join("\n", original.Problems));
            files[CasesReader.FileName] = Shuffle(files[CasesReader.FileName], caseOrder);
            files[AnswersReader.FileName] = Shuffle(files[AnswersReader.FileName], answerOrder);
            var reordered = ReaderProperties.Read(files);
            Assert.True(reordered.Succeeded, string.Join("\n", reordered.Problems));
            Assert.Equal(Summary(original.Rating!), Summary(reordered.Rating!));
        }, iter: 40, threads: 1);
    }

    // The data rows in an order set by the keys (the header stays first); a record's line breaks stay inside it.
    private static string Shuffle(string csv, int[] keys)
    {
        var records = new List<string>();
        var reader = new Probity.Core.Csv.CsvRecordReader(new StringReader(csv));
        var lines = csv.Split('\n');
        var starts = new List<int>();
        while (reader.Read()) starts.Add(reader.LineNumber - 1);
        starts.Add(lines.Length - 1);
        for (var i = 0; i + 1 < starts.Count; i++) records.Add(string.Join('\n', lines[starts[i]..starts[i + 1]]));
        var body = records.Skip(1).Select((r, i) => (r, key: keys[i % keys.Length] ^ i)).OrderBy(x => x.key).Select(x => x.r);
        return string.Join('\n', [records[0], .. body]) + "\n";
    }

    private static readonly Gen<(InspectionDataset Dataset, (int Standard, bool Up, bool Qualitative)[] Decisions)> Decided =
        from dataset in ReaderProperties.Datasets
        from decisions in Gen.Select(Gen.Int[0, 100], Gen.Bool, Gen.Int[0, 3].Select(i => i == 0)).Array[0, 4]
        select (dataset, decisions);

    [Fact]
    public void A_panel_decision_never_moves_a_rating_more_than_one_band()
    {
        var applied = 0;
        Decided.Sample((dataset, wanted) =>
        {
            var caseData = dataset.Framework.Standards.Where(s => s.RatedBy == Probity.Core.Frameworks.RatingBasis.CaseData).ToList();
            var decisions = wanted.Select(d => new PanelDecision(caseData[d.Standard % caseData.Count].Id, d.Up ? PanelMove.Up : PanelMove.Down,
                d.Qualitative ? DecisionBasis.UnpaidWorkQualitative : DecisionBasis.Discretion, "The panel's reasons.")).ToList();
            var rating = InspectionRater.Rate(dataset.Framework, RatingInputs.From(dataset) with { PanelDecisions = decisions });
            foreach (var standard in rating.Standards.Where(s => s.IndicativeRating is not null && s.Rating is not null))
            {
                var moved = (int)standard.Rating!.Value - (int)standard.IndicativeRating!.Value;
                var mine = decisions.Count(d => d.Standard == standard.Standard.Id);
                Assert.InRange(Math.Abs(moved), 0, Math.Min(1, mine));
                if (moved == 0) continue;
                applied++;
                Assert.Equal(standard.AppliedDecision!.Move == PanelMove.Up ? 1 : -1, moved);
            }
        }, iter: 120, threads: 1);
        Assert.True(applied > 0, "no decision was ever applied: the property checked nothing");
    }
}
