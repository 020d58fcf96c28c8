using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Probity.Reports.Benchmarks.NorthumbriaExample).Assembly).Run(args);
