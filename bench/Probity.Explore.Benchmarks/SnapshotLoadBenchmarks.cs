using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Probity.Core.Frameworks;
using Probity.Explore.Engine;
using Probity.Synthetic;

namespace Probity.Explore.Benchmarks;

/// <summary>
/// Loading the explore snapshot of the 1,000 × 1,000-case programme, as a restart does: the load alone (the description;
/// columns wait for a question), the load and a first question (which reads the columns it uses), and the load with every
/// column read and unpacked (what a full update reads). The "restart" job runs each once in a fresh process, ten times,
/// so that nothing is warm but the file in the page cache; the "warm" job repeats them in one process.
/// </summary>
[Config(typeof(SnapshotLoadConfig))]
public class SnapshotLoadBenchmarks
{
    private string _file = "";

    [GlobalSetup]
    public void Setup()
    {
        _file = SnapshotFile();
        // The frameworks are read once per process whatever is loaded (the web app reads them at start-up); not counted here.
        _ = FrameworkCatalog.All.Count();
        Console.Error.WriteLine($"snapshot: {new FileInfo(_file).Length:N0} bytes on disk ({_file})");
    }

    [Benchmark]
    public int Load() => Loaded().InspectionCount;

    [Benchmark]
    public long LoadAndAnswer()
    {
        var data = Loaded();
        return data.Answer(data.Ask("2.1.3", "framework=hmip-crc-2019 and sex=female and rosh=high", "ro-grade")).Cells.Sum(c => c.Cases);
    }

    [Benchmark]
    public long LoadEveryColumn()
    {
        var data = Loaded();
        return data.Segments.Sum(s => s.Items.Sum(i => (long)i.Length)) + data.CaseColumns.Sum(c => (long)c.Length);
    }

    private ExploreData Loaded() => (ExploreSnapshot.Load(_file) ?? throw new InvalidOperationException("the snapshot could not be read")).Data;

    /// <summary>
    /// The programme's snapshot, written once per format version into the temporary folder (generating the programme takes
    /// seconds, and every fresh process of the restart job would otherwise repeat it).
    /// </summary>
    private static string SnapshotFile()
    {
        var file = Path.Combine(Path.GetTempPath(), $"probity-explore-bench-{Programme.Inspections}x{Programme.CasesPerInspection}-{Programme.Seed}-v{ExploreSnapshot.Version}.snapshot");
        if (File.Exists(file)) return file;
        var watch = Stopwatch.StartNew();
        var builder = new ExploreDataBuilder();
        var id = 0;
        foreach (var dataset in SyntheticNational.Generate(new SyntheticNational.Options { Inspections = Programme.Inspections, CasesPerInspection = Programme.CasesPerInspection, Seed = Programme.Seed }))
            builder.Add(dataset, ++id);
        var data = builder.Build();
        var stamp = new SnapshotStamp(DateTimeOffset.UnixEpoch, Enumerable.Range(1, id).ToDictionary(i => (long)i, _ => 1L));
        var temporary = $"{file}.{Environment.ProcessId}.tmp";
        using (var output = File.Create(temporary)) ExploreSnapshot.Write(output, data, stamp);
        File.Move(temporary, file, overwrite: true);
        Console.Error.WriteLine($"snapshot of {data.CaseCount:N0} cases written in {watch.Elapsed.TotalSeconds:N0} s");
        return file;
    }
}

/// <summary>A fresh process per measurement (ten of them), and the same in one warm process.</summary>
public sealed class SnapshotLoadConfig : ManualConfig
{
    public SnapshotLoadConfig()
    {
        // Each fresh process is built once as its own project; on a busy machine that takes longer than the default 2 minutes.
        WithBuildTimeout(TimeSpan.FromMinutes(20));
        AddJob(Job.Default.WithStrategy(RunStrategy.ColdStart).WithLaunchCount(10).WithWarmupCount(0).WithIterationCount(1).WithId("restart"));
        // One load per iteration: a load leaves its data (and the whole programme's memory, for every column) behind for the GC.
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10)
            .WithInvocationCount(1).WithUnrollFactor(1).WithId("warm"));
    }
}
