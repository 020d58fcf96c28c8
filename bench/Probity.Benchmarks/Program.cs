using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Probity.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
