namespace ScalingDashboard.Core.Fitting;

/// <summary>Single-pass, allocation-free accumulation of <see cref="ErrorMetrics"/> for hot loops (fits, sweeps).</summary>
internal struct ErrorAccumulator
{
    private int _count;
    private double _sumAbs;
    private double _sumRel;
    private int _relCount;
    private double _sumSq;
    private double _meanObs;
    private double _ssObs;

    /// <summary>Adds one pair; skips it when either value is not finite.</summary>
    public void Add(double observed, double predicted)
    {
        if (!double.IsFinite(observed) || !double.IsFinite(predicted))
        {
            return;
        }

        _count++;
        var error = predicted - observed;
        var abs = Math.Abs(error);
        _sumAbs += abs;
        _sumSq += error * error;
        if (observed != 0)
        {
            _sumRel += abs / Math.Abs(observed);
            _relCount++;
        }

        // Welford: SStot without a second pass and without cancellation.
        var d = observed - _meanObs;
        _meanObs += d / _count;
        _ssObs += d * (observed - _meanObs);
    }

    public readonly ErrorMetrics ToMetrics()
    {
        if (_count == 0)
        {
            return ErrorMetrics.Empty;
        }

        var mre = _relCount > 0 ? _sumRel / _relCount : double.NaN;
        var r2 = _count >= 2 && _ssObs > 0 ? 1 - _sumSq / _ssObs : double.NaN;
        return new ErrorMetrics(_count, _sumAbs / _count, mre, Math.Sqrt(_sumSq / _count), r2);
    }
}
