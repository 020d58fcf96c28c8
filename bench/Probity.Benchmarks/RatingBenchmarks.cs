using BenchmarkDotNet.Attributes;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Rules;
using Probity.Synthetic;

namespace Probity.Benchmarks;

/// <summary>
/// Rating an inspection: from the answers in memory (tallies + rules), and the whole `rate` path from the exchange
/// format's text (parse, validate, rate). Answers per second = answers in the dataset / mean time.
/// </summary>
[MemoryDiagnoser]
public class RatingBenchmarks
{
    private InspectionDataset _dataset = null!;
    private Dictionary<string, string> _files = null!;

    /// <summary>Case supervision cases; unpaid work and Through the Gate are a quarter and an eighth of it.</summary>
    [Params(200, 100_000)]
    public int Cases { get; set; }

    public int Answers { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var framework = FrameworkCatalog.Get("hmip-crc-2019");
        var options = new SyntheticInspection.Options { CaseSupervision = Cases * 8 / 11, UnpaidWork = Cases * 2 / 11, ThroughTheGate = Cases / 11 };
        _dataset = SyntheticInspection.Create(framework, options, seed: 1);
        var sink = new MemorySink();
        DatasetWriter.Write(_dataset, sink);
        _files = sink.Files.ToDictionary(f => f.Key, f => f.Value.ToString());
        Answers = _files["answers.csv"].Count(c => c == '\n') - 1;
        Console.WriteLine($"// {_dataset.Cases.Count} cases, {Answers} answers");
    }

    [Benchmark(Description = "rate from answers in memory")]
    public int? RateInMemory() => InspectionRater.Rate(_dataset.Framework, RatingInputs.From(_dataset)).Score;

    [Benchmark(Description = "parse + validate + rate from CSV text")]
    public int? ParseAndRate() => DatasetParser.Parse(new InMemoryDatasetSource(_files)).Rating?.Score;

    private sealed class MemorySink : IDatasetSink
    {
        public Dictionary<string, StringWriter> Files { get; } = new();
        public TextWriter Create(string fileName) => Files[fileName] = new StringWriter();
    }
}
