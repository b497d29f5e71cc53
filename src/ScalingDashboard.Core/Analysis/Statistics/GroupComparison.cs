using ScalingDashboard.Core.Statistics;

namespace ScalingDashboard.Core.Analysis.Statistics;

/// <summary>One benchmark compared across the groups: the ANOVA, and Tukey HSD over every pair.</summary>
/// <param name="Significant">The ANOVA's p is below 1 - confidence, so the pairwise differences are worth reading.</param>
/// <param name="LeftOut">Rows of the table not compared: no group (outside every bracket, an empty cell) or no score.</param>
public sealed record GroupComparison(string Benchmark, AnovaResult Anova, TukeyResult Tukey, bool Significant, int LeftOut);
