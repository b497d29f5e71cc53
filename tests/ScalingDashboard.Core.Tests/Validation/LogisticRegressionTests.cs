using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Core.Tests.Validation;

public class LogisticRegressionTests
{
    [Fact]
    public void Fit_MixedOutcomes_FindsTheMaximumLikelihoodLine()
    {
        double[] u = [1, 2, 3, 4, 5, 6, 7, 8];
        bool[] y = [false, false, true, false, true, false, true, true];

        var fit = LogisticRegression.Fit(u, y)!;

        Assert.False(fit.Separated);
        // The outcome pattern is antisymmetric about 4.5, so the 50% point is exactly 4.5.
        Assert.Equal(4.5, fit.MidPoint, 1e-9);
        // Values from an independent Newton iteration in Python; 1e-6 covers its printed precision.
        Assert.Equal(-2.673380, fit.Intercept, 1e-6);
        Assert.Equal(0.594084, fit.Slope, 1e-6);
        // Score equations: at the MLE the residuals sum to zero and are orthogonal to u.
        var residuals = u.Select((x, i) => (y[i] ? 1 : 0) - fit.Probability(x)).ToArray();
        Assert.Equal(0, residuals.Sum(), 1e-9);
        Assert.Equal(0, residuals.Select((r, i) => r * u[i]).Sum(), 1e-9);
    }

    [Fact]
    public void Fit_SeparatedOutcomes_GiveTheMidpointOfTheGap()
    {
        var fit = LogisticRegression.Fit([19.8, 20.2, 20.6, 21.0], [false, false, true, true])!;

        Assert.True(fit.Separated);
        Assert.Equal(20.4, fit.MidPoint, 1e-12);
        Assert.Equal(1, fit.Probability(20.5));
    }

    [Fact]
    public void Fit_AllSuccesses_HaveNoTransition()
    {
        Assert.Null(LogisticRegression.Fit([1.0, 2.0], [true, true]));
    }
}
