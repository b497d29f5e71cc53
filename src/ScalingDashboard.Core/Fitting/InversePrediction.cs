using MathNet.Numerics.Distributions;
using ScalingDashboard.Core.Fitting.Forms;

namespace ScalingDashboard.Core.Fitting;

/// <summary>
/// The x a fitted log-linear line implies for an observed score, with an interval (seed 000: reading closed models'
/// sizes off a line fitted to open ones).
/// </summary>
/// <param name="X">Point estimate, 10^((y - a) / b).</param>
/// <param name="Lower">Lower end of the interval.</param>
/// <param name="Upper">Upper end of the interval.</param>
/// <param name="Confidence">Nominal coverage, e.g. 0.95.</param>
/// <remarks>
/// Classical calibration by the delta method: with u = log10 x, Var(û0) ≈ (s / b)² (1 + 1/n + (û0 - ū)² / Suu), where the
/// leading 1 is the observed score's own scatter about the line (the new model is one more noisy point), and the
/// interval is û0 ± t(n-2) · SE mapped through 10^u, so it is asymmetric in x and valid on log axes. Fieller's exact
/// interval differs only when the slope is barely significant, in which case this one is too narrow.
/// </remarks>
public sealed record InversePrediction(double X, double Lower, double Upper, double Confidence)
{
    /// <summary>Inverts a converged <see cref="LogLinearForm"/> fit at score <paramref name="y"/>; null when impossible.</summary>
    public static InversePrediction? FromLogLinear(FitResult fit, double y, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(confidence, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(confidence, 1);
        if (!fit.Converged || fit.Linear is not { } line || line.Slope == 0 || !double.IsFinite(y))
        {
            return null;
        }

        var u0 = (y - line.Intercept) / line.Slope;
        if (line.Count < 3)
        {
            return new InversePrediction(Math.Pow(10, u0), double.NaN, double.NaN, confidence);
        }

        var du = u0 - line.MeanU;
        var se = line.ResidualStandardError / Math.Abs(line.Slope) * Math.Sqrt(1 + 1.0 / line.Count + du * du / line.Suu);
        var t = StudentT.InvCDF(0, 1, line.Count - 2, 0.5 + confidence / 2);
        return new InversePrediction(Math.Pow(10, u0), Math.Pow(10, u0 - t * se), Math.Pow(10, u0 + t * se), confidence);
    }
}
