using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Web.Components.Pages.Explorer.Analysis;

/// <summary>
/// One form fitted to one benchmark with the holdout split applied: the evaluation, or why there is none, and the
/// fitted curve sampled on a log grid (x, predicted score) for drawing.
/// </summary>
public sealed record BenchmarkFit(
    string Benchmark,
    IFitForm Form,
    HoldoutEvaluation? Evaluation,
    string? Failure,
    IReadOnlyList<double> CurveX,
    IReadOnlyList<double> CurveY,
    double FittedMaxX)
{
    public bool Succeeded => Evaluation is { Fit.Converged: true };

    /// <summary>Seeded bootstrap of the fit (when the view asks for it): bands at <see cref="CurveX"/>.</summary>
    public BootstrapResult? Bootstrap { get; init; }

    /// <summary>Why the fit has no usable result, in words; null when it succeeded.</summary>
    public string? Problem => Failure ?? (Evaluation is { Fit: { Converged: false } fit } ? fit.Message : null);
}
