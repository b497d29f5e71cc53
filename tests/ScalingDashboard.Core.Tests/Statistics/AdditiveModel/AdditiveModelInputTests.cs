using ScalingDashboard.Core.Statistics.AdditiveModel;
using Gam = ScalingDashboard.Core.Statistics.AdditiveModel.AdditiveModel;

namespace ScalingDashboard.Core.Tests.Statistics.AdditiveModel;

/// <summary>Bad or thin input ends in a Problem or a Note, never an exception.</summary>
public class AdditiveModelInputTests
{
    // A gentle curve on 40 rows with 8 distinct x values: enough for a smooth with k reduced to 8.
    private static readonly double[] EightLevelsX = Enumerable.Range(0, 40).Select(i => (double)(i % 8)).ToArray();
    private static readonly double[] CurveY = EightLevelsX.Select((x, i) => Math.Sqrt(x) + (0.1 * Math.Sin(i * 1.7))).ToArray();

    [Fact]
    public void Fit_TwoDistinctX_ReportsProblem()
    {
        var x = Enumerable.Range(0, 20).Select(i => (double)(i % 2)).ToArray();

        var result = Gam.Fit(new AdditiveModelRequest(x, x.Select((v, i) => v + i).ToArray()));

        Assert.Equal("needs at least 3 distinct x values for a smooth; found 2.", result.Problem);
        Assert.Empty(result.Smooths);
        Assert.True(double.IsNaN(result.Edf));
    }

    [Fact]
    public void Fit_AsManyRowsAsCoefficients_ReportsProblem()
    {
        // Four distinct x: k drops to 4, so intercept plus 3 smooth coefficients = 4 = the number of rows.
        double[] x = [1, 2, 3, 4];

        var result = Gam.Fit(new AdditiveModelRequest(x, [0.3, 0.1, 0.4, 0.2], RandomGroups: ["a", "a", "b", "b"]));

        Assert.StartsWith("4 rows are too few for 4 spline coefficients", result.Problem);
    }

    [Fact]
    public void Fit_YAnExactLineOfX_ReportsProblemRatherThanThrowing()
    {
        var x = Enumerable.Range(1, 30).Select(i => (double)i).ToArray();
        var groups = x.Select(v => ((int)v % 3).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var result = Gam.Fit(new AdditiveModelRequest(x, x.Select(v => 2 * v).ToArray(), RandomGroups: groups));

        Assert.StartsWith("the fit broke down numerically: y is (almost) an exact function of x", result.Problem);
    }

    [Fact]
    public void Fit_ConstantY_ReportsProblem()
    {
        var result = Gam.Fit(new AdditiveModelRequest(EightLevelsX, EightLevelsX.Select(_ => 3.0).ToArray()));

        Assert.StartsWith("y is constant", result.Problem);
    }

    [Fact]
    public void Fit_FewerDistinctXThanKnots_ReducesKnotsWithNote()
    {
        var result = Gam.Fit(new AdditiveModelRequest(EightLevelsX, CurveY));

        Assert.Null(result.Problem);
        Assert.Contains("k reduced from 10 to 8, the number of distinct x values.", result.Notes);
        Assert.Equal(8, result.Smooths[0].Knots.Count);
        Assert.True(double.IsNaN(result.RandomEffectVariance));
    }

    [Fact]
    public void Fit_NonFiniteAndMissingGroup_LeftOutAndCounted()
    {
        var x = EightLevelsX.Append(double.NaN).Append(1).Append(2).ToArray();
        var y = CurveY.Append(1).Append(double.PositiveInfinity).Append(1).ToArray();
        var groups = x.Select((_, i) => i == x.Length - 1 ? "" : $"g{i % 4}").ToArray();

        var result = Gam.Fit(new AdditiveModelRequest(x, y, groups));

        Assert.Null(result.Problem);
        Assert.Equal(40, result.N);
        Assert.Equal(3, result.LeftOut);
    }

    [Fact]
    public void Fit_GroupWithSingleRow_FitsWithNote()
    {
        var groups = EightLevelsX.Select((_, i) => i == 0 ? "alone" : $"g{i % 3}").ToArray();

        var result = Gam.Fit(new AdditiveModelRequest(EightLevelsX, CurveY, groups));

        Assert.Null(result.Problem);
        Assert.Contains("1 of 4 random-effect levels have a single row; their intercepts are shrunk strongly.", result.Notes);
    }

    [Fact]
    public void Fit_LengthsDiffer_ReportsProblem()
    {
        var result = Gam.Fit(new AdditiveModelRequest(EightLevelsX, CurveY.Take(10).ToArray()));

        Assert.Equal("X, Y, RandomGroups and By must have one entry per row; their lengths differ.", result.Problem);
    }

    [Fact]
    public void Fit_CancelledToken_ThrowsOperationCanceled()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Gam.Fit(new AdditiveModelRequest(EightLevelsX, CurveY), source.Token));
    }
}
