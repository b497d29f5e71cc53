using BenchmarkDotNet.Attributes;
using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Examples;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Benchmarks;

/// <summary>
/// Issue 12 item 3: the loss law's default bootstrap (4,000 resamples, each refitted from the full-data optimum plus
/// four perturbed starts, in parallel on all cores) on the 240-run synthetic loss ladder, parameter intervals only.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LossBootstrapBenchmarks
{
    private readonly LossParamsTokensForm _form = new();
    private FitRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        var runs = SyntheticLossLadder.Generate();
        _request = new FitRequest(runs.Select(r => r.Parameters).ToArray(), runs.Select(r => r.Loss).ToArray())
        {
            X2 = runs.Select(r => r.Tokens).ToArray(),
        };
    }

    [Benchmark]
    public BootstrapResult LossLawBootstrap4000() =>
        Bootstrap.Run(_form, _request, new BootstrapOptions(BootstrapSettings.LossLawDefaultResamples, BootstrapSettings.DefaultSeed, []));
}
