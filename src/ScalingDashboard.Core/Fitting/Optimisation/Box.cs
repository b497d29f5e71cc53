namespace ScalingDashboard.Core.Fitting.Optimisation;

/// <summary>
/// Lower and upper bounds on each variable, and the two rules the bounded minimisers (<see cref="BoundedLbfgs"/>,
/// <see cref="BoundedNewton"/>) apply to them alike: points are clamped into the box, and a variable on a bound whose
/// gradient pushes outwards is held there. Immutable, so one box may serve parallel searches.
/// </summary>
internal sealed class Box
{
    private readonly double[] _lower;
    private readonly double[] _upper;

    public Box(IReadOnlyList<double> lower, IReadOnlyList<double> upper)
    {
        ArgumentNullException.ThrowIfNull(lower);
        ArgumentNullException.ThrowIfNull(upper);
        _lower = [.. lower];
        _upper = [.. upper];
    }

    public int Dimension => _lower.Length;

    public double Upper(int i) => _upper[i];

    public double Clamp(int i, double value) => Math.Clamp(value, _lower[i], _upper[i]);

    public void Clamp(Span<double> x)
    {
        for (var i = 0; i < _lower.Length; i++)
        {
            x[i] = Clamp(i, x[i]);
        }
    }

    /// <summary>True when variable <paramref name="i"/> sits on a bound and a descent step would push it outside.</summary>
    public bool Holds(int i, double x, double gradient) => (x <= _lower[i] && gradient > 0) || (x >= _upper[i] && gradient < 0);
}
