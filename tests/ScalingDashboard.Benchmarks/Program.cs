using BenchmarkDotNet.Running;
using ScalingDashboard.Benchmarks;

// Run on demand: dotnet run -c Release --project tests/ScalingDashboard.Benchmarks -- --filter '*'
// Cancellation latency (issue 9): dotnet run -c Release --project tests/ScalingDashboard.Benchmarks -- --cancel-latency
// PCA and t-SNE of the leaderboard: dotnet run -c Release --project tests/ScalingDashboard.Benchmarks -- --tsne
if (args is ["--cancel-latency"])
{
    CancellationLatency.Run();
}
else if (args is ["--tsne"])
{
    EmbeddingTiming.Run();
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
