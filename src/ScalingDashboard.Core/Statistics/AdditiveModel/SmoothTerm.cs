namespace ScalingDashboard.Core.Statistics.AdditiveModel;

/// <summary>
/// One fitted smooth: <paramref name="Level"/> is the <c>By</c> level it belongs to (null without <c>By</c>),
/// <paramref name="Edf"/> its effective degrees of freedom, <paramref name="P"/> the approximate p-value of "no effect" (the Wald test of
/// Wood 2013 with its rank truncated to the rounded edf and an F reference, i.e. the integer-rank branch of mgcv's
/// <c>testStat</c>; mgcv's fractional-rank mixture is not implemented, so mid-range p-values may differ by up to ~2x),
/// <paramref name="Grid"/> the partial effect on an even grid over the level's x range (centred as mgcv centres it: the
/// term sums to zero over all fitted rows' x; with <c>By</c> every level's smooth too, as mgcv's by-factor smooths share
/// the constraint of the unsplit basis, so a level's effect need not average zero over its own rows) and <paramref name="Knots"/> the basis knots.
/// </summary>
public sealed record SmoothTerm(
    string? Level,
    double Edf,
    double P,
    IReadOnlyList<SmoothGridPoint> Grid,
    IReadOnlyList<double> Knots);
