using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/CreditPlatform.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args);
