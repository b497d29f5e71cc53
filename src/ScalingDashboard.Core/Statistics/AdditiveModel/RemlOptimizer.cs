using MathNet.Numerics.LinearAlgebra;

namespace ScalingDashboard.Core.Statistics.AdditiveModel;

/// <summary>
/// Minimises the profiled REML score over the log smoothing parameters by Newton's method with an exact Hessian
/// (made positive definite through its eigenvalues where it is not, as mgcv does) and step halving. The log smoothing
/// parameters are kept within ±<see cref="Bound"/> of their start, far beyond where the fit changes (a smooth
/// there is a straight line or an unpenalised spline).
/// </summary>
internal static class RemlOptimizer
{
    private const double Bound = 25;
    private const int MaxIterations = 200;

    public static (RemlState State, bool Converged) Minimise(PenalizedDesign design, int n, CancellationToken cancellationToken)
    {
        var start = design.Penalties.Select(p => Math.Log(StartingLambda(design, p))).ToArray();
        var state = new RemlState(design, n, start);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!double.IsFinite(state.Score) || state.Gradient.Any(g => !double.IsFinite(g)) || state.Hessian.Enumerate().Any(h => !double.IsFinite(h)))
            {
                // A zero residual variance (y fitted exactly) makes the REML criterion -inf and its derivatives NaN.
                throw new ArithmeticException("The REML criterion or its derivatives are not finite.");
            }

            var step = NewtonStep(state);
            var next = TryStep(design, n, state, step, start);
            if (next is null || Math.Abs(state.Score - next.Score) < 1e-12 * (1 + Math.Abs(state.Score)))
            {
                var atOptimum = next ?? state;
                return (atOptimum, IsStationary(atOptimum, start));
            }

            state = next;
            if (IsStationary(state, start) && step.AbsoluteMaximum() < 1e-6)
            {
                return (state, true);
            }
        }

        return (state, IsStationary(state, start));
    }

    /// <summary>Balances the penalty against the data: λ = mean diagonal of the block's X'X over S's.</summary>
    private static double StartingLambda(PenalizedDesign design, PenaltyBlock block)
    {
        var data = Enumerable.Range(block.Offset, block.Size).Average(i => design.CrossProduct[i, i]);
        var penalty = Enumerable.Range(0, block.Size).Average(i => block.S[i, i]);
        return Math.Max(data, 1e-8) / Math.Max(penalty, 1e-12);
    }

    private static Vector<double> NewtonStep(RemlState state)
    {
        var evd = state.Hessian.Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(e => Math.Abs(e.Real)).ToArray();
        var floor = Math.Max(values.Max() * 1e-7, 1e-10);
        var gradient = Vector<double>.Build.DenseOfArray(state.Gradient);
        var rotated = evd.EigenVectors.TransposeThisAndMultiply(gradient);
        for (var i = 0; i < values.Length; i++)
        {
            rotated[i] /= Math.Max(values[i], floor);
        }

        var step = -(evd.EigenVectors * rotated);
        var longest = step.AbsoluteMaximum();
        return longest > 5 ? step * (5 / longest) : step;
    }

    private static RemlState? TryStep(PenalizedDesign design, int n, RemlState state, Vector<double> step, double[] start)
    {
        for (var halving = 0; halving < 30; halving++)
        {
            var rho = state.Rho.Select((r, j) => Math.Clamp(r + step[j], start[j] - Bound, start[j] + Bound)).ToArray();
            var trial = new RemlState(design, n, rho);
            if (trial.Score <= state.Score)
            {
                return trial;
            }

            step /= 2;
        }

        return null;
    }

    /// <summary>Zero gradient, or a parameter at its bound with the gradient pushing outward.</summary>
    private static bool IsStationary(RemlState state, double[] start)
    {
        for (var j = 0; j < state.Rho.Length; j++)
        {
            var atUpper = state.Rho[j] >= start[j] + Bound - 1e-9 && state.Gradient[j] < 0;
            var atLower = state.Rho[j] <= start[j] - Bound + 1e-9 && state.Gradient[j] > 0;
            if (!atUpper && !atLower && Math.Abs(state.Gradient[j]) > 1e-4)
            {
                return false;
            }
        }

        return true;
    }
}
