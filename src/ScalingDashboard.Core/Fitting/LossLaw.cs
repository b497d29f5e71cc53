using ScalingDashboard.Core.Fitting.Forms;

namespace ScalingDashboard.Core.Fitting;

/// <summary>
/// A loss law <c>L(N, D) = E + A / N^alpha + B / D^beta</c> with its five numbers, as the
/// <see cref="LossParamsTokensForm"/> fits it or as a paper publishes it (<see cref="Hoffmann2022"/>).
/// </summary>
public sealed record LossLaw(double A, double B, double E, double Alpha, double Beta)
{
    /// <summary>Hoffmann et al. (2022), approach 3 (section 3.3, Eq 10): E 1.69, A 406.4, B 410.7, alpha 0.34, beta 0.28.</summary>
    public static LossLaw Hoffmann2022 { get; } = new(406.4, 410.7, 1.69, 0.34, 0.28);

    /// <summary>The law in a converged <see cref="LossParamsTokensForm"/> fit.</summary>
    /// <exception cref="ArgumentException">When the fit is of another form or did not converge.</exception>
    public static LossLaw FromFit(FitResult fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        if (fit.FormId != LossParamsTokensForm.FormId || !fit.Converged)
        {
            throw new ArgumentException($"A loss law needs a converged '{LossParamsTokensForm.FormId}' fit; got '{fit.FormId}'.", nameof(fit));
        }

        return new LossLaw(fit.Parameter("A").Value, fit.Parameter("B").Value, fit.Parameter("E").Value,
            fit.Parameter("alpha").Value, fit.Parameter("beta").Value);
    }

    /// <summary>
    /// Whether the loss along C = 6ND has an interior minimum, so <see cref="ComputeOptimal.At"/> has an answer: A, B,
    /// alpha and beta positive and finite (a fit with an exponent on its bound at 0 has none).
    /// </summary>
    public bool HasAllocation => A > 0 && B > 0 && Alpha > 0 && Beta > 0 && double.IsFinite(A + B + Alpha + Beta);

    /// <summary>The parameter vector in <see cref="LossParamsTokensForm"/> order (A, B, E, alpha, beta).</summary>
    public IReadOnlyList<double> Values => [A, B, E, Alpha, Beta];

    /// <summary>The predicted loss at <paramref name="parameters"/> N and <paramref name="tokens"/> D; NaN unless both are positive.</summary>
    public double Loss(double parameters, double tokens) => LossParamsTokensForm.Loss(A, B, E, Alpha, Beta, parameters, tokens);
}
