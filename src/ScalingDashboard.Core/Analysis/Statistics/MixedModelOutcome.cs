using ScalingDashboard.Core.Statistics.AdditiveModel;

namespace ScalingDashboard.Core.Analysis.Statistics;

/// <summary>
/// The additive mixed model as run: its formula in mgcv's notation (so it can be re-run in R), the fit, and the
/// predictor value of every row used (for the rug under the partial-effect plot).
/// </summary>
public sealed record MixedModelOutcome(string Formula, string XLabel, string YLabel, AdditiveModelResult Fit, IReadOnlyList<double> UsedX);
