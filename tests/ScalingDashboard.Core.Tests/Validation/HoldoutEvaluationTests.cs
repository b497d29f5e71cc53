using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Core.Tests.Validation;

public class HoldoutEvaluationTests
{
    private static readonly LogAccuracyPowerLawForm Form = new();

    [Fact]
    public void Evaluate_ExactCurve_ExtrapolatesWithZeroValidationError()
    {
        double[] truth = [5000, 0.18, 0.25];
        var x = Enumerable.Range(0, 30).Select(i => 1e18 * Math.Pow(1.5, i)).ToArray();
        var y = x.Select(c => Form.Evaluate(truth, c)).ToArray();

        var eval = HoldoutEvaluation.Evaluate(Form, new FitRequest(x, y) { QRandom = 0.25 }, HoldoutSplit.ByThreshold(6e21, 3e18));

        Assert.True(eval.Fit.Converged);
        Assert.True(eval.Validation.Count > 0);
        // Noise-free: validation errors are rounding only.
        Assert.True(eval.Validation.Mae < 1e-10, $"validation MAE {eval.Validation.Mae}");
        Assert.All(eval.Points.Where(p => p.X > 6e21), p => Assert.Equal(PointSet.Validation, p.Set));
        Assert.All(eval.Points.Where(p => p.X < 3e18), p => Assert.Equal(PointSet.Excluded, p.Set));
    }

    [Fact]
    public void Evaluate_TrainPointsBelowMargin_AreReportedAsExcluded()
    {
        var x = new[] { 1e18, 2e18, 4e18, 8e18, 1.6e19 };
        var y = new[] { 0.26, 0.40, 0.50, 0.60, 0.70 };

        var eval = HoldoutEvaluation.Evaluate(Form, new FitRequest(x, y) { QRandom = 0.25, Labels = ["a", "b", "c", "d", "e"] },
            HoldoutSplit.ByThreshold(1e19));

        Assert.Equal(
            [PointSet.Excluded, PointSet.Train, PointSet.Train, PointSet.Train, PointSet.Validation],
            eval.Points.Select(p => p.Set));
        Assert.Equal(3, eval.Train.Count);
        Assert.Equal(1, eval.Validation.Count);
        Assert.Equal("e", eval.Points[4].Label);
    }

    [Fact]
    public void Evaluate_FailedFit_GivesNaNPredictionsNotAnException()
    {
        var eval = HoldoutEvaluation.Evaluate(Form, new FitRequest([1e18, 1e22], [0.5, 0.6]), HoldoutSplit.ByThreshold(6e21));

        Assert.False(eval.Fit.Converged);
        Assert.True(double.IsNaN(eval.Points[1].Predicted));
        Assert.Equal(0, eval.Validation.Count);
    }
}
