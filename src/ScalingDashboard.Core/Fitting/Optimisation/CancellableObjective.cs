using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace ScalingDashboard.Core.Fitting.Optimisation;

/// <summary>
/// MathNet's objectives with the fit's cancellation token checked at every evaluation, so a fit that is no longer
/// wanted stops inside the optimiser's loop rather than after it. A check is one volatile read: next to an evaluation
/// over the data it costs nothing measurable, so there is no need to check only every N evaluations.
/// </summary>
internal static class CancellableObjective
{
    /// <summary>A loss with its gradient (for bounded BFGS).</summary>
    public static IObjectiveFunction Gradient(Func<Vector<double>, (double, Vector<double>)> function, CancellationToken cancellationToken) =>
        ObjectiveFunction.Gradient(p =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return function(p);
        });

    /// <summary>A least-squares model with its Jacobian (for Levenberg-Marquardt).</summary>
    public static IObjectiveModel NonlinearModel(
        Func<Vector<double>, Vector<double>, Vector<double>> function,
        Func<Vector<double>, Vector<double>, Matrix<double>> derivatives,
        Vector<double> observedX,
        Vector<double> observedY,
        CancellationToken cancellationToken) =>
        ObjectiveFunction.NonlinearModel(
            (p, x) =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return function(p, x);
            },
            (p, x) =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return derivatives(p, x);
            },
            observedX,
            observedY);
}
