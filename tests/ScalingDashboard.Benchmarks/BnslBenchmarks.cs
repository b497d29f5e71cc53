using BenchmarkDotNet.Attributes;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;

namespace ScalingDashboard.Benchmarks;

/// <summary>
/// The Eq 1 BNSL multi-start Huber fit on the 54-run ladder (ARC-C). Target from issue 3: under 50 ms (scipy
/// basinhopping with 100 L-BFGS-B hops takes about 120 ms).
/// </summary>
[MemoryDiagnoser]
public class BnslBenchmarks
{
    private readonly BnslForm _form = new();
    private FitRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (x, y) = LadderData.Load("arc_challenge|acc_norm");
        _request = new FitRequest(x, y) { QRandom = 0.2150 };
    }

    [Benchmark]
    public FitResult BnslFit() => _form.Fit(_request);
}
