namespace ScalingDashboard.Core.Analysis;

/// <summary>
/// Which runs validate the fit: those above <see cref="Threshold"/> on x (the seed's "fit on C &lt;= 6e21, validate
/// above"), or those a <see cref="Condition"/> picks on any columns (it wins when it parses; a broken condition is
/// reported and the threshold applies). Neither: every run is fitted. Training uses x &gt;= <see cref="TrainMin"/>.
/// </summary>
public sealed record HoldoutRule
{
    private readonly double? _threshold;
    private readonly double? _trainMin;

    public static HoldoutRule None { get; } = new();

    /// <summary>Fit on x &lt;= threshold, validate above; a finite number.</summary>
    public double? Threshold
    {
        get => _threshold;
        init => _threshold = Finite(value, nameof(Threshold));
    }

    /// <summary>A <see cref="Validation.RowCondition"/> in text, e.g. "flops &gt; 6e21 or tpr = 160".</summary>
    public string? Condition { get; init; }

    /// <summary>Lower end of the fitting range on x (the seed fits 3e18 &lt;= C); a finite number.</summary>
    public double? TrainMin
    {
        get => _trainMin;
        init => _trainMin = Finite(value, nameof(TrainMin));
    }

    private static double? Finite(double? value, string name) =>
        value is { } v && !double.IsFinite(v) ? throw new ArgumentOutOfRangeException(name, v, "Must be a finite number.") : value;
}
