namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>
/// The forms fitted to the chance-normalised score Q' = (Q - Qrandom) / (1 - Qrandom): the log-accuracy power law
/// (OLS, Huber and with a ceiling) and the sigmoid. A Qrandom outside [0, 1) makes Q' meaningless, so each refuses
/// it the same way, here, before its own fit runs.
/// </summary>
public abstract class NormalisedScoreForm : FitForm
{
    private protected NormalisedScoreForm(string id, string displayName, string formula, IReadOnlyList<FitParameter> parameters)
        : base(id, displayName, formula, parameters, isInvertible: true)
    {
    }

    public sealed override FitResult Fit(FitRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return FailedFit.QRandomOutsideRange(this, request) ?? FitNormalised(request);
    }

    /// <summary>The form's own fit, for a request whose Qrandom lies in [0, 1).</summary>
    private protected abstract FitResult FitNormalised(FitRequest request);
}
