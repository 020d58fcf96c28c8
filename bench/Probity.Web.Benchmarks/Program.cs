using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Probity.Web.Benchmarks -- --filter '*' --inProcess (on a busy machine the separate build of the usual out-of-process run can time out)
BenchmarkSwitcher.FromAssembly(typeof(Probity.Web.Benchmarks.SignInBenchmarks).Assembly).Run(args);
