using System.Text;
using CsCheck;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Tests.Datasets;
using Probity.Synthetic;

namespace Probity.Core.Tests.Properties;

/// <summary>
/// Properties of the dataset reader over random datasets (CsCheck; a few seconds each, one thread): what is written
/// reads back the same, and one structural corruption of a written file is either refused with problems that name
/// their file and line, or read as the same dataset except in the one row (or, for a header, the one column) changed.
/// </summary>
public class ReaderProperties
{
    private static readonly FrameworkVersion Framework = FrameworkCatalog.Get("hmip-crc-2019");

    // Inspectors' notes as people type them: commas, quotes, line breaks, accents, emoji; never control characters
    // other than line breaks (a NUL is no text), and no surrounding spaces (the format trims every value).
    private static readonly Gen<string> Note =
        Gen.OneOf(Gen.String[Gen.Char["abc ,\"\n\r'é–😀xyz"], 1, 40], Gen.String[Gen.Char.AlphaNumeric, 1, 12])
            .Select(s => s.Trim()).Where(s => s.Length > 0);

    /// <summary>A valid random dataset: a synthetic inspection of random size and quality, with random notes and extra columns.</summary>
    public static readonly Gen<InspectionDataset> Datasets =
        from seed in Gen.Int[1, 1_000_000]
        from caseSupervision in Gen.Int[3, 25]
        from unpaidWork in Gen.Int[0, 6]
        from throughTheGate in Gen.Int[0, 4]
        from quality in Gen.Double[0.2, 0.95]
        from notes in Note.Array[0, 12]
        from offices in Note.Array[0, 5]
        from positions in Gen.Int[0, int.MaxValue].Array[24]
        select Decorate(
            SyntheticInspection.Create(Framework, new SyntheticInspection.Options
            {
                CaseSupervision = caseSupervision, UnpaidWork = unpaidWork, ThroughTheGate = throughTheGate, ProviderQuality = quality,
            }, seed),
            notes, offices, positions);

    private static InspectionDataset Decorate(InspectionDataset dataset, string[] notes, string[] offices, int[] positions)
    {
        for (var i = 0; i < notes.Length; i++)
        {
            var c = positions[i] % dataset.Cases.Count;
            var answered = Enumerable.Range(0, dataset.Answers.ItemCount).Where(q => dataset.Answers[c, q] != Ratings.Judgement.NotRecorded).ToList();
            if (answered.Count > 0) dataset.Answers.SetNote(c, answered[positions[i + 12] % answered.Count], notes[i]);
        }
        for (var i = 0; i < offices.Length; i++)
            dataset.Cases[positions[i] % dataset.Cases.Count].ExtraColumns = new Dictionary<string, string> { ["office"] = offices[i] };
        return dataset;
    }

    public static Dictionary<string, string> Write(InspectionDataset dataset)
    {
        var sink = new MemorySink();
        DatasetWriter.Write(dataset, sink);
        return sink.Texts;
    }

    public static DatasetParseResult Read(Dictionary<string, string> files) => DatasetParser.Parse(new InMemoryDatasetSource(files));

    [Fact]
    public void Writing_then_reading_a_random_dataset_gives_the_same_dataset()
    {
        Datasets.Sample(dataset =>
        {
            var written = Write(dataset);
            var read = Read(written);
            Assert.True(read.Succeeded, string.Join("\n", read.Problems));
            Assert.Empty(DatasetDiff.Between(dataset, read.Dataset!));
            Assert.Equal(written, Write(read.Dataset!));
        }, iter: 60, threads: 1);
    }

    public enum Corruption { Truncation, DeletedLine, DuplicatedLine, FlippedDelimiter, FlippedQuote, ChangedHeader }

    public sealed record CorruptionCase(InspectionDataset Dataset, string File, Corruption Corruption, int Place, int Detail)
    {
        public override string ToString() => $"{Corruption} of {File} at {Place}/{Detail}";
    }

