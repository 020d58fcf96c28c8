using System.Text;
using Probity.Core.Datasets;
using Probity.Core.Input;
using Probity.Core.Sampling;
using Probity.Exchange.Input;

namespace Probity.Exchange;

/// <summary>How a caseload extract is read: its text encoding (a CSV not saved as UTF-8), the limits, and how the host lets a user choose.</summary>
public sealed record PopulationFileOptions
{
    public InputEncoding Encoding { get; init; } = InputEncoding.Utf8;
    public ReadingLimits Limits { get; init; } = ReadingLimits.Default;

    /// <summary>How the user names an encoding (<c>"--encoding {0}"</c>), for the refusal of a file that is not UTF-8.</summary>
    public EncodingChoice? Choice { get; init; }
}

/// <summary>A caseload extract (the sampling population) and a sample file on disk.</summary>
public static class PopulationFile
{
    /// <summary>
    /// Opens the extract as CSV text: a CSV file in the chosen encoding (a byte-order mark is tolerated), or the first
    /// sheet of an Excel workbook (.xlsx), one CSV line per row. Null when there is no such file; anything that cannot be
    /// read (a folder, a pipe, too large, text that is not in the encoding) throws <see cref="InputRefusedException"/>.
    /// </summary>
    public static TextReader? Open(string path, PopulationFileOptions? options = null)
    {
        options ??= new PopulationFileOptions();
        var stream = InputFile.TryOpenRead(path, options.Limits.MaxFileBytes, ReadingLimits.FileSize);
        return stream is null ? null : Open(stream, options);
    }

    /// <summary>
    /// The extract in <paramref name="stream"/> (seekable: a file, or an upload held in memory) as CSV text, which the
    /// returned reader owns; refusals throw <see cref="InputRefusedException"/> as <see cref="Open(string, PopulationFileOptions?)"/> does.
    /// </summary>
    public static TextReader Open(Stream stream, PopulationFileOptions options)
    {
        try
        {
            if (!IsWorkbook(stream)) return new InputTextReader(stream, options.Encoding, options.Limits.MaxFileBytes, ReadingLimits.FileSize, options.Choice);
            return XlsxCsvReader.Open(stream, options.Limits);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads and checks the extract: the population, or null with every problem (the file's own refusal included) added.</summary>
    public static SamplingPopulation? Read(string path, SamplingPlan plan, List<DatasetProblem> problems, PopulationFileOptions? options = null)
    {
        options ??= new PopulationFileOptions();
        return Read(path, () => Open(path, options), plan, problems, options);
    }

    /// <summary>Reads and checks an extract held in <paramref name="stream"/>, named <paramref name="name"/> in its problems.</summary>
    public static SamplingPopulation? Read(Stream stream, string name, SamplingPlan plan, List<DatasetProblem> problems, PopulationFileOptions options) =>
        Read(name, () => Open(stream, options), plan, problems, options);

    private static SamplingPopulation? Read(string name, Func<TextReader?> open, SamplingPlan plan, List<DatasetProblem> problems, PopulationFileOptions options)
    {
        try
        {
            using var text = open();
            if (text is null)
            {
                problems.Add(new(name, null, "no such file"));
                return null;
            }
            return PopulationReader.Read(name, text, plan, problems, options.Limits);
        }
        catch (InputRefusedException e)
        {
            problems.Add(new(name, e.Line, e.Message));
            return null;
        }
    }

    // An .xlsx workbook is a ZIP file, whatever it is called.
    private static bool IsWorkbook(Stream stream)
    {
        Span<byte> head = stackalloc byte[4];
        var read = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        stream.Position = 0;
        return read == 4 && head.SequenceEqual((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]);
    }
}
