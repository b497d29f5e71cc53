namespace ScalingDashboard.Core.Validation;

/// <summary>
/// P(success) = 1 / (1 + e^-(Intercept + Slope * u)) fitted by maximum likelihood; u is log10 of the threshold in a sweep.
/// </summary>
/// <param name="Intercept">Fitted intercept (NaN when separated).</param>
/// <param name="Slope">Fitted slope (NaN when separated).</param>
/// <param name="MidPoint">u where P = 0.5 (seed 003 Figure 10's dashed line).</param>
/// <param name="Separated">True when successes and failures do not overlap, so no finite maximum-likelihood fit exists;
/// <paramref name="MidPoint"/> is then halfway between the last failure and the first success.</param>
public sealed record LogisticFit(double Intercept, double Slope, double MidPoint, bool Separated)
{
    /// <summary>P(success) at u; a step at <see cref="MidPoint"/> when separated.</summary>
    public double Probability(double u) =>
        Separated ? (u >= MidPoint ? 1 : 0) : 1 / (1 + Math.Exp(-(Intercept + Slope * u)));
}
