using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Probity.Explore.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Probity.Explore.Benchmarks.ExploreBenchmarks).Assembly).Run(args);
