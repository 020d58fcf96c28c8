using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Probity.Data.Audit;
using Probity.Data.Cases;
using Probity.Data.Tests;

namespace Probity.Data.Benchmarks;

/// <summary>
/// One side of a case save's audit entry (what a save makes inside SQLite's one write turn for its before side): the
/// earlier way (serialise, parse, copy out the free text, write, parse again, write sorted; the baseline, Ratio 1) against
/// <see cref="AuditSideWriter"/> (serialise into one document, two walks). The value is shaped as the case store's audit
/// view: 15 answers, three evidence notes and two practice examples of a few hundred characters, the status.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class AuditSideBenchmarks
{
    private const string Scope = "7/case/NB19-CS-042";

    private readonly object _caseSave = new
    {
        Answers = Enumerable.Range(1, 15).ToDictionary(i => $"2.{(i - 1) / 5 + 1}.{(i - 1) % 5 + 1}", i => (i % 4) switch { 0 => "no", 1 => "na", _ => "yes" }),
        Notes = new Dictionary<string, string>
        {
            ["2.1.1"] = Words("The case manager's assessment drew on the pre-sentence report and the police call-out history, and it named the risks to the partner. "),
            ["2.2.3"] = Words("Planning set out the accredited programme and the rehabilitation activity requirement days; contingency planning was thin. "),
            ["2.3.2"] = Words("Contact was kept weekly; two missed appointments were followed up the same day and recorded with the reasons given – illness and work. "),
        },
        PracticeExamples = new[]
        {
            new { Standard = "2.1", Kind = "good", Text = Words("The assessment brought together children's services, the police and the victim liaison officer before the first appointment. ") },
            new { Standard = "2.3", Kind = "poor", Text = Words("Home visits stopped after the move without any review of the risk to the new partner's children. ") },
        },
        Status = CaseAssessmentStatus.InProgress,
    };

    private readonly string[] _texts;

    public AuditSideBenchmarks() => _texts = [.. AuditSideAsBefore.Side(_caseSave, Scope).Texts.Select(t => t.Value)];

    [Benchmark(Baseline = true, Description = "as before: two parses, a copy of every child")]
    public object AsBefore() => AuditSideAsBefore.Side(_caseSave, Scope);

    [Benchmark(Description = "one parse, two walks")]
    public object OneParse() => AuditRows.Side(_caseSave, 7, "case", "NB19-CS-042");

    /// <summary>What both ways do and neither can skip: serialising the value, and hashing its five texts for their references.</summary>
    [Benchmark(Description = "of which: serialising, and the texts' hashes")]
    public object Floor()
    {
        using var document = JsonSerializer.SerializeToDocument(_caseSave, AuditJson.Options);
        var hashes = new string[_texts.Length];
        for (var i = 0; i < _texts.Length; i++) hashes[i] = AuditTexts.Hash(Scope, _texts[i]);
        return hashes;
    }

    /// <summary>A note of about 300 characters: the sentence, and again until it is that long.</summary>
    private static string Words(string sentence) => string.Concat(Enumerable.Repeat(sentence, 300 / sentence.Length + 1));

    // In process (nothing to build per run); twenty iterations, as a few microseconds on a shared two-core machine move with its load.
    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(5).WithIterationCount(20));
    }
}
