using System.Diagnostics;
using System.Globalization;
using Probity.Web.Load;

// A loopback load test of `./probity serve`: N signed-in users at once, each opening and saving a case form (with its
// anti-forgery token) a bounded number of times; prints p50 / p95 / p99 per operation. Never targets another machine.
var options = LoadOptions.Parse(args);
if (options is null) return 2;

Console.WriteLine($"Probity web load: {options.Users} users x {options.Iterations} open+save each against {options.BaseUrl} " +
    $"(signed in as {options.UserName}; think time {options.ThinkMs} ms ±50% between actions; {options.WarmupRounds} warm-up rounds first)");
var sessions = await UserSession.SignInAllAsync(options);
var cases = await sessions[0].CaseFormsAsync(options.Users);
Console.WriteLine($"inspection {cases.InspectionId}: {cases.Paths.Count} case forms, one per user");

// Warm-up, not measured: rounds of every user opening and saving at once, until the server's JIT has moved the hot
// paths to their optimised tier (.NET recompiles a method after 30 calls, in the background), connection pools are
// full and SQLite's pages are cached. Without it the first seconds measure the compiler, not Probity.
for (var round = 0; round < options.WarmupRounds; round++)
    await Task.WhenAll(sessions.Select((s, i) => s.OpenAndSaveAsync(cases.Paths[i % cases.Paths.Count], null)));

var open = new Recorder();
var save = new Recorder();
var clock = Stopwatch.StartNew();
await Task.WhenAll(sessions.Select((s, i) => Task.Run(async () =>
{
    // A person reads the form before saving and the next page before opening another: think time, jittered from a
    // per-user seed so runs are repeatable and users do not move in lockstep.
    var random = new Random(i);
    Task Think() => options.ThinkMs == 0 ? Task.CompletedTask : Task.Delay(options.ThinkMs / 2 + random.Next(options.ThinkMs + 1));
    await Think();
    for (var n = 0; n < options.Iterations; n++) await s.OpenAndSaveAsync(cases.Paths[i % cases.Paths.Count], (open, save), Think);
})));
clock.Stop();

Console.WriteLine();
Console.WriteLine($"{"operation",-24}{"requests",10}{"errors",8}{"p50 ms",10}{"p95 ms",10}{"p99 ms",10}{"max ms",10}");
open.Print("open case form (GET)");
save.Print("save case form (POST)");
Console.WriteLine($"{open.Count + save.Count} requests in {clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s " +
    $"({((open.Count + save.Count) / clock.Elapsed.TotalSeconds).ToString("F0", CultureInfo.InvariantCulture)} requests/s)");
return open.Errors + save.Errors == 0 ? 0 : 1;
