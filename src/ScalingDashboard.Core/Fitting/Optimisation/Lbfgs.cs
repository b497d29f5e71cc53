namespace ScalingDashboard.Core.Fitting.Optimisation;

/// <summary>
/// A small unbounded L-BFGS (Nocedal and Wright, Algorithm 7.4) over plain arrays with a backtracking Armijo line
/// search. Written here rather than taken from MathNet because a grid of thousands of starts on a five-parameter
/// objective spends most of its time in allocation and vector wrappers there; this one allocates only once per run.
/// </summary>
/// <remarks>
/// <see cref="BoundedLbfgs"/> is this search confined to a box. It overrides only the steps a box changes (where a
/// point may lie, which variables are frozen, how small the gradient is, how much a step must gain, when to stop); the
/// iteration itself, the restart from steepest descent and the backtracking are written once, here.
/// </remarks>
internal class Lbfgs
{
    /// <summary>The share of the first-order decrease a step must achieve to be accepted.</summary>
    private protected const double Armijo = 1e-4;

    private readonly int _maxBacktracks;
    private readonly CurvaturePairs _pairs;
    private readonly double[] _gradient;
    private readonly double[] _trialGradient;
    private readonly double[] _trial;
    private readonly double[] _direction;

    public Lbfgs(int dimension)
        : this(dimension, maxBacktracks: 40)
    {
    }

    private protected Lbfgs(int dimension, int maxBacktracks)
    {
        _maxBacktracks = maxBacktracks;
        _pairs = new CurvaturePairs(dimension);
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
    public double Minimise(GradientObjective objective, Span<double> x, double gradientTolerance, double relativeTolerance, int maxIterations,
        out int iterations)
    {
        ArgumentNullException.ThrowIfNull(objective);
        Start(x);
        var g = _gradient.AsSpan();
        var f = objective(x, g);
        iterations = 0;
        if (!double.IsFinite(f))
        {
            return f;
        }

        _pairs.Clear();
        for (; iterations < maxIterations; iterations++)
        {
            if (UpdateFrozen(x, g))
            {
                _pairs.Clear();
            }

            if (GradientSize(x, g) < gradientTolerance)
            {
                break;
            }

            var d = _direction.AsSpan();
            var slope = SearchDirection(g, d);
            // The first step after a reset has no curvature yet: keep it short, as scipy does (1 / |g|).
            var step = _pairs.Count == 0 ? Math.Min(1.0, 1.0 / Math.Sqrt(FreeDot(d, d))) : 1.0;
            if (!TryLineSearch(objective, x, f, g, d, slope, step, out var trialF))
            {
                break;
            }

            _pairs.Add(x, _trial, g, _trialGradient);
            _trial.CopyTo(x);
            _trialGradient.CopyTo(g);
            var gain = f - trialF;
            f = trialF;
            if (ShouldStop(gain, f, relativeTolerance))
            {
                iterations++;
                break;
            }
        }

        return f;
    }

    /// <summary>Readies <paramref name="x"/> and any per-run state before the first evaluation.</summary>
    private protected virtual void Start(Span<double> x)
    {
    }

    /// <summary>The variables that take no part in the search (empty: none).</summary>
    private protected virtual ReadOnlySpan<bool> Frozen => [];

    /// <summary>Refreshes <see cref="Frozen"/> at a new point; true when it changed (the curvature pairs then no longer apply).</summary>
    private protected virtual bool UpdateFrozen(ReadOnlySpan<double> x, ReadOnlySpan<double> g) => false;

    /// <summary>The size of the gradient the tolerance is held against: its largest component.</summary>
    private protected virtual double GradientSize(ReadOnlySpan<double> x, ReadOnlySpan<double> g)
    {
        var max = 0.0;
        foreach (var v in g)
        {
            max = Math.Max(max, Math.Abs(v));
        }

        return max;
    }

    /// <summary>Moves a trial point to where the search may go (anywhere, here).</summary>
    private protected virtual void Project(Span<double> trial)
    {
    }

    /// <summary>The Armijo test along the direction: f must fall by at least a share of step times slope.</summary>
    private protected virtual bool IsSufficientDecrease(double f, double trialF, ReadOnlySpan<double> x, ReadOnlySpan<double> trial,
        ReadOnlySpan<double> g, double step, double slope) => trialF <= f + Armijo * step * slope;

    /// <summary>True when an accepted step's <paramref name="gain"/> is too small to go on: one such step ends the run.</summary>
    private protected virtual bool ShouldStop(double gain, double f, double relativeTolerance) =>
        gain <= relativeTolerance * Math.Max(Math.Abs(f), 1e-300);

    private protected double FreeDot(ReadOnlySpan<double> a, ReadOnlySpan<double> b) => CurvaturePairs.Dot(a, b, Frozen);

    /// <summary>Writes the L-BFGS direction into <paramref name="d"/> and returns its slope g·d.</summary>
    private double SearchDirection(ReadOnlySpan<double> g, Span<double> d)
    {
        var frozen = Frozen;
        _pairs.Direction(g, d, frozen);
        var slope = FreeDot(g, d);
        if (slope < 0)
        {
            return slope;
        }

        // Lost descent (curvature pairs gone stale): restart from steepest descent on the free variables.
        _pairs.Clear();
        for (var i = 0; i < d.Length; i++)
        {
            d[i] = CurvaturePairs.IsFrozen(frozen, i) ? 0 : -g[i];
        }

        return FreeDot(g, d);
    }

    /// <summary>
    /// Backtracks from <paramref name="step"/>, halving it, until the (projected) trial point passes
    /// <see cref="IsSufficientDecrease"/>; the point and its gradient are then in the trial buffers. False when none did.
    /// </summary>
    private bool TryLineSearch(GradientObjective objective, ReadOnlySpan<double> x, double f, ReadOnlySpan<double> g, ReadOnlySpan<double> d,
        double slope, double step, out double trialF)
    {
        var trial = _trial.AsSpan();
        trialF = double.NaN;
        for (var k = 0; k < _maxBacktracks; k++)
        {
            for (var i = 0; i < trial.Length; i++)
            {
                trial[i] = x[i] + step * d[i];
            }

            Project(trial);
            trialF = objective(trial, _trialGradient);
            if (double.IsFinite(trialF) && IsSufficientDecrease(f, trialF, x, trial, g, step, slope))
            {
                return true;
            }

            step *= 0.5;
        }

        return false;
    }
}
