namespace ScalingDashboard.Core.Validation;

/// <summary>Bootstrap intervals at one x.</summary>
/// <param name="X">Where.</param>
/// <param name="Predicted">The full-data fit's value.</param>
/// <param name="Lower">Lower end of the percentile interval of the fitted curve (uncertainty of the law itself).</param>
/// <param name="Upper">Upper end of that interval.</param>
/// <param name="PredictionLower">Lower end of the interval for a new observation at x: each resampled curve plus a
/// residual drawn from the full fit's residuals, in the fit's space. This is what a held-out point should fall in.</param>
/// <param name="PredictionUpper">Upper end of that interval.</param>
public sealed record BootstrapBandPoint(double X, double Predicted, double Lower, double Upper, double PredictionLower, double PredictionUpper)
{
    /// <summary>True when <paramref name="y"/> lies in the prediction interval.</summary>
    public bool Covers(double y) => y >= PredictionLower && y <= PredictionUpper;
}
