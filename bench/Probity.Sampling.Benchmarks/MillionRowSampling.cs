using System.Text;
using BenchmarkDotNet.Attributes;
using Probity.Core.Datasets;
using Probity.Core.Sampling;
using Probity.Synthetic;

namespace Probity.Sampling.Benchmarks;

/// <summary>
/// Sampling a one-million-row caseload extract (the target: under 2 s), generated deterministically in memory:
/// 300,000 cases eligible for case supervision at the as-at date, the rest of the caseload outside the window or
/// managed by the NPS. Three measurements: the whole <c>./probity sample</c> path from CSV bytes (read, draw, write the
/// sample file), reading and drawing without writing, and drawing from a population already in memory.
/// </summary>
[MemoryDiagnoser]
public class MillionRowSampling
{
    private static readonly SyntheticPopulation.Options Options = new()
    {
        CaseSupervision = 300_000,
        UnpaidWork = 60_000,
        ThroughTheGate = 20_000,
        NpsInSupervisionWindow = 20_000,
        ReleasesNotEntitled = 0,
        Other = 600_000,
    };

    private byte[] _csv = [];
    private SamplingPopulation _population = null!;
    private SamplingPlan _plan = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rows = SyntheticPopulation.Rows(Options, seed: 2019);
        var text = new StringWriter();
        SyntheticPopulation.WriteCsv(rows, text);
        _csv = Encoding.UTF8.GetBytes(text.ToString());
        _population = SyntheticPopulation.ToPopulation(rows, "million.csv");
        _plan = SamplingPlan.For("hmip-crc-2019", SampleType.CaseSupervision)! with { AsAt = Options.AsAt, Seed = 42 };
        if (rows.Count != 1_000_000) throw new InvalidOperationException($"expected 1,000,000 rows, generated {rows.Count}");
        if (ReadAndDraw().Eligible != Options.CaseSupervision) throw new InvalidOperationException("the population does not have the eligible cases it should");
    }

    [Benchmark(Description = "CSV bytes → read → draw → write sample file")]
    public long ReadDrawAndWrite()
    {
        var draw = ReadAndDraw();
        var output = new CountingWriter();
        SampleFileWriter.Write(Open(), draw, output);
        return output.Count;
    }

    [Benchmark(Description = "CSV bytes → read → draw")]
    public SampleDraw ReadAndDraw()
    {
        var problems = new List<DatasetProblem>();
        var population = PopulationReader.Read("million.csv", Open(), _plan, problems) ?? throw new InvalidOperationException(string.Join("\n", problems.Take(5)));
        return StratifiedSampler.Draw(population, _plan, problems)!;
    }

    [Benchmark(Description = "in-memory population → draw")]
    public SampleDraw DrawInMemory() => StratifiedSampler.Draw(_population, _plan, [])!;

    private StreamReader Open() => new(new MemoryStream(_csv, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

    /// <summary>A sink that counts characters, so writing is measured without a disk.</summary>
    private sealed class CountingWriter : TextWriter
    {
        public long Count { get; private set; }
        public override Encoding Encoding => Encoding.UTF8;
        public override void Write(char value) => Count++;
        public override void Write(string? value) => Count += value?.Length ?? 0;
        public override void Write(ReadOnlySpan<char> buffer) => Count += buffer.Length;
    }
}
