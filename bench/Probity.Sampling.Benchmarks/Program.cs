using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Probity.Sampling.Benchmarks.MillionRowSampling).Assembly).Run(args);
