using BenchmarkDotNet.Attributes;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Benchmarks;

/// <summary>
/// A 1000-resample bootstrap of the power law on the 54-run ladder (ARC-E) with a 30-point band. Target from issue 3:
/// under 10 ms (a Python loop of numpy polyfit takes about 24 ms).
/// </summary>
[MemoryDiagnoser]
public class BootstrapBenchmarks
{
    private readonly LogAccuracyPowerLawForm _form = new();
    private FitRequest _request = null!;
    private BootstrapOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (x, y) = LadderData.Load("arc_easy|acc_norm");
        _request = new FitRequest(x, y) { QRandom = 0.2918 };
        var grid = ThresholdSweep.GeometricGrid(1e18, 1e23, 30);
        _options = new BootstrapOptions(1000, 20251209, grid);
    }

    [Benchmark]
    public BootstrapResult Bootstrap1000() => Bootstrap.Run(_form, _request, _options);
}
