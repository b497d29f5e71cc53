using BenchmarkDotNet.Attributes;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Benchmarks;

/// <summary>
/// The log-accuracy power law on the 54-run ladder (ARC-E). Target from issue 3: under 5 µs per fit
/// (numpy polyfit takes about 17 µs for the same work).
/// </summary>
[MemoryDiagnoser]
public class PowerLawBenchmarks
{
    private readonly LogAccuracyPowerLawForm _form = new();
    private readonly LogAccuracyPowerLawHuberForm _huber = new();
    private FitRequest _request = null!;
    private HoldoutSplit _split = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (x, y) = LadderData.Load("arc_easy|acc_norm");
        _request = new FitRequest(x, y) { QRandom = 0.2918 };
        _split = HoldoutSplit.ByThreshold(6e21, 3e18);
    }

    [Benchmark(Baseline = true)]
    public FitResult FitLadder() => _form.Fit(_request);

    /// <summary>The same line by Huber loss (seed Appendix K/M): an optimiser instead of a closed form.</summary>
    [Benchmark]
    public FitResult FitLadderHuber() => _huber.Fit(_request);

    [Benchmark]
    public HoldoutEvaluation HoldoutLadder() => HoldoutEvaluation.Evaluate(_form, _request, _split);
}
