namespace ScalingDashboard.Core.Fitting.Optimisation;

/// <summary>
/// A small unbounded L-BFGS (Nocedal and Wright, Algorithm 7.4) over plain arrays with a backtracking Armijo line
/// search. Written here rather than taken from MathNet because a grid of thousands of starts on a five-parameter
/// objective spends most of its time in allocation and vector wrappers there; this one allocates only once per run.
/// </summary>
internal sealed class Lbfgs
{
    /// <summary>The objective: returns f(x) and writes its gradient into the span.</summary>
    public delegate double Objective(ReadOnlySpan<double> x, Span<double> gradient);

    private const int History = 8;
    private const double Armijo = 1e-4;
    private const int MaxBacktracks = 40;

    private readonly int _dimension;
    private readonly double[] _s;
    private readonly double[] _y;
    private readonly double[] _rho = new double[History];
    private readonly double[] _alpha = new double[History];
    private readonly double[] _gradient;
    private readonly double[] _trialGradient;
    private readonly double[] _trial;
    private readonly double[] _direction;

    public Lbfgs(int dimension)
    {
        _dimension = dimension;
        _s = new double[History * dimension];
        _y = new double[History * dimension];
        _gradient = new double[dimension];
        _trialGradient = new double[dimension];
        _trial = new double[dimension];
        _direction = new double[dimension];
    }

    /// <summary>
    /// Minimises from <paramref name="x"/> (overwritten with the best point found) and returns the objective there.
    /// Stops when the largest gradient component is below <paramref name="gradientTolerance"/>, when an iteration
    /// lowers f by less than <paramref name="relativeTolerance"/> of |f| (scipy's factr test), when the line search
    /// cannot lower f, or after <paramref name="maxIterations"/>.
    /// </summary>
    public double Minimise(Objective objective, Span<double> x, double gradientTolerance, double relativeTolerance, int maxIterations,
        out int iterations)
    {
        var n = _dimension;
        var g = _gradient.AsSpan();
        var f = objective(x, g);
        iterations = 0;
        if (!double.IsFinite(f))
        {
            return f;
        }

        var stored = 0;
        var newest = -1;
        for (; iterations < maxIterations; iterations++)
        {
            if (MaxAbs(g) < gradientTolerance)
            {
                break;
            }

            Direction(g, stored, newest);
            var d = _direction.AsSpan();
            var slope = Dot(g, d);
            if (!(slope < 0))
            {
                // Lost descent (curvature pairs gone stale): restart from steepest descent.
                stored = 0;
                for (var i = 0; i < n; i++)
                {
                    d[i] = -g[i];
                }

                slope = -Dot(g, g);
            }

            // The first step of a run has no curvature yet: keep it short, as scipy does (1 / |g|).
            var step = stored == 0 ? Math.Min(1.0, 1.0 / Math.Sqrt(Dot(g, g))) : 1.0;
            var trial = _trial.AsSpan();
            var trialGradient = _trialGradient.AsSpan();
            var trialF = double.NaN;
            var accepted = false;
            for (var k = 0; k < MaxBacktracks; k++)
            {
                for (var i = 0; i < n; i++)
                {
                    trial[i] = x[i] + step * d[i];
                }

                trialF = objective(trial, trialGradient);
                if (double.IsFinite(trialF) && trialF <= f + Armijo * step * slope)
                {
                    accepted = true;
                    break;
                }

                step *= 0.5;
            }

            if (!accepted)
            {
                break;
            }

            var curvature = 0.0;
            for (var i = 0; i < n; i++)
            {
                curvature += (trial[i] - x[i]) * (trialGradient[i] - g[i]);
            }

            // Keep the pair only when it carries positive curvature; otherwise the inverse-Hessian estimate breaks.
            if (curvature > 1e-300)
            {
                var slot = (newest + 1) % History;
                for (var i = 0; i < n; i++)
                {
                    _s[slot * n + i] = trial[i] - x[i];
                    _y[slot * n + i] = trialGradient[i] - g[i];
                }

                _rho[slot] = 1 / curvature;
                newest = slot;
                stored = Math.Min(stored + 1, History);
            }

            trial.CopyTo(x);
            trialGradient.CopyTo(g);
            var decrease = f - trialF;
            f = trialF;
            if (decrease <= relativeTolerance * Math.Max(Math.Abs(f), 1e-300))
            {
                iterations++;
                break;
            }
        }

        return f;
    }

    /// <summary>The two-loop recursion: d = -H g with the stored pairs, newest first.</summary>
    private void Direction(ReadOnlySpan<double> g, int stored, int newest)
    {
        var n = _dimension;
        var q = _direction.AsSpan();
        for (var i = 0; i < n; i++)
        {
            q[i] = g[i];
        }

        for (var k = 0; k < stored; k++)
        {
            var slot = (newest - k + History) % History;
            var a = _rho[slot] * Dot(_s.AsSpan(slot * n, n), q);
            _alpha[slot] = a;
            var y = _y.AsSpan(slot * n, n);
            for (var i = 0; i < n; i++)
            {
                q[i] -= a * y[i];
            }
        }

        if (stored > 0)
        {
            var y = _y.AsSpan(newest * n, n);
            var gamma = 1 / (_rho[newest] * Dot(y, y));
            for (var i = 0; i < n; i++)
            {
                q[i] *= gamma;
            }
        }

        for (var k = stored - 1; k >= 0; k--)
        {
            var slot = (newest - k + History) % History;
            var s = _s.AsSpan(slot * n, n);
            var b = _rho[slot] * Dot(_y.AsSpan(slot * n, n), q);
            for (var i = 0; i < n; i++)
            {
                q[i] += (_alpha[slot] - b) * s[i];
            }
        }

        for (var i = 0; i < n; i++)
        {
            q[i] = -q[i];
        }
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static double MaxAbs(ReadOnlySpan<double> a)
    {
        var max = 0.0;
        foreach (var v in a)
        {
            max = Math.Max(max, Math.Abs(v));
        }

        return max;
    }
}
