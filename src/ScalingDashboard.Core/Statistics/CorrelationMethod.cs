namespace ScalingDashboard.Core.Statistics;

/// <summary>Pearson's linear correlation, or Spearman's rank correlation (Pearson on average ranks, ties sharing their mean rank).</summary>
public enum CorrelationMethod
{
    Pearson,
    Spearman,
}
