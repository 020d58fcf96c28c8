using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Probity.Input.Benchmarks.RefusalBenchmarks).Assembly).Run(args);
