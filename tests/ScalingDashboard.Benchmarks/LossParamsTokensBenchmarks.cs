using BenchmarkDotNet.Attributes;
using ScalingDashboard.Core.Examples;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;

namespace ScalingDashboard.Benchmarks;

/// <summary>
/// The loss-params-tokens fit (Hoffmann approach 3) from the full 4,500-start grid on the 240-run synthetic loss
/// ladder, noisy (the shipped example) and noise-free (the recovery check, whose objective runs to zero). Target from
/// issue 12: under 1 s on 2 cores (scipy's L-BFGS-B over the same starts takes 53 s).
/// </summary>
[MemoryDiagnoser]
public class LossParamsTokensBenchmarks
{
    private readonly LossParamsTokensForm _form = new();
    private FitRequest _noisy = null!;
    private FitRequest _noiseFree = null!;

    [GlobalSetup]
    public void Setup()
    {
        _noisy = Request(SyntheticLossLadder.Generate());
        _noiseFree = Request(SyntheticLossLadder.GenerateNoiseFree());
    }

    [Benchmark]
    public FitResult FullGridNoisy240() => _form.Fit(_noisy);

    [Benchmark]
    public FitResult FullGridNoiseFree240() => _form.Fit(_noiseFree);

    private static FitRequest Request(IReadOnlyList<SyntheticLossRun> runs) =>
        new(runs.Select(r => r.Parameters).ToArray(), runs.Select(r => r.Loss).ToArray()) { X2 = runs.Select(r => r.Tokens).ToArray() };
}