    private static readonly Gen<CorruptionCase> Corrupted =
        from dataset in Datasets
        from file in Gen.Int[0, 1].Select(i => i == 0 ? CasesReader.FileName : AnswersReader.FileName)
        from corruption in Gen.Enum<Corruption>()
        from place in Gen.Int[0, int.MaxValue]
        from detail in Gen.Int[0, int.MaxValue]
        select new CorruptionCase(dataset, file, corruption, place, detail);

    [Fact]
    public void One_structural_corruption_is_refused_with_located_problems_or_changes_only_its_row()
    {
        int refused = 0, accepted = 0;
        Corrupted.Sample(sample =>
        {
            var (dataset, file, corruption, where, detail) = sample;
            var files = Write(dataset);
            string[] names = [.. files.Keys];
            var lines = files[file].Split('\n')[..^1]; // every record ends with a line break
            var changed = Corrupt(lines, corruption, where, detail, out var line, out var column);
            files[file] = changed;
            var read = Read(files);
            if (!read.Succeeded)
            {
                refused++;
                Assert.NotEmpty(read.Problems);
                foreach (var problem in read.Problems)
                {
                    Assert.Contains(problem.File, names);
                    Assert.True(problem.Line is not null || problem.Message.StartsWith("the file is empty", StringComparison.Ordinal), $"not located: {problem}");
                }
            }
            else
            {
                accepted++;
                var differences = DatasetDiff.Between(dataset, read.Dataset!);
                if (column is not null)
                    Assert.All(differences, d => Assert.True(d.File == file && (d.Column == column || d.Column == column + "x"), $"{corruption} of {file} column {column} changed {d}"));
                else
                    Assert.True(differences.Select(d => d.Row).Distinct().Count() <= 1,
                        $"{corruption} of {file} line {line} changed rows {string.Join(", ", differences.Select(d => d.Row).Distinct())}");
            }
        }, iter: 150, threads: 1, print: c => c.ToString());
        // Both outcomes must have been seen, or the property checked only one of its halves.
        Assert.True(refused > 0 && accepted > 0, $"{refused} refused, {accepted} accepted");
    }

    // Applies one corruption to the file's lines; line is the 1-based line changed, column the header column renamed.
    private static string Corrupt(string[] lines, Corruption corruption, int where, int detail, out int line, out string? column)
    {
        column = null;
        var index = where % lines.Length;
        line = index + 1;
        var list = lines.ToList();
        var text = lines[index];
        switch (corruption)
        {
            case Corruption.Truncation:
                // The tail of the file is lost part way through its last record (a copy cut short).
                line = lines.Length;
                var last = lines[^1] + "\n";
                return string.Join('\n', lines[..^1]) + "\n" + last[..(detail % last.Length)];
            case Corruption.DeletedLine:
                list.RemoveAt(index);
                break;
            case Corruption.DuplicatedLine:
                list.Insert(index, text);
                break;
            case Corruption.FlippedDelimiter:
                list[index] = Flip(text, detail, ',', ';');
                break;
            case Corruption.FlippedQuote:
                var at = detail % (text.Length + 1);
                list[index] = text.Contains('"') && detail % 2 == 0 ? Flip(text, detail, '"', '\'') : text.Insert(at, "\"");
                break;
            case Corruption.ChangedHeader:
                line = 1;
                var header = lines[0].Split(',');
                var renamed = detail % header.Length;
                column = header[renamed];
                header[renamed] += "x";
                list[0] = string.Join(',', header);
                break;
        }
        return string.Join('\n', list) + "\n";
    }

    private static string Flip(string text, int detail, char from, char to)
    {
        var positions = Enumerable.Range(0, text.Length).Where(i => text[i] == from).ToList();
        if (positions.Count == 0) return text;
        var builder = new StringBuilder(text);
        builder[positions[detail % positions.Count]] = to;
        return builder.ToString();
    }
}
