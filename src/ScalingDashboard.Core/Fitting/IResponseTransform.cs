namespace ScalingDashboard.Core.Fitting;

/// <summary>
/// Implemented by forms whose fit works on a transformed y (e.g. ln(-ln Q') for the power law): the space where the
/// form's residuals are roughly homoscedastic and symmetric. Bootstrap bands are taken there and mapped back, so they
/// keep the curve's range (above Qrandom, below 1) and stay valid on log axes. Forms without it work on y itself.
/// </summary>
public interface IResponseTransform
{
    /// <summary>v for y; NaN where y is outside the form's range. Settings (e.g. Qrandom) are read from <paramref name="parameters"/>.</summary>
    double ToFitSpace(IReadOnlyList<double> parameters, double y);

    /// <summary>The inverse of <see cref="ToFitSpace"/> (may be decreasing).</summary>
    double FromFitSpace(IReadOnlyList<double> parameters, double v);
}
