using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace ScalingDashboard.Core.Fitting.Optimisation;

/// <summary>
/// Bounded BFGS from a grid of starts, keeping the lowest loss: the Huber fits of seed 003 Appendix M all search this
/// way, because their losses have flat regions and local minima a single start can stall in.
/// </summary>
internal static class MultiStartBfgs
{
    /// <summary>
    /// The run with the lowest final loss, the earliest start winning ties; null when every start failed.
    /// Starts are enumerated lazily, in order, so the result depends only on their sequence. The token is checked
    /// before every start; the objective checks it inside each run (<see cref="CancellableObjective"/>).
    /// </summary>
    /// <param name="ends">Told every run's final loss and point, in start order (a failed run as +infinity and its start),
    /// for the fit's diagnostics.</param>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static MinimizationResult? Minimise(BfgsBMinimizer minimizer, IObjectiveFunction objective, Vector<double> lower,
        Vector<double> upper, IEnumerable<Vector<double>> starts, CancellationToken cancellationToken,
        List<(double Loss, double[] Point)>? ends = null)
    {
        MinimizationResult? best = null;
        var bestLoss = double.PositiveInfinity;
        foreach (var start in starts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var result = minimizer.FindMinimum(objective, lower, upper, start);
                ends?.Add((result.FunctionInfoAtMinimum.Value, result.MinimizingPoint.ToArray()));
                if (result.FunctionInfoAtMinimum.Value < bestLoss)
                {
                    bestLoss = result.FunctionInfoAtMinimum.Value;
                    best = result;
                }
            }
            catch (Exception ex) when (ex is MaximumIterationsException or InnerOptimizationException or EvaluationException)
            {
                // MathNet may wrap what the objective threw: a cancelled run must still end as cancelled.
                cancellationToken.ThrowIfCancellationRequested();
                ends?.Add((double.PositiveInfinity, start.ToArray()));
                // A start that fails is simply not a candidate; the grid exists for this.
            }
        }

        return best;
    }
}
