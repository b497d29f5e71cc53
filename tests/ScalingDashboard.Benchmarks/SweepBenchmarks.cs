using BenchmarkDotNet.Attributes;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Benchmarks;

/// <summary>
/// Issue 3's sweep benchmark: the power law refitted at 40 thresholds (6e19..5e22) for 12 benchmarks.
/// Target under 5 ms (the Python stack takes about 11 ms).
/// </summary>
[MemoryDiagnoser]
public class SweepBenchmarks
{
    private static readonly (string Column, double QRandom)[] Columns =
    [
        ("arc_easy|acc_norm", 0.2918), ("arc_challenge|acc_norm", 0.2150), ("sciq|acc_norm", 0.3039), ("piqa|acc_norm", 0.5286),
        ("hellaswag|acc_norm", 0.2518), ("winogrande|acc", 0.5), ("webqs_1shot|exact_match", 0), ("triviaqa_1shot|exact_match", 0),
        ("lambada_openai|acc", 0), ("gsm8k_cot_llama|exact_match", 0), ("humaneval-py|pass@1", 0), ("lbpp|pass@1", 0),
    ];

    private readonly LogAccuracyPowerLawForm _form = new();
    private FitRequest[] _requests = [];
    private IReadOnlyList<double> _grid = [];

    [GlobalSetup]
    public void Setup()
    {
        _requests = Columns.Select(c =>
        {
            var (x, y) = LadderData.Load(c.Column);
            return new FitRequest(x, y) { QRandom = c.QRandom };
        }).ToArray();
        _grid = ThresholdSweep.GeometricGrid(6e19, 5e22, 40);
    }

    [Benchmark]
    public int Sweep12x40()
    {
        var successes = 0;
        foreach (var request in _requests)
        {
            var sweep = ThresholdSweep.Run(_form, request, _grid, trainMin: 3e18);
            successes += sweep.Points.Count(p => p.Success);
        }

        return successes;
    }
}
