using BenchmarkDotNet.Running;
using ScalingDashboard.Benchmarks;

// Run on demand: dotnet run -c Release --project tests/ScalingDashboard.Benchmarks -- --filter '*'
// Cancellation latency (issue 9): dotnet run -c Release --project tests/ScalingDashboard.Benchmarks -- --cancel-latency
// ANOVA + Tukey HSD timing: dotnet run -c Release --project tests/ScalingDashboard.Benchmarks -- --anova-tukey
// Additive mixed model (seed 002 GAMM) wall time: dotnet run -c Release --project tests/ScalingDashboard.Benchmarks -- --gam
// PCA and t-SNE of the leaderboard: dotnet run -c Release --project tests/ScalingDashboard.Benchmarks -- --tsne
// Matrix completion (issue 11: MF training run, 5-split NCF evaluation): ... -- --matrix; defaults check: -- --matrix-sweep
if (args is ["--cancel-latency"])
{
    CancellationLatency.Run();
}
else if (args is ["--anova-tukey"])
{
    AnovaTukeyTiming.Run();
}
else if (args is ["--gam"])
{
    AdditiveModelTiming.Run();
}
else if (args is ["--tsne"])
{
    EmbeddingTiming.Run();
}
else if (args is ["--matrix"])
{
    MatrixTiming.Run();
}
else if (args is ["--matrix-sweep"])
{
    MatrixTiming.Sweep();
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
