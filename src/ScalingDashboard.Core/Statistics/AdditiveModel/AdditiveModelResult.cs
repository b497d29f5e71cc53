namespace ScalingDashboard.Core.Statistics.AdditiveModel;

/// <summary>
/// A fitted additive mixed model. When <see cref="Problem"/> is set nothing was fitted: the lists are empty and the
/// numbers NaN.
/// </summary>
/// <param name="Smooths">One smooth, or one per <c>By</c> level in order of first appearance.</param>
/// <param name="RandomEffectVariance">Variance of the random intercepts (scale / lambda); NaN without a random term.</param>
/// <param name="ResidualVariance">mgcv's scale estimate: (RSS + penalty) / (n - penalty null-space dimension).</param>
/// <param name="DevianceExplained">1 - RSS / total sum of squares about the mean.</param>
/// <param name="Intercept">The model intercept (with <c>By</c>: of the first level in order of appearance, whose fixed effect is zero).</param>
/// <param name="N">Rows fitted.</param>
/// <param name="LeftOut">Rows left out for a non-finite x or y or a missing group or by level.</param>
/// <param name="RemlScore">mgcv's REML score (minus the log restricted likelihood), comparable to <c>gam()$gcv.ubre</c>.</param>
/// <param name="Problem">Why nothing could be fitted, or null.</param>
/// <param name="Notes">Adjustments made on the way (e.g. fewer knots).</param>
/// <param name="PartialResiduals">Per fitted row: its smooth's partial effect plus its residual.</param>
/// <param name="FittedX">Per fitted row: the x of <see cref="PartialResiduals"/>.</param>
public sealed record AdditiveModelResult(
    IReadOnlyList<SmoothTerm> Smooths,
    double RandomEffectVariance,
    double ResidualVariance,
    double DevianceExplained,
    double Intercept,
    int N,
    int LeftOut,
    double RemlScore,
    string? Problem,
    IReadOnlyList<string> Notes,
    IReadOnlyList<double> PartialResiduals,
    IReadOnlyList<double> FittedX)
{
    /// <summary>The first smooth's effective degrees of freedom (NaN when nothing was fitted).</summary>
    public double Edf => Smooths.Count > 0 ? Smooths[0].Edf : double.NaN;

    /// <summary>The first smooth's p-value (NaN when nothing was fitted).</summary>
    public double SmoothP => Smooths.Count > 0 ? Smooths[0].P : double.NaN;

    /// <summary>The first smooth's partial-effect grid (empty when nothing was fitted).</summary>
    public IReadOnlyList<SmoothGridPoint> Grid => Smooths.Count > 0 ? Smooths[0].Grid : [];

    internal static AdditiveModelResult Failed(string problem, int n, int leftOut, IReadOnlyList<string> notes) =>
        new([], double.NaN, double.NaN, double.NaN, double.NaN, n, leftOut, double.NaN, problem, notes, [], []);
}
