using ScalingDashboard.Core.Fitting.Optimisation;

namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>
/// The points an Eq 2-type fit uses, moved to the space where Eq 2 is a straight line: u = ln x, v = ln(-ln Q').
/// A point is used when x &gt; 0 and Qrandom + margin &lt;= Q with 0 &lt; Q' &lt; 1 (Q' = 1 has v = -infinity).
/// Shared by the OLS, robust and ceiling power laws (<see cref="TryTransform"/>) so they cannot drift in which runs they keep.
/// </summary>
internal sealed class LogLogSample
{
    private LinearAccumulator _line;

    private LogLogSample(bool[] used, List<double> u, List<double> v, LinearAccumulator line)
    {
        Used = used;
        U = u;
        V = v;
        _line = line;
    }

    /// <summary>Per request point: whether the fit uses it.</summary>
    public bool[] Used { get; }

    /// <summary>ln x of the used points, in request order.</summary>
    public List<double> U { get; }

    /// <summary>ln(-ln Q') of the used points, in request order.</summary>
    public List<double> V { get; }

    public int Count => U.Count;

    /// <summary>True when an OLS line through the points is determined (two distinct u).</summary>
    public bool IsDetermined => _line.IsDetermined;

    /// <summary>The OLS line through the points (the seed's Eq 2 estimate), a start for robust fits.</summary>
    public LinearFit OrdinaryLeastSquares() => _line.ToLinearFit();

    public static LogLogSample Select(FitRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var qr = request.QRandom;
        var n = request.X.Count;
        var used = new bool[n];
        var u = new List<double>(n);
        var v = new List<double>(n);
        var line = new LinearAccumulator();
        for (var i = 0; i < n; i++)
        {
            if (TryTransform(request.X[i], request.Y[i], qr, request.Margin, out var ui, out var vi))
            {
                used[i] = true;
                u.Add(ui);
                v.Add(vi);
                line.Add(ui, vi);
            }
        }

        return new LogLogSample(used, u, v, line);
    }

    /// <summary>
    /// u = ln x and v = ln(-ln Q') of one point, or false when Eq 2 cannot use it: x not positive and finite, Q below
    /// Qrandom + margin (the seed's noise cut), or Q' = 1 (a perfect score has v = -infinity: no information for a line).
    /// </summary>
    public static bool TryTransform(double x, double y, double qr, double margin, out double u, out double v)
    {
        u = v = double.NaN;
        var q = (y - qr) / (1 - qr);
        if (!(x > 0) || !double.IsFinite(x) || !(y >= qr + margin) || !(q > 0 && q < 1))
        {
            return false;
        }

        u = Math.Log(x);
        v = Math.Log(-Math.Log(q));
        return true;
    }
}
