using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using ScalingDashboard.Core.Fitting.Optimisation;

namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>
/// Two-stage with a logistic second stage, <c>score = a / (1 + e^(-k (L - L0))) + b</c> (seed 003 section 4.3),
/// fitted by Levenberg-Marquardt least squares from a few starts (k negative: lower loss, higher score).
/// </summary>
public sealed class TwoStageLogisticForm : TwoStageForm
{
    public const string FormId = "two-stage-logistic";

    private static readonly FitParameter[] Stage2Parameters =
    [
        FitParameter.Free("a", "Stage 2: height of the logistic step"),
        FitParameter.Free("b", "Stage 2: score floor"),
        FitParameter.Free("k", "Stage 2: steepness in L (negative)"),
        FitParameter.Free("L0", "Stage 2: loss at the step's midpoint"),
    ];

    public TwoStageLogisticForm()
        : base(FormId, "Two-stage, logistic", "score = a / (1 + e^(-k (L - L0))) + b", Stage2Parameters)
    {
    }

    private protected override double Stage2(IReadOnlyList<double> parameters, double loss) =>
        Step(parameters[2], parameters[3], parameters[4], parameters[5], loss);

    private protected override Stage2Fit? FitStage2(
        List<double> losses, List<double> scores, CancellationToken cancellationToken)
    {
        var l = Vector<double>.Build.Dense(losses.ToArray());
        var y = Vector<double>.Build.Dense(scores.ToArray());
        static Matrix<double> Jacobian(Vector<double> p, Vector<double> t)
        {
            var jacobian = Matrix<double>.Build.Dense(t.Count, 4);
            for (var i = 0; i < t.Count; i++)
            {
                var s = Logistic(p[2] * (t[i] - p[3]));
                var ds = s * (1 - s);
                jacobian[i, 0] = s;
                jacobian[i, 1] = 1;
                jacobian[i, 2] = p[0] * ds * (t[i] - p[3]);
                jacobian[i, 3] = -p[0] * ds * p[2];
            }

            return jacobian;
        }

        var model = CancellableObjective.NonlinearModel((p, t) => t.Map(ti => Step(p[0], p[1], p[2], p[3], ti)), Jacobian, l, y, cancellationToken);
        var ends = new List<(double Loss, double[] Values)>();
        var minimizer = new LevenbergMarquardtMinimizer(gradientTolerance: 1e-14, stepTolerance: 1e-14, functionTolerance: 1e-16, maximumIterations: 2000);
        var (lo, hi) = (losses.Min(), losses.Max());
        var span = Math.Max(hi - lo, 1e-9);
        var (yLo, yHi) = (scores.Min(), scores.Max());
        NonlinearMinimizationResult? best = null;
        var bestSse = double.PositiveInfinity;
        // Midpoint inside, below and above the observed losses; steepness from a few units per loss range.
        foreach (var midpoint in (double[])[lo + span / 2, lo, hi, lo - span])
        {
            foreach (var steepness in (double[])[-4 / span, -12 / span])
            {
                double[] start = [Math.Max(yHi - yLo, 0.01) * 1.2, yLo - 0.05, steepness, midpoint];
                try
                {
                    var result = minimizer.FindMinimum(model, Vector<double>.Build.Dense(start));
                    ends.Add((result.MinimizingPoint.All(double.IsFinite) ? result.ModelInfoAtMinimum.Value : double.PositiveInfinity, result.MinimizingPoint.ToArray()));
                    if (result.ModelInfoAtMinimum.Value < bestSse && result.MinimizingPoint.All(double.IsFinite))
                    {
                        bestSse = result.ModelInfoAtMinimum.Value;
                        best = result;
                    }
                }
                catch (MaximumIterationsException)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    ends.Add((double.PositiveInfinity, start));
                    // A start that does not converge is not a candidate; the others are.
                }
            }
        }

        if (best is null)
        {
            return null;
        }

        var p = best.MinimizingPoint;
        var cov = best.Covariance;
        double? Se(int j) => cov is not null && double.IsFinite(cov[j, j]) && cov[j, j] >= 0 ? Math.Sqrt(cov[j, j]) : null;
        var jacobian = Jacobian(p, l);
        return new Stage2Fit([new("a", p[0], Se(0)), new("b", p[1], Se(1)), new("k", p[2], Se(2)), new("L0", p[3], Se(3))],
            $"Levenberg-Marquardt in score space over {losses.Count} points: {best.ReasonForExit} after {best.Iterations} iterations.",
            ends,
            // Stage 2 alone, on the observed losses: stage 1's w and b0 are pinned by their own straight line.
            TradeOffs.OfInformation(["a", "b", "k", "L0"], jacobian.TransposeThisAndMultiply(jacobian)));
    }

    private static double Step(double a, double b, double k, double l0, double loss) => a * Logistic(k * (loss - l0)) + b;

    private static double Logistic(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
}
