namespace ScalingDashboard.Core.Statistics;

/// <summary>
/// A CDF tabulated on an evenly spaced grid of some variable x and read back by 6-point Lagrange interpolation of
/// the logarithm of the smaller tail (ln F below the median, ln(1 - F) above it), so that small tail probabilities
/// keep their relative accuracy. Where a tail has rounded or been cut to 0 the logarithm is -inf; there the tail
/// is below ~1e-13 and is read directly. Grid values are computed on first use: a Tukey test touches only the
/// part of the grid its pairs' q values reach.
/// </summary>
internal sealed class TailGrid
{
    private const int Stencil = 6;
    private static readonly double[] InverseDenominators = [-1 / 120.0, 1 / 24.0, -1 / 12.0, 1 / 12.0, -1 / 24.0, 1 / 120.0];

    private readonly Func<double, double> _cdf;
    private readonly bool[] _ready;
    private readonly double _start;
    private readonly double _step;
    private readonly double[] _lower;
    private readonly double[] _upper;
    private readonly double[] _logLower;
    private readonly double[] _logUpper;

    public TailGrid(double start, double step, int count, Func<double, double> cdf)
    {
        _cdf = cdf;
        _start = start;
        _step = step;
        _ready = new bool[count];
        _lower = new double[count];
        _upper = new double[count];
        _logLower = new double[count];
        _logUpper = new double[count];
    }

    public double Cdf(double x)
    {
        var position = (x - _start) / _step;
        var first = Math.Clamp((int)Math.Floor(position) - Stencil / 2 + 1, 0, _lower.Length - Stencil);
        for (var m = 0; m < Stencil; m++)
        {
            Fill(first + m);
        }

        var nearest = Math.Clamp((int)Math.Round(position), first, first + Stencil - 1);
        var useLower = _lower[nearest] < 0.5;
        var tail = useLower ? _lower : _upper;
        var allPositive = true;
        for (var m = 0; m < Stencil; m++)
        {
            allPositive &= tail[first + m] > 0;
        }

        var values = allPositive ? (useLower ? _logLower : _logUpper) : tail;
        var reading = Interpolate(values, first, position - first);
        var probability = allPositive ? Math.Exp(reading) : Math.Max(0, reading);
        return Math.Clamp(useLower ? probability : 1 - probability, 0, 1);
    }

    private void Fill(int i)
    {
        if (_ready[i])
        {
            return;
        }

        _lower[i] = _cdf(_start + i * _step);
        _upper[i] = 1 - _lower[i];
        _logLower[i] = Math.Log(_lower[i]);
        _logUpper[i] = Math.Log(_upper[i]);
        _ready[i] = true;
    }

    private static double Interpolate(double[] values, int first, double t)
    {
        var result = 0.0;
        for (var m = 0; m < Stencil; m++)
        {
            var basis = 1.0;
            for (var n = 0; n < Stencil; n++)
            {
                if (n != m)
                {
                    basis *= (t - n) / (m - n);
                }
            }

            result += basis * values[first + m];
        }

        return result;
    }
}
