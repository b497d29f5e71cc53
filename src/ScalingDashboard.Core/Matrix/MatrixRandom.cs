namespace ScalingDashboard.Core.Matrix;

/// <summary>
/// The one source of randomness of the matrix methods: initial weights, mini-batch order and held-out splits all come
/// from a seeded <see cref="Random"/>, so the same seed gives the same numbers on every run and machine.
/// </summary>
internal sealed class MatrixRandom
{
    private readonly Random _random;
    private double? _spare;

    public MatrixRandom(int seed)
    {
        // Not security-sensitive: reproducible experiments are the point.
#pragma warning disable CA5394
        _random = new Random(seed);
#pragma warning restore CA5394
    }

#pragma warning disable CA5394
    public int Next(int exclusiveMax) => _random.Next(exclusiveMax);
#pragma warning restore CA5394

    /// <summary>A standard normal deviate (Box-Muller, written out so the sequence depends on this code alone).</summary>
    public double Gaussian()
    {
        if (_spare is { } cached)
        {
            _spare = null;
            return cached;
        }

#pragma warning disable CA5394
        var u1 = 1.0 - _random.NextDouble(); // in (0, 1]: the logarithm is finite
        var u2 = _random.NextDouble();
#pragma warning restore CA5394
        var radius = Math.Sqrt(-2.0 * Math.Log(u1));
        _spare = radius * Math.Sin(2 * Math.PI * u2);
        return radius * Math.Cos(2 * Math.PI * u2);
    }

    public void Fill(double[] values, double scale)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = scale * Gaussian();
        }
    }

    /// <summary>Fisher-Yates shuffle in place.</summary>
    public void Shuffle<T>(T[] items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
