using ScalingDashboard.Core.Fitting;

namespace ScalingDashboard.Core.Validation;

/// <summary>The outcome of <see cref="Bootstrap.Run"/>.</summary>
/// <param name="Fit">The fit on all request points (the centre of every band).</param>
/// <param name="Resamples">Resamples drawn.</param>
/// <param name="Converged">Resamples whose refit converged; only they enter the intervals.</param>
/// <param name="Confidence">Central coverage of every interval.</param>
/// <param name="Band">One entry per requested x, in request order (NaN intervals when the full fit or every refit failed).</param>
/// <param name="Parameters">Intervals of the fitted parameters at <paramref name="Confidence"/> (settings such as Qrandom are left out).</param>
/// <param name="Inverse">One entry per <see cref="BootstrapOptions.InvertAt"/> score, in order (empty when none asked).</param>
public sealed record BootstrapResult(
    FitResult Fit,
    int Resamples,
    int Converged,
    double Confidence,
    IReadOnlyList<BootstrapBandPoint> Band,
    IReadOnlyList<ParameterInterval> Parameters,
    IReadOnlyList<InverseInterval> Inverse)
{
    /// <summary>80% and 95% intervals of every fitted parameter, then of the form's derived quantities (<see cref="IDerivedQuantities"/>).</summary>
    public IReadOnlyList<ParameterRange> Intervals { get; init; } = [];
}
