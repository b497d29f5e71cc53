namespace ScalingDashboard.Core.Fitting.Optimisation;

/// <summary>
/// Single-pass ordinary least squares of v on u. Uses Welford-style centred updates rather than raw sums because
/// u is often ln(FLOPs) ≈ 40-52 with a spread of a few units, where raw sums of squares cancel catastrophically.
/// A struct so the hot path allocates nothing.
/// </summary>
internal struct LinearAccumulator
{
    private int _count;
    private double _meanU;
    private double _meanV;
    private double _suu;
    private double _svv;
    private double _suv;

    public readonly int Count => _count;

    public void Add(double u, double v)
    {
        _count++;
        var du = u - _meanU;
        var dv = v - _meanV;
        _meanU += du / _count;
        _meanV += dv / _count;
        // Cross terms pair the pre-update deviation with the post-update one: exact co-moment update.
        _suu += du * (u - _meanU);
        _svv += dv * (v - _meanV);
        _suv += du * (v - _meanV);
    }

    /// <summary>True when a line is determined: at least two points with distinct u.</summary>
    public readonly bool IsDetermined => _count >= 2 && _suu > 0;

    public readonly LinearFit ToLinearFit()
    {
        var slope = _suv / _suu;
        var intercept = _meanV - slope * _meanU;
        var sse = Math.Max(0, _svv - slope * _suv);
        var rSquared = _svv > 0 ? 1 - sse / _svv : double.NaN;
        if (_count < 3)
        {
            return new LinearFit(slope, intercept, double.NaN, double.NaN, double.NaN, _count, _meanU, _suu, double.NaN, rSquared, sse);
        }

        var s2 = sse / (_count - 2);
        var varSlope = s2 / _suu;
        var varIntercept = s2 * (1.0 / _count + _meanU * _meanU / _suu);
        var cov = -_meanU * varSlope;
        return new LinearFit(slope, intercept, Math.Sqrt(varSlope), Math.Sqrt(varIntercept), cov, _count, _meanU, _suu, Math.Sqrt(s2), rSquared, sse);
    }
}
