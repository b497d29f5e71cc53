using MathNet.Numerics.LinearAlgebra;

namespace ScalingDashboard.Core.Fitting.Optimisation;

/// <summary>
/// Remembers the lowest-loss point an optimiser evaluated. MathNet's minimisers throw when they hit their iteration
/// cap and discard where they were; a short exploratory run from many starts needs that point, so the objective
/// reports every evaluation here.
/// </summary>
internal sealed class BestPointTracker
{
    public double Loss { get; private set; } = double.PositiveInfinity;

    public double[]? Point { get; private set; }

    /// <summary>Passes the evaluation through, keeping a copy of <paramref name="p"/> if it is the best so far.</summary>
    public (double, Vector<double>) Observe(Vector<double> p, (double Loss, Vector<double> Gradient) value)
    {
        if (value.Loss < Loss)
        {
            Loss = value.Loss;
            Point = p.ToArray();
        }

        return value;
    }
}
