namespace ScalingDashboard.Core.Validation;

/// <summary>Which role a point played in a holdout evaluation.</summary>
public enum PointSet
{
    /// <summary>Used to fit the curve.</summary>
    Train,

    /// <summary>Held out and predicted by the fitted curve.</summary>
    Validation,

    /// <summary>Neither: outside the train range, or left out by the form (missing value, below Qrandom + margin).</summary>
    Excluded,
}
