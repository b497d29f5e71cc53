using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Core.Analysis;

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

    /// <summary>The split's description ("train x &lt;= 6E+21, validate x &gt; 6E+21"); null when there was no split.</summary>
    public string? Split { get; init; }

    /// <summary>Seeded bootstrap of the fit, when the analysis asks for it.</summary>
    public FitBands? Bands { get; init; }

    /// <summary>x read off the fit for each of the analysis's <see cref="AnalysisSpec.Invert"/> scores.</summary>
    public IReadOnlyList<InverseInterval> Inverse { get; init; } = [];

    /// <summary>Rows this form could not take (a missing or non-positive second input), counted.</summary>
    public string? LeftOut { get; init; }

    /// <summary>Why the fit has no usable result, in words; null when it succeeded.</summary>
    public string? Problem => Failure ?? (Evaluation is { Fit: { Converged: false } fit } ? fit.Message : null);
}
