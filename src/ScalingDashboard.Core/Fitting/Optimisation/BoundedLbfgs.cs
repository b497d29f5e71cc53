namespace ScalingDashboard.Core.Fitting.Optimisation;

/// <summary>
/// L-BFGS on a box (a projected quasi-Newton method): variables held at a bound by their gradient are frozen, the
/// two-loop recursion runs on the others, and every trial point is projected back into the box before a backtracking
/// Armijo test on the step actually taken. The curvature memory is dropped whenever the set of frozen variables
/// changes, so it only ever describes the face of the box the search is on.
/// </summary>
/// <remarks>
/// Written for the BNSL multi-start search, where thousands of local runs on a six-parameter objective made MathNet's
/// BfgsB (which allocates vectors and matrices every iteration) the whole cost of a fit. This one allocates once, in
/// its constructor; an instance is not thread-safe, so each parallel worker uses its own.
/// </remarks>
internal sealed class BoundedLbfgs
{
    /// <summary>The objective: returns f(x) and writes its gradient into the span.</summary>
    public delegate double Objective(ReadOnlySpan<double> x, Span<double> gradient);

    private const double Armijo = 1e-4;
    private const int MaxBacktracks = 50;

    private readonly int _n;
    private readonly double[] _lower;
    private readonly double[] _upper;
    private readonly CurvaturePairs _pairs;
    private readonly double[] _gradient;
    private readonly double[] _trialGradient;
    private readonly double[] _trial;
    private readonly double[] _direction;
    private readonly bool[] _frozen;

    public BoundedLbfgs(IReadOnlyList<double> lower, IReadOnlyList<double> upper)
    {
        ArgumentNullException.ThrowIfNull(lower);
        ArgumentNullException.ThrowIfNull(upper);
        _n = lower.Count;
        _lower = [.. lower];
        _upper = [.. upper];
        _pairs = new CurvaturePairs(_n);
        _gradient = new double[_n];
        _trialGradient = new double[_n];
        _trial = new double[_n];
        _direction = new double[_n];
        _frozen = new bool[_n];
    }

    /// <summary>
    /// Minimises from <paramref name="x"/> (first clamped into the box, then overwritten with the end point) and
    /// returns f there. Stops when the projected gradient's largest component is below
    /// <paramref name="gradientTolerance"/>, when two iterations in a row lower f by no more than
    /// <paramref name="relativeTolerance"/> of |f|, when the line search cannot lower f, or after
    /// <paramref name="maxIterations"/>.
    /// </summary>
    public double Minimise(Objective objective, Span<double> x, double gradientTolerance, double relativeTolerance, int maxIterations,
        out int iterations)
    {
        ArgumentNullException.ThrowIfNull(objective);
        var n = _n;
        for (var i = 0; i < n; i++)
        {
            x[i] = Math.Clamp(x[i], _lower[i], _upper[i]);
        }

        var g = _gradient.AsSpan();
        var f = objective(x, g);
        iterations = 0;
        if (!double.IsFinite(f))
        {
            return f;
        }

        _pairs.Clear();
        var stalls = 0;
        Array.Clear(_frozen);
        for (; iterations < maxIterations; iterations++)
        {
            if (UpdateFrozen(x, g))
            {
                _pairs.Clear();
            }

            if (ProjectedGradientNorm(x, g) < gradientTolerance)
            {
                break;
            }

            var d = _direction.AsSpan();
            _pairs.Direction(g, d, _frozen);
            var slope = FreeDot(g, d);
            if (!(slope < 0))
            {
                // Lost descent (curvature pairs gone stale): restart from steepest descent on the free variables.
                _pairs.Clear();
                for (var i = 0; i < n; i++)
                {
                    d[i] = _frozen[i] ? 0 : -g[i];
                }
            }

            // The first step after a reset has no curvature yet: keep it short, as scipy does (1 / |g|).
            var step = _pairs.Count == 0 ? Math.Min(1.0, 1.0 / Math.Sqrt(FreeDot(d, d))) : 1.0;
            var trial = _trial.AsSpan();
            var trialGradient = _trialGradient.AsSpan();
            var trialF = double.NaN;
            var accepted = false;
            for (var k = 0; k < MaxBacktracks; k++)
            {
                var decrease = 0.0;
                for (var i = 0; i < n; i++)
                {
                    trial[i] = Math.Clamp(x[i] + step * d[i], _lower[i], _upper[i]);
                    decrease += g[i] * (trial[i] - x[i]);
                }

                trialF = objective(trial, trialGradient);
                if (double.IsFinite(trialF) && decrease < 0 && trialF <= f + Armijo * decrease)
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

            _pairs.Add(x, trial, g, trialGradient);
            trial.CopyTo(x);
            trialGradient.CopyTo(g);
            var gain = f - trialF;
            f = trialF;
            stalls = gain <= relativeTolerance * Math.Abs(f) ? stalls + 1 : 0;
            if (stalls >= 2)
            {
                iterations++;
                break;
            }
        }

        return f;
    }

    /// <summary>Freezes the variables on a bound whose gradient pushes outwards; true when the set changed.</summary>
    private bool UpdateFrozen(ReadOnlySpan<double> x, ReadOnlySpan<double> g)
    {
        var changed = false;
        for (var i = 0; i < _n; i++)
        {
            var frozen = (x[i] <= _lower[i] && g[i] > 0) || (x[i] >= _upper[i] && g[i] < 0);
            changed |= frozen != _frozen[i];
            _frozen[i] = frozen;
        }

        return changed;
    }

    /// <summary>Largest |P(x - g) - x|: zero exactly at a point satisfying the box's first-order conditions.</summary>
    private double ProjectedGradientNorm(ReadOnlySpan<double> x, ReadOnlySpan<double> g)
    {
        var max = 0.0;
        for (var i = 0; i < _n; i++)
        {
            max = Math.Max(max, Math.Abs(Math.Clamp(x[i] - g[i], _lower[i], _upper[i]) - x[i]));
        }

        return max;
    }

    private double FreeDot(ReadOnlySpan<double> a, ReadOnlySpan<double> b) => CurvaturePairs.Dot(a, b, _frozen);
}
