using BenchmarkDotNet.Attributes;
using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;

namespace ScalingDashboard.Benchmarks;

/// <summary>
/// Issue 9: the Explorer's analysis of mmlu against params_b on the 7,169-row Open LLM Leaderboard (6,545 usable rows
/// on 78 sizes). Targets: BNSL, fit plus sweep and size view, under 1 s (it took 48 s); the default power law's slider
/// move (a refit that reuses the sweep) well under 100 ms. Few iterations: one BNSL run takes a good part of a second.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class LeaderboardAnalysisBenchmarks
{
    private Leaderboard _table = null!;
    private FitRequest _bnslRequest = null!;
    private AnalysisResult _powerLaw = null!;
    private IReadOnlyList<int> _rows = [];

    [GlobalSetup]
    public void Setup()
    {
        _table = LeaderboardTable.Load();
        var spec = LeaderboardTable.Spec(BnslForm.FormId);
        var data = AnalysisRunner.RunFits(_table, spec, AnalysisParts.Fits).Data[0];
        _bnslRequest = BenchmarkFitter.Request(data, spec, new BnslForm(), out _);
        _powerLaw = AnalysisRunner.RunFits(_table, LeaderboardTable.Spec(LogAccuracyPowerLawForm.FormId));
        _rows = RowFilter.Keep(_table, spec);
    }

    /// <summary>One BNSL fit over every usable row.</summary>
    [Benchmark]
    public FitResult BnslFit() => new BnslForm().Fit(_bnslRequest);

    /// <summary>What the Explorer runs when BNSL is chosen: the fit, the 24-threshold sweep and the size view.</summary>
    [Benchmark]
    public AnalysisResult BnslRunFits() => AnalysisRunner.RunFits(_table, LeaderboardTable.Spec(BnslForm.FormId));

    /// <summary>The ceiling form's Explorer run (a 16-start Huber fit per threshold).</summary>
    [Benchmark]
    public AnalysisResult CeilingRunFits() => AnalysisRunner.RunFits(_table, LeaderboardTable.Spec(LogAccuracyPowerLawCeilingForm.FormId));

    /// <summary>The default analysis from scratch: power law, sweep and size view.</summary>
    [Benchmark]
    public AnalysisResult PowerLawRunFits() => AnalysisRunner.RunFits(_table, LeaderboardTable.Spec(LogAccuracyPowerLawForm.FormId));

    /// <summary>The size view alone: it runs between two checks of the token, so its time bounds that gap.</summary>
    [Benchmark]
    public SizeScatterResult SizeView() => SizeScatter.Build(_table, _rows, "mmlu", _powerLaw.Spec);

    /// <summary>A threshold-slider move on the default analysis: a refit, the sweep and size view reused.</summary>
    [Benchmark]
    public AnalysisResult PowerLawSliderMove() => AnalysisRunner.RunFits(_table,
        _powerLaw.Spec with { Holdout = new HoldoutRule { Threshold = 3e10 } }, AnalysisParts.All, _powerLaw);
}
