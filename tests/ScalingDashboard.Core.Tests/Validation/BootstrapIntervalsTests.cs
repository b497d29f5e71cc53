using ScalingDashboard.Core.Examples;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;
using ScalingDashboard.Core.Validation;
using Xunit.Abstractions;

namespace ScalingDashboard.Core.Tests.Validation;

public class BootstrapIntervalsTests(ITestOutputHelper output)
{
    private static readonly LogAccuracyPowerLawCeilingForm Ceiling = new();

    private static FitRequest CeilingData()
    {
        var random = new Random(5);
        var x = Enumerable.Range(0, 24).Select(i => Math.Pow(10, 19 + (i / 8.0))).ToArray();
        var y = x.Select(c => 0.25 + (0.75 * Math.Exp(-((Math.Exp(9 - (0.2 * Math.Log(c))) + 0.1) * Math.Exp(0.05 * (random.NextDouble() - 0.5)))))).ToArray();
        return new FitRequest(x, y) { QRandom = 0.25, Margin = 0 };
    }

    private static FitRequest LossLadder()
    {
        var runs = SyntheticLossLadder.Generate();
        return new FitRequest(runs.Select(r => r.Parameters).ToArray(), runs.Select(r => r.Loss).ToArray())
        {
            X2 = runs.Select(r => r.Tokens).ToArray(),
        };
    }

    [Fact]
    public void Run_OneWorkerOrAll_GivesBitIdenticalIntervalsAndBands()
    {
        var options = new BootstrapOptions(60, 11, [1e19, 1e22]);

        var parallel = Bootstrap.Run(Ceiling, CeilingData(), options);
        var sequential = Bootstrap.Run(Ceiling, CeilingData(), options with { Parallelism = 1 });

        // Each resample draws from its own seeded generator and percentiles are taken in resample order: exact equality.
        Assert.Equal(sequential.Intervals, parallel.Intervals);
        Assert.Equal(sequential.Band, parallel.Band);
        Assert.Equal(sequential.Parameters, parallel.Parameters);
    }

    [Fact]
    public void Run_EveryFittedParameter_HasNested80And95IntervalsAroundItsValue()
    {
        var result = Bootstrap.Run(Ceiling, CeilingData(), new BootstrapOptions(200, 3, []));

        Assert.Equal(["A", "alpha", "E"], result.Intervals.Select(i => i.Name));
        foreach (var r in result.Intervals)
        {
            Assert.True(r.Lower95 <= r.Lower80 && r.Lower80 <= r.Upper80 && r.Upper80 <= r.Upper95, r.ToString());
        }

        // alpha is well pinned by 24 points over two decades: the full-data value lies inside its 95% interval.
        var alpha = result.Intervals.Single(i => i.Name == "alpha");
        Assert.InRange(alpha.Value, alpha.Lower95, alpha.Upper95);
        // The 95% interval at the run's confidence is the one the older single-confidence list gives.
        Assert.Equal(result.Parameters.Single(p => p.Name == "alpha").Lower, alpha.Lower95);
    }

    [Fact]
    public void Run_ProgressCountsEveryResampleInOrder()
    {
        var reports = new List<int>();
        var progress = new SynchronousProgress(reports.Add);

        Bootstrap.Run(Ceiling, CeilingData(), new BootstrapOptions(40, 1, []), progress);

        Assert.Equal(Enumerable.Range(1, 40), reports);
    }

    [Fact]
    public void LossLaw_WarmStartedRefits_FindTheFullGridsOptimum()
    {
        var form = new LossParamsTokensForm();
        var request = LossLadder();
        var full = form.Fit(request);
        var random = new Random(2024);
        const int resamples = 6;
        for (var r = 0; r < resamples; r++)
        {
            var indices = Enumerable.Range(0, request.X.Count).Select(_ => random.Next(request.X.Count)).ToArray();
            var subset = request.Subset(indices);

            var grid = form.Fit(subset).Values;
            var warm = form.FitFrom(subset, full, BootstrapOptions.DefaultPerturbedStarts, r).Values;

            output.WriteLine(string.Join(", ", grid.Select((g, k) => $"{form.Parameters[k].Name} {g:G8} vs {warm[k]:G8}")));
            for (var k = 0; k < grid.Count; k++)
            {
                // Both polish the same objective to convergence from the same basin: they agree to the polish's
                // precision (A to 2e-6 relative, along the flat A-alpha direction); 1e-5 relative is far below any
                // bootstrap interval's width (a few percent here), and a different optimum would miss it by far more.
                Assert.Equal(1, warm[k] / grid[k], 1e-5);
            }
        }
    }

    [Fact]
    public void LossLaw_Intervals_IncludeTheAllocationExponentsSummingToOne()
    {
        var result = Bootstrap.Run(new LossParamsTokensForm(), LossLadder(), new BootstrapOptions(40, 9, []));

        Assert.Equal(["A", "B", "E", "alpha", "beta", "a = beta/(alpha+beta)", "b = alpha/(alpha+beta)"], result.Intervals.Select(i => i.Name));
        var a = result.Intervals[5];
        var b = result.Intervals[6];
        // a + b = 1 for every resample, so the 80% intervals mirror each other.
        Assert.Equal(1, a.Value + b.Value, 1e-12);
        Assert.Equal(1, a.Lower80 + b.Upper80, 1e-12);
        // Hoffmann's law gives a = 0.28/0.62 = 0.452; 0.5% noise on 240 runs pins it to about +-0.02.
        Assert.InRange(0.4516, a.Lower95 - 0.02, a.Upper95 + 0.02);
    }

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, so the list is complete when Run returns.</summary>
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
