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
/// <para>
/// <see cref="Lbfgs.Minimise"/> runs it; here, that run first clamps x into the box, stops when the projected
/// gradient's largest component is below the gradient tolerance, and stops on gain only when two iterations in a row
/// lower f by no more than the relative tolerance of |f|.
/// </para>
/// </remarks>
internal sealed class BoundedLbfgs : Lbfgs
{
    private const int MaxBacktracks = 50;
    private const int StallsToStop = 2;

    private readonly Box _box;
    private readonly bool[] _frozen;
    private int _stalls;

    public BoundedLbfgs(IReadOnlyList<double> lower, IReadOnlyList<double> upper)
        : this(new Box(lower, upper))
    {
    }

    private BoundedLbfgs(Box box)
        : base(box.Dimension, MaxBacktracks)
    {
        _box = box;
        _frozen = new bool[box.Dimension];
    }

    private protected override ReadOnlySpan<bool> Frozen => _frozen;

    private protected override void Start(Span<double> x)
    {
        _box.Clamp(x);
        Array.Clear(_frozen);
        _stalls = 0;
    }

    /// <summary>Freezes the variables the box holds (on a bound, gradient pushing outwards).</summary>
    private protected override bool UpdateFrozen(ReadOnlySpan<double> x, ReadOnlySpan<double> g)
    {
        var changed = false;
        for (var i = 0; i < _frozen.Length; i++)
        {
            var frozen = _box.Holds(i, x[i], g[i]);
            changed |= frozen != _frozen[i];
            _frozen[i] = frozen;
        }

        return changed;
    }

    /// <summary>Largest |P(x - g) - x|: zero exactly at a point satisfying the box's first-order conditions.</summary>
    private protected override double GradientSize(ReadOnlySpan<double> x, ReadOnlySpan<double> g)
    {
        var max = 0.0;
        for (var i = 0; i < _frozen.Length; i++)
        {
            max = Math.Max(max, Math.Abs(_box.Clamp(i, x[i] - g[i]) - x[i]));
        }

        return max;
    }

    private protected override void Project(Span<double> trial) => _box.Clamp(trial);

    /// <summary>The Armijo test on the step actually taken: projection may have shortened or bent it, so step times slope would overstate it.</summary>
    private protected override bool IsSufficientDecrease(double f, double trialF, ReadOnlySpan<double> x, ReadOnlySpan<double> trial,
        ReadOnlySpan<double> g, double step, double slope)
    {
        var decrease = 0.0;
        for (var i = 0; i < trial.Length; i++)
        {
            decrease += g[i] * (trial[i] - x[i]);
        }

        return decrease < 0 && trialF <= f + Armijo * decrease;
    }

    /// <summary>Unlike the unbounded search, one small gain does not end the run: two in a row do.</summary>
    private protected override bool ShouldStop(double gain, double f, double relativeTolerance)
    {
        _stalls = gain <= relativeTolerance * Math.Abs(f) ? _stalls + 1 : 0;
        return _stalls >= StallsToStop;
    }
}
