using Probity.Fuzz;
using SharpFuzz;

// dotnet Probity.Fuzz.dll TARGET          — run under afl-fuzz (scripts/fuzz): one target of FuzzTargets per run
// dotnet Probity.Fuzz.dll seeds TARGET DIR — write that target's seed corpus, made from examples/, into DIR
if (args is ["seeds", var seedTarget, var directory, ..])
{
    Seeds.Write(seedTarget, directory);
    return 0;
}
// Nothing instrumented (Probity.Core, Probity.Exchange, FuzzTargets' statics) may run before Fuzzer.OutOfProcess.Run
// has set up the coverage map, hence the targets' names spelt out here.
string[] targets = ["dataset", "review", "extract", "framework"];
if (args.Length != 1 || !targets.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: Probity.Fuzz TARGET (one of {string.Join(", ", targets)}) | seeds TARGET DIR");
    return 2;
}
var target = args[0];
var work = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), $"probity-fuzz-{Environment.ProcessId}");
Fuzzer.OutOfProcess.Run(stream =>
{
    using var bytes = new MemoryStream();
    stream.CopyTo(bytes);
    FuzzTargets.Run(target, bytes.ToArray(), work);
});
return 0;
