using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Probity.Web.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Probity.Web.Benchmarks.SignInBenchmarks).Assembly).Run(args);
