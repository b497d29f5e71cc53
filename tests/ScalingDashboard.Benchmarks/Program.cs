using BenchmarkDotNet.Running;
using ScalingDashboard.Benchmarks;

// Run on demand: dotnet run -c Release --project tests/ScalingDashboard.Benchmarks -- --filter '*'
// Cancellation latency (issue 9): dotnet run -c Release --project tests/ScalingDashboard.Benchmarks -- --cancel-latency
if (args is ["--cancel-latency"])
{
    CancellationLatency.Run();
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
