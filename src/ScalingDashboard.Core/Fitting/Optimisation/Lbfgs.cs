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

    private const double Armijo = 1e-4;
    private const int MaxBacktracks = 40;

    private readonly int _dimension;
    private readonly CurvaturePairs _pairs;
    private readonly double[] _gradient;
    private readonly double[] _trialGradient;
    private readonly double[] _trial;
    private readonly double[] _direction;

    public Lbfgs(int dimension)
    {
        _dimension = dimension;
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

        _pairs.Clear();
        for (; iterations < maxIterations; iterations++)
        {
            if (MaxAbs(g) < gradientTolerance)
            {
                break;
            }

            var d = _direction.AsSpan();
            _pairs.Direction(g, d, []);
            var slope = Dot(g, d);
            if (!(slope < 0))
            {
                // Lost descent (curvature pairs gone stale): restart from steepest descent.
                _pairs.Clear();
                for (var i = 0; i < n; i++)
                {
                    d[i] = -g[i];
                }

                slope = -Dot(g, g);
            }

            // The first step of a run has no curvature yet: keep it short, as scipy does (1 / |g|).
            var step = _pairs.Count == 0 ? Math.Min(1.0, 1.0 / Math.Sqrt(Dot(g, g))) : 1.0;
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

            _pairs.Add(x, trial, g, trialGradient);
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

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b) => CurvaturePairs.Dot(a, b, []);

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
