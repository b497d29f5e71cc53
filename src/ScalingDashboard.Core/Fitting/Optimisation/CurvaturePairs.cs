namespace ScalingDashboard.Core.Fitting.Optimisation;

/// <summary>
/// The memory of an L-BFGS search (Nocedal and Wright, Algorithm 7.4): the last <see cref="History"/> steps s and
/// gradient changes y, and the two-loop recursion that turns them into a search direction. Shared by the unbounded
/// <see cref="Lbfgs"/> and the box-constrained <see cref="BoundedLbfgs"/>; for the latter, components frozen on a bound
/// take no part (with none frozen both compute bit for bit the same). Allocates once, in its constructor.
/// </summary>
internal sealed class CurvaturePairs
{
    public const int History = 8;

    private readonly int _n;
    private readonly double[] _s;
    private readonly double[] _y;
    private readonly double[] _rho = new double[History];
    private readonly double[] _alpha = new double[History];
    private int _newest = -1;

    public CurvaturePairs(int dimension)
    {
        _n = dimension;
        _s = new double[History * dimension];
        _y = new double[History * dimension];
    }

    /// <summary>How many pairs are held (0 right after <see cref="Clear"/>: the next direction is steepest descent).</summary>
    public int Count { get; private set; }

    public void Clear() => Count = 0;

    /// <summary>
    /// Remembers the step from <paramref name="x"/> to <paramref name="next"/> when it carries positive curvature
    /// (s·y &gt; 0); otherwise the inverse-Hessian estimate would break, and the pair is passed over.
    /// </summary>
    public void Add(ReadOnlySpan<double> x, ReadOnlySpan<double> next, ReadOnlySpan<double> gradient, ReadOnlySpan<double> nextGradient)
    {
        var n = _n;
        var curvature = 0.0;
        for (var i = 0; i < n; i++)
        {
            curvature += (next[i] - x[i]) * (nextGradient[i] - gradient[i]);
        }

        if (!(curvature > 1e-300))
        {
            return;
        }

        var slot = (_newest + 1) % History;
        for (var i = 0; i < n; i++)
        {
            _s[slot * n + i] = next[i] - x[i];
            _y[slot * n + i] = nextGradient[i] - gradient[i];
        }

        _rho[slot] = 1 / curvature;
        _newest = slot;
        Count = Math.Min(Count + 1, History);
    }

    /// <summary>The two-loop recursion: <paramref name="direction"/> = -H g, newest pair first; frozen components are 0.</summary>
    /// <param name="gradient">g.</param>
    /// <param name="direction">Written.</param>
    /// <param name="frozen">Components held on a bound (empty: none).</param>
    public void Direction(ReadOnlySpan<double> gradient, Span<double> direction, ReadOnlySpan<bool> frozen)
    {
        var n = _n;
        var q = direction;
        for (var i = 0; i < n; i++)
        {
            q[i] = IsFrozen(frozen, i) ? 0 : gradient[i];
        }

        for (var k = 0; k < Count; k++)
        {
            var slot = (_newest - k + History) % History;
            var a = _rho[slot] * Dot(_s.AsSpan(slot * n, n), q, frozen);
            _alpha[slot] = a;
            var y = _y.AsSpan(slot * n, n);
            for (var i = 0; i < n; i++)
            {
                q[i] -= IsFrozen(frozen, i) ? 0 : a * y[i];
            }
        }

        if (Count > 0)
        {
            var y = _y.AsSpan(_newest * n, n);
            var yy = Dot(y, y, frozen);
            var gamma = yy > 0 ? 1 / (_rho[_newest] * yy) : 1;
            for (var i = 0; i < n; i++)
            {
                q[i] *= gamma;
            }
        }

        for (var k = Count - 1; k >= 0; k--)
        {
            var slot = (_newest - k + History) % History;
            var s = _s.AsSpan(slot * n, n);
            var b = _rho[slot] * Dot(_y.AsSpan(slot * n, n), q, frozen);
            for (var i = 0; i < n; i++)
            {
                q[i] += IsFrozen(frozen, i) ? 0 : (_alpha[slot] - b) * s[i];
            }
        }

        for (var i = 0; i < n; i++)
        {
            q[i] = -q[i];
        }
    }

    /// <summary>a·b over the components not frozen.</summary>
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<bool> frozen)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += IsFrozen(frozen, i) ? 0 : a[i] * b[i];
        }

        return sum;
    }

    /// <summary>Whether component <paramref name="i"/> is frozen; an empty <paramref name="frozen"/> freezes none.</summary>
    public static bool IsFrozen(ReadOnlySpan<bool> frozen, int i) => !frozen.IsEmpty && frozen[i];
}
