using BenchmarkDotNet.Running;
using Probity.Analysis.Benchmarks;

// dotnet run -c Release --project bench/Probity.Analysis.Benchmarks -- prepare       (generate both cached databases)
// dotnet run -c Release --project bench/Probity.Analysis.Benchmarks -- --filter '*'  (time every analysis and the baselines)
if (args is ["prepare"])
{
    foreach (var kind in new[] { DatabaseKind.Sqlite, DatabaseKind.Postgres })
    {
        using var database = NationalDatabase.Open(kind);
        Console.WriteLine($"{kind}: {database.Cases():N0} cases, {database.Answers():N0} answers, in {NationalDatabase.CacheFolder}");
    }
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
