namespace ScalingDashboard.Core.Fitting.Optimisation;

/// <summary>Huber loss: quadratic within ±delta, linear beyond, so a few outlying runs cannot drag a fit (seed 003 uses delta 1e-3).</summary>
internal static class HuberLoss
{
    public const double SeedDelta = 1e-3;

    public static double Value(double residual, double delta)
    {
        var a = Math.Abs(residual);
        return a <= delta ? 0.5 * residual * residual : delta * (a - 0.5 * delta);
    }

    /// <summary>d loss / d residual.</summary>
    public static double Derivative(double residual, double delta) => Math.Clamp(residual, -delta, delta);
}
