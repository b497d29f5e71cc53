namespace ScalingDashboard.Core.Fitting.Optimisation;

/// <summary>
/// Damped Newton (Levenberg-Marquardt on the Hessian) on a box, with the Hessian from forward differences of the
/// analytic gradient. For a handful of parameters this costs n + 1 gradients per iteration, and unlike L-BFGS it
/// follows a narrow curved valley at its own scale: a BNSL whose break lies outside the data has c1, d1 and f1 nearly
/// unidentified, and L-BFGS stalls there (its line search fails, as scipy's L-BFGS-B does) well before the bottom.
/// </summary>
/// <remarks>Variables on a bound whose gradient pushes outwards are held there; the step is projected into the box.</remarks>
internal sealed class BoundedNewton
{
    private const double MaxDamping = 1e12;

    private readonly int _n;
    private readonly Box _box;
    private readonly double[] _gradient;
    private readonly double[] _shifted;
    private readonly double[] _shiftedGradient;
    private readonly double[] _hessian;
    private readonly double[] _system;
    private readonly double[] _step;
    private readonly double[] _trial;
    private readonly double[] _trialGradient;
    private readonly int[] _free;

    public BoundedNewton(IReadOnlyList<double> lower, IReadOnlyList<double> upper)
    {
        _box = new Box(lower, upper);
        _n = _box.Dimension;
        _gradient = new double[_n];
        _shifted = new double[_n];
        _shiftedGradient = new double[_n];
        _hessian = new double[_n * _n];
        _system = new double[_n * _n];
        _step = new double[_n];
        _trial = new double[_n];
        _trialGradient = new double[_n];
        _free = new int[_n];
    }

    /// <summary>
    /// Minimises from <paramref name="x"/> (clamped into the box, overwritten with the end point) and returns f there.
    /// Stops when no damping up to 1e12 times the Hessian's diagonal lowers f, when <paramref name="patience"/> accepted
    /// steps in a row gain no more than <paramref name="relativeTolerance"/> of |f|, or after
    /// <paramref name="maxIterations"/> Hessians.
    /// </summary>
    public double Minimise(GradientObjective objective, Span<double> x, double relativeTolerance, int patience, int maxIterations)
    {
        ArgumentNullException.ThrowIfNull(objective);
        var n = _n;
        _box.Clamp(x);
        var f = objective(x, _gradient);
        if (!double.IsFinite(f))
        {
            return f;
        }

        var damping = 1e-3;
        var quiet = 0;
        for (var iteration = 0; iteration < maxIterations && quiet < patience; iteration++)
        {
            Hessian(objective, x);
            var free = FreeVariables(x);
            if (free == 0)
            {
                break;
            }

            var accepted = false;
            while (damping <= MaxDamping)
            {
                if (TryStep(free, damping))
                {
                    for (var i = 0; i < n; i++)
                    {
                        _trial[i] = _box.Clamp(i, x[i] + _step[i]);
                    }

                    var trialF = objective(_trial, _trialGradient);
                    if (double.IsFinite(trialF) && trialF < f)
                    {
                        quiet = f - trialF <= relativeTolerance * Math.Abs(trialF) ? quiet + 1 : 0;
                        f = trialF;
                        _trial.CopyTo(x);
                        _trialGradient.CopyTo(_gradient.AsSpan());
                        damping = Math.Max(damping / 4, 1e-12);
                        accepted = true;
                        break;
                    }
                }

                damping *= 8;
            }

            if (!accepted)
            {
                break;
            }
        }

        return f;
    }

    /// <summary>Forward differences of the gradient, one step per variable scaled to it, then symmetrised.</summary>
    private void Hessian(GradientObjective objective, ReadOnlySpan<double> x)
    {
        var n = _n;
        for (var j = 0; j < n; j++)
        {
            x.CopyTo(_shifted);
            var h = 1e-7 * Math.Max(1, Math.Abs(x[j]));
            if (x[j] + h > _box.Upper(j))
            {
                h = -h;
            }

            _shifted[j] = x[j] + h;
            objective(_shifted, _shiftedGradient);
            for (var i = 0; i < n; i++)
            {
                _hessian[i * n + j] = (_shiftedGradient[i] - _gradient[i]) / h;
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var mean = 0.5 * (_hessian[i * n + j] + _hessian[j * n + i]);
                _hessian[i * n + j] = mean;
                _hessian[j * n + i] = mean;
            }
        }
    }

    /// <summary>Indices of the variables not held on a bound; returns how many.</summary>
    private int FreeVariables(ReadOnlySpan<double> x)
    {
        var count = 0;
        for (var i = 0; i < _n; i++)
        {
            if (!_box.Holds(i, x[i], _gradient[i]))
            {
                _free[count++] = i;
            }
        }

        return count;
    }

    /// <summary>Solves (H + damping diag(|H|)) d = -g on the free variables by Cholesky; false when not positive definite.</summary>
    private bool TryStep(int free, double damping)
    {
        var n = _n;
        var a = _system;
        for (var r = 0; r < free; r++)
        {
            for (var c = 0; c < free; c++)
            {
                a[r * free + c] = _hessian[_free[r] * n + _free[c]];
            }

            a[r * free + r] += damping * Math.Max(Math.Abs(_hessian[_free[r] * n + _free[r]]), 1e-300);
        }

        // In-place Cholesky: lower triangle of a becomes L with L L^T = a.
        for (var j = 0; j < free; j++)
        {
            var d = a[j * free + j];
            for (var k = 0; k < j; k++)
            {
                d -= a[j * free + k] * a[j * free + k];
            }

            if (!(d > 0))
            {
                return false;
            }

            var l = Math.Sqrt(d);
            a[j * free + j] = l;
            for (var i = j + 1; i < free; i++)
            {
                var s = a[i * free + j];
                for (var k = 0; k < j; k++)
                {
                    s -= a[i * free + k] * a[j * free + k];
                }

                a[i * free + j] = s / l;
            }
        }

        Array.Clear(_step);
        Span<double> z = stackalloc double[free];
        for (var i = 0; i < free; i++)
        {
            var s = -_gradient[_free[i]];
            for (var k = 0; k < i; k++)
            {
                s -= a[i * free + k] * z[k];
            }

            z[i] = s / a[i * free + i];
        }

        for (var i = free - 1; i >= 0; i--)
        {
            var s = z[i];
            for (var k = i + 1; k < free; k++)
            {
                s -= a[k * free + i] * _step[_free[k]];
            }

            _step[_free[i]] = s / a[i * free + i];
        }

        return true;
    }
}
