using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;

namespace ScalingDashboard.Core.Tests.Fitting;

public class BnslFormTests
{
    private static readonly BnslForm Form = new();

    /// <summary>A rising curve (0.30 to 0.77) whose break (3e20) lies inside 1e18-1e23: flat before, steep, then saturating.</summary>
    private static readonly double[] Truth = [0.85, -1.26, 0.02, 0.3, 3e20, 0.7];

    private static FitRequest NoiseFree(int count = 54)
    {
        var x = Enumerable.Range(0, count).Select(i => Math.Pow(10, 18 + 5.0 * i / (count - 1))).ToArray();
        return new FitRequest(x, x.Select(c => Form.Evaluate(Truth, c)).ToArray()) { QRandom = 0 };
    }

    [Fact]
    public void Evaluate_KnownParameters_MatchesEquation1WrittenOut()
    {
        const double c = 2e21;
        var expected = Truth[0] + Truth[1] * Math.Pow(c, -Truth[2]) * Math.Pow(1 + Math.Pow(c / Truth[4], 1 / Truth[5]), -Truth[3] * Truth[5]);
        Assert.Equal(expected, Form.Evaluate(Truth, c), 12);
    }

    [Fact]
    public void Fit_NoiseFreeWithBreakInside_RecoversKnownParameters()
    {
        var fit = Form.Fit(NoiseFree());

        Assert.True(fit.Converged, fit.Message);
        Assert.True(fit.Train.Mae < 1e-7, $"MAE {fit.Train.Mae}; {fit.Message}");
        for (var k = 0; k < Truth.Length; k++)
        {
            Assert.True(Math.Abs(fit.Values[k] / Truth[k] - 1) < 1e-6, $"{Form.Parameters[k].Name}: {fit.Values[k]} vs {Truth[k]}");
        }

        Assert.True(BnslForm.BreakInsideData(fit));
        Assert.Contains("inside the data", fit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_PointsAtOrBelowQRandom_AreLeftOutAndFitIsDeterministic()
    {
        var request = NoiseFree() with { QRandom = 0.35 };
        var first = Form.Fit(request);
        var second = Form.Fit(request);

        Assert.Equal(first.Values, second.Values);
        Assert.True(first.Converged, first.Message);
        Assert.All(first.Points, p => Assert.Equal(p.Y > 0.35, p.UsedInFit));
    }

    [Fact]
    public void Fit_LocalRuns_ListStartsThenHopsWithTheirLossInReportedParameters()
    {
        // A noisy copy of the truth, so losses are well away from zero and comparable relatively.
        var request = NoiseFree();
        var y = request.Y.Select((v, i) => v + 0.004 * Math.Sin(7.3 * i)).ToArray();
        var fit = Form.Fit(new FitRequest(request.X, y) { QRandom = 0 });

        Assert.True(fit.Converged, fit.Message);
        // The grid's 8 and the 12 seeded random starts come first, then the hops the message counts.
        const int starts = 8 + BnslForm.RandomStarts;
        Assert.True(fit.LocalRuns.Count > starts, $"{fit.LocalRuns.Count} runs");
        Assert.Contains($"best of {starts} starts and {fit.LocalRuns.Count - starts} hops", fit.Message, StringComparison.Ordinal);
        var final = HuberSum(fit.Values, request.X, y);
        foreach (var (objective, point) in fit.LocalRuns)
        {
            Assert.Equal(Form.Parameters.Count, point.Length);
            // Each run's loss, recomputed from its point in the reported parametrisation (b, d1 rather than the
            // optimiser's B, δ): equal up to the rounding of that conversion (1e-9 relative is thousands of ulps).
            Assert.Equal(objective, HuberSum(point, request.X, y), objective * 1e-9);
            // The fit is the best run polished, and polishing only descends.
            Assert.True(final <= objective * (1 + 1e-12), $"final {final} above a run's {objective}");
        }
    }

    private static double HuberSum(IReadOnlyList<double> values, IReadOnlyList<double> x, double[] y)
    {
        const double delta = 1e-3;
        var sum = 0.0;
        for (var i = 0; i < x.Count; i++)
        {
            var r = Math.Abs(Form.Evaluate(values, x[i]) - y[i]);
            sum += r <= delta ? 0.5 * r * r : delta * (r - 0.5 * delta);
        }

        return sum;
    }

    [Fact]
    public void Fit_TooFewPoints_FailsWithReason()
    {
        var fit = Form.Fit(new FitRequest([1e19, 1e20, 1e21], [0.3, 0.4, 0.5]));
        Assert.False(fit.Converged);
        Assert.Contains("Needs more than 6 points", fit.Message, StringComparison.Ordinal);
    }
}
