namespace ScalingDashboard.Core.Fitting;

/// <summary>
/// What a fitted <see cref="LossLaw"/> says between and beyond its runs, for drawing and reading off: the loss along the
/// compute-optimal path over a range of budgets, and curves of equal loss over parameters N and tokens D.
/// </summary>
public static class LossLandscape
{
    /// <summary>The most points one curve takes: enough for a smooth line on a log axis, few enough to ship per redraw.</summary>
    public const int MaxPoints = 1000;

    /// <summary>The compute-optimal allocation at <paramref name="points"/> budgets evenly spaced in log C.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the range is not 0 &lt; min &lt; max (finite), the count is outside
    /// 2..<see cref="MaxPoints"/>, or the law has no allocation (see <see cref="ComputeOptimal.At"/>).</exception>
    public static IReadOnlyList<ComputeAllocation> OptimalPath(LossLaw law, double minCompute, double maxCompute, int points = 64)
    {
        ArgumentNullException.ThrowIfNull(law);
        var budgets = LogSpaced(minCompute, maxCompute, points, nameof(minCompute));
        return budgets.Select(c => ComputeOptimal.At(law, c)).ToArray();
    }

    /// <summary>
    /// The curve L(N, D) = <paramref name="level"/> as D against N, at N evenly spaced in log N: D = (B / (level - E -
    /// A/N^alpha))^(1/beta). At N too small for the level to be reached with any D (level - E - A/N^alpha &lt;= 0) the
    /// curve does not exist and that N is left out, so the list may be shorter than <paramref name="points"/> or empty.
    /// </summary>
    public static IReadOnlyList<(double Parameters, double Tokens)> IsoLoss(LossLaw law, double level, double minParameters, double maxParameters, int points = 96)
    {
        ArgumentNullException.ThrowIfNull(law);
        var sizes = LogSpaced(minParameters, maxParameters, points, nameof(minParameters));
        var curve = new List<(double, double)>(sizes.Length);
        foreach (var n in sizes)
        {
            var left = level - law.E - (law.A * Math.Pow(n, -law.Alpha));
            var d = left > 0 ? Math.Pow(law.B / left, 1 / law.Beta) : double.NaN;
            if (double.IsFinite(d) && d > 0)
            {
                curve.Add((n, d));
            }
        }

        return curve;
    }

    /// <summary>
    /// Up to <paramref name="count"/> loss levels for contours: evenly spaced from <paramref name="lowest"/> to
    /// <paramref name="highest"/> (the runs' range), rounded to three significant digits so a legend reads "L = 2.35",
    /// keeping only levels above <paramref name="floor"/> (the law's E, which no finite N and D reach).
    /// </summary>
    public static IReadOnlyList<double> Levels(double lowest, double highest, double floor, int count = 6)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (!double.IsFinite(lowest) || !double.IsFinite(highest) || highest < lowest)
        {
            return [];
        }

        var levels = new SortedSet<double>();
        for (var k = 0; k < count; k++)
        {
            var raw = count == 1 ? lowest : lowest + ((highest - lowest) * k / (count - 1));
            var level = RoundSignificant(raw, 3);
            if (level > floor)
            {
                levels.Add(level);
            }
        }

        return levels.ToArray();
    }

    private static double RoundSignificant(double value, int digits)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return value;
        }

        var scale = Math.Pow(10, digits - 1 - (int)Math.Floor(Math.Log10(Math.Abs(value))));
        return Math.Round(value * scale) / scale;
    }

    private static double[] LogSpaced(double min, double max, int points, string name)
    {
        if (!(min > 0 && max > min && double.IsFinite(max)))
        {
            throw new ArgumentOutOfRangeException(name, min, $"A range on a log scale needs 0 < min < max, finite; got {min} to {max}.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(points, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(points, MaxPoints);
        var (lo, hi) = (Math.Log(min), Math.Log(max));
        var values = new double[points];
        for (var i = 0; i < points; i++)
        {
            // The ends exactly, not exp(log(x)), so a curve starts and stops where it was asked to.
            values[i] = i == 0 ? min : i == points - 1 ? max : Math.Exp(lo + ((hi - lo) * i / (points - 1)));
        }

        return values;
    }
}
