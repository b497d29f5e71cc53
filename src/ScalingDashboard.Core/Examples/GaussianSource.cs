namespace ScalingDashboard.Core.Examples;

/// <summary>
/// Standard normal deviates from a seeded <see cref="Random"/> via the Box-Muller transform. Written out rather
/// than taken from a library so the sequence for a seed is fixed by this code alone (the seeded
/// <see cref="Random"/> algorithm is kept stable by .NET for compatibility), which the byte-for-byte CSV test needs.
/// </summary>
internal sealed class GaussianSource
{
    private readonly Random _random;
    private double? _spare;

    public GaussianSource(int seed)
    {
        // Not security-sensitive: reproducible example data is the whole point.
#pragma warning disable CA5394
        _random = new Random(seed);
#pragma warning restore CA5394
    }

    public double Next()
    {
        if (_spare is { } cached)
        {
            _spare = null;
            return cached;
        }

#pragma warning disable CA5394
        // 1 - NextDouble() lies in (0, 1], so the logarithm is finite.
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
#pragma warning restore CA5394
        var radius = Math.Sqrt(-2.0 * Math.Log(u1));
        var angle = 2.0 * Math.PI * u2;
        _spare = radius * Math.Sin(angle);
        return radius * Math.Cos(angle);
    }
}
