using MathNet.Numerics.Distributions;
using ScalingDashboard.Core.Statistics.AdditiveModel;
using Gam = ScalingDashboard.Core.Statistics.AdditiveModel.AdditiveModel;

namespace ScalingDashboard.Core.Tests.Statistics.AdditiveModel;

/// <summary>
/// Seeded simulation with a known truth: y = sin(x) + u_g + e, x ~ U(0, 2π), 20 groups with u_g ~ N(0, 0.5²),
/// e ~ N(0, 0.3²), 2,000 rows.
/// </summary>
public class AdditiveModelKnownAnswerTests
{
    private const int Rows = 2000;
    private const int Groups = 20;

    [Fact]
    public void Fit_SineWithGroupEffects_RecoversCentredSine()
    {
        var (x, y, g) = Simulate(seed: 7);
        var meanSine = x.Average(Math.Sin);

        var result = Gam.Fit(new AdditiveModelRequest(x, y, g));

        // The smooth is centred over the fitted x, so the truth is sin(x) minus its mean there. Its pointwise se here
        // is about 0.3·sqrt(edf/n) ≈ 0.02; 4 se at every one of 100 points leaves room for the small smoothing bias at
        // the peaks, and 0.08 caps it absolutely.
        Assert.Null(result.Problem);
        Assert.Equal(100, result.Grid.Count);
        foreach (var point in result.Grid)
        {
            var truth = Math.Sin(point.X) - meanSine;
            Assert.True(Math.Abs(point.Fit - truth) <= Math.Min(4 * point.Se, 0.08), $"at x={point.X}: {point.Fit} vs {truth} (se {point.Se})");
        }
    }

    [Fact]
    public void Fit_SineWithGroupEffects_VariancesWithinSamplingError()
    {
        var (x, y, g) = Simulate(seed: 7);

        var result = Gam.Fit(new AdditiveModelRequest(x, y, g));

        // Residual variance: sd of s² is 0.09·sqrt(2/n) ≈ 0.0028, so 3 sd ≈ 0.0085.
        Assert.Equal(0.09, result.ResidualVariance, 0.0085);

        // Random-effect variance from 20 groups: sd of the estimate ≈ 0.25·sqrt(2/19) ≈ 0.081; 3 sd ≈ 0.24.
        Assert.Equal(0.25, result.RandomEffectVariance, 0.24);

        // sin over a full period has edf well above linear but below the k-1 = 9 ceiling.
        Assert.InRange(result.Edf, 3, 9);
        Assert.True(result.SmoothP < 1e-10, $"p = {result.SmoothP}");
        Assert.Equal(Rows, result.PartialResiduals.Count);
    }

    private static (double[] X, double[] Y, string[] G) Simulate(int seed)
    {
        var random = new Random(seed);
        var effects = Enumerable.Range(0, Groups).Select(_ => Normal.Sample(random, 0, 0.5)).ToArray();
        var x = new double[Rows];
        var y = new double[Rows];
        var g = new string[Rows];
        for (var i = 0; i < Rows; i++)
        {
            var group = random.Next(Groups);
            x[i] = random.NextDouble() * 2 * Math.PI;
            y[i] = Math.Sin(x[i]) + effects[group] + Normal.Sample(random, 0, 0.3);
            g[i] = $"g{group}";
        }

        return (x, y, g);
    }
}
