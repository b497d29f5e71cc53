namespace ScalingDashboard.Core.Fitting;

/// <summary>
/// Where a form that can be fitted either way minimises its error (issue 3: the sigmoid is fitted by OLS in logit
/// space or by least squares in score space, user's choice). Forms with a single method ignore it.
/// </summary>
public enum FitSpace
{
    /// <summary>Least squares on the scores themselves: errors weigh as users read them (default).</summary>
    Score,

    /// <summary>Closed-form OLS after linearising (e.g. logit of the normalised score): fast, no optimiser, but it
    /// overweights scores near chance and near 1.</summary>
    Linearised,
}
