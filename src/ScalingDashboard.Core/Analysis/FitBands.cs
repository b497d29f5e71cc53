using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Core.Analysis;

/// <summary>
/// A bootstrap of one fit with its band positions laid out in one list: the drawn curve's x values, then a
/// <see cref="GridPoints"/>-point grid spanning the data (for reports), then one entry per point of the benchmark.
/// </summary>
public sealed record FitBands(BootstrapResult Result, int CurveCount, int GridCount)
{
    public const int GridPoints = 25;

    public IEnumerable<BootstrapBandPoint> Curve => Result.Band.Take(CurveCount);

    public IEnumerable<BootstrapBandPoint> Grid => Result.Band.Skip(CurveCount).Take(GridCount);

    /// <summary>The interval at point <paramref name="index"/> of the benchmark's data.</summary>
    public BootstrapBandPoint AtPoint(int index) => Result.Band[CurveCount + GridCount + index];
}
