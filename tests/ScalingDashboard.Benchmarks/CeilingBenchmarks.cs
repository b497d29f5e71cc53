using BenchmarkDotNet.Attributes;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;

namespace ScalingDashboard.Benchmarks;

/// <summary>The Eq 10 ceiling fit (16-start bounded BFGS on Huber loss) on the 54-run ladder; a stand-in for the multi-start
/// nonlinear cost until bnsl exists (issue 3's bnsl target is under 50 ms).</summary>
[MemoryDiagnoser]
public class CeilingBenchmarks
{
    private readonly LogAccuracyPowerLawCeilingForm _form = new();
    private FitRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (x, y) = LadderData.Load("hellaswag|acc_norm");
        _request = new FitRequest(x, y) { QRandom = 0.2518 };
    }

    [Benchmark]
    public FitResult CeilingFit() => _form.Fit(_request);
}
