namespace ScalingDashboard.Core.Fitting;

/// <summary>One input point with the fitted curve's prediction at it.</summary>
/// <param name="Index">Position in the request's arrays.</param>
/// <param name="X">Input x.</param>
/// <param name="Y">Observed y.</param>
/// <param name="Predicted">Curve value at x (NaN where the curve is undefined, e.g. x &lt;= 0 under a log).</param>
/// <param name="UsedInFit">False when the form left the point out (missing value, below the margin, outside the log domain).</param>
/// <param name="Label">Row label from the request, if any.</param>
public sealed record FitPoint(int Index, double X, double Y, double Predicted, bool UsedInFit, string? Label = null)
{
    /// <summary>Observed minus predicted.</summary>
    public double Residual => Y - Predicted;
}
