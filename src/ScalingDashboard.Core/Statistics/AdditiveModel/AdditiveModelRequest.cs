namespace ScalingDashboard.Core.Statistics.AdditiveModel;

/// <summary>
/// A Gaussian additive mixed model <c>y ~ s(x, bs="cr", k=Knots) [+ s(g, bs="re")]</c>, or with <see cref="By"/>
/// <c>y ~ f + s(x, by=f, bs="cr", k=Knots) [+ s(g, bs="re")]</c>, fitted by REML as R's mgcv fits it.
/// </summary>
/// <param name="X">The smooth's predictor, already transformed by the caller (e.g. ln of parameters).</param>
/// <param name="Y">The response, already transformed (e.g. ln of a percent score).</param>
/// <param name="RandomGroups">A random intercept per level (mgcv's <c>s(g, bs="re")</c>); null for none.</param>
/// <param name="By">Null for one smooth; else one smooth per level plus a fixed effect per level.</param>
/// <param name="Knots">The basis dimension k (mgcv's default 10); reduced to the number of distinct x when larger.</param>
/// <param name="GridSize">Points of the reported partial-effect grid of each smooth.</param>
public sealed record AdditiveModelRequest(
    IReadOnlyList<double> X,
    IReadOnlyList<double> Y,
    IReadOnlyList<string>? RandomGroups = null,
    IReadOnlyList<string>? By = null,
    int Knots = 10,
    int GridSize = 100);
