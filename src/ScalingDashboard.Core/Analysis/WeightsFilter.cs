namespace ScalingDashboard.Core.Analysis;

/// <summary>Which models to keep by whether their size is public (open weights) or not.</summary>
public enum WeightsFilter
{
    All,

    /// <summary>Models with a parameter count.</summary>
    Open,

    /// <summary>Models without a parameter count (closed weights).</summary>
    Closed,
}
