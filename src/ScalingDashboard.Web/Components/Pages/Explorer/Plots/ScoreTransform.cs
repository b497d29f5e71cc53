namespace ScalingDashboard.Web.Components.Pages.Explorer.Plots;

/// <summary>Maps a raw score to the y scale chosen for the scaling plot; NaN where the scale cannot show it.</summary>
public static class ScoreTransform
{
    public static double Apply(double score, double qrandom, YScale scale)
    {
        var normalised = (score - qrandom) / (1 - qrandom);
        return scale switch
        {
            YScale.Accuracy => score,
            YScale.Normalised => normalised,
            _ => normalised is > 0 and < 1 ? -Math.Log(normalised) : double.NaN,
        };
    }

    public static string AxisTitle(string benchmark, YScale scale) => scale switch
    {
        YScale.Accuracy => $"{benchmark} (fraction correct)",
        YScale.Normalised => $"{benchmark}, Q' = (Q - Qrandom)/(1 - Qrandom)",
        _ => $"-ln Q' for {benchmark} (log scale)",
    };
}
